package io.tepai.api.evaluation;

import io.tepai.spi.evaluation.SubjectKind;

/**
 * A new round.
 *
 * @param year   programme year to evaluate
 * @param kind   what is evaluated
 * @param county for {@link SubjectKind#SPECIALIST}: the receiving county that evaluates; for {@link SubjectKind#TEAM}:
 *               the county whose county-level teams it evaluates (R-TEAM-4), or empty for the city's round of city
 *               teams; must be empty otherwise
 */
public record RoundDraft(Integer year, SubjectKind kind, String county) {
}
