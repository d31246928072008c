package io.tepai.api.intake;

import java.time.LocalDate;
import java.util.List;

/**
 * The public notice (公示) of an intake, readable anonymously: who is proposed, from which day to which, and how
 * many objections are open.
 *
 * @param ended          true once the day after {@code end} has come
 * @param openObjections objections raised and not yet resolved
 * @param candidates     the candidates still in selection (or appointed)
 */
public record PublicNotice(long intakeId, int year, String title, LocalDate start, LocalDate end, int workingDays,
                           boolean ended, long openObjections, List<NoticedCandidate> candidates) {
}
