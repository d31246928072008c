package io.tepai.api.evaluation;

import io.tepai.spi.evaluation.Grade;
import io.tepai.spi.evaluation.SubjectKind;

/** Filters for listing results; null values do not filter. */
public record ResultFilter(Long roundId, Integer year, SubjectKind kind, String county, String unit, Grade grade) {

    public static final ResultFilter ALL = new ResultFilter(null, null, null, null, null, null);
}
