package io.tepai.api.evaluation;

import io.tepai.spi.evaluation.Grade;
import io.tepai.spi.evaluation.SubjectKind;

/** One line of the published list (R-EVAL-4): who, and the grade; no scores, no personal details. */
public record PublicResult(int year, SubjectKind kind, String name, String county, String unit, Grade grade) {
}
