package io.tepai.api.evaluation;

import io.tepai.spi.evaluation.SubjectKind;

/** Filters for listing rounds; null values do not filter. */
public record RoundFilter(Integer year, SubjectKind kind, String county, RoundStatus status) {

    public static final RoundFilter ALL = new RoundFilter(null, null, null, null);
}
