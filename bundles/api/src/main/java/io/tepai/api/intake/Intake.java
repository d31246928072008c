package io.tepai.api.intake;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An intake (招募批次): the city office's call for candidates of one programme year.
 *
 * @param id                stable identifier
 * @param year              programme year the appointed will serve
 * @param title             e.g. 2026年焦作市科技特派员选聘
 * @param deadline          last day units may register candidates (R-REC-1)
 * @param status            how far the selection has come
 * @param noticeStart       first day of the public notice, null before it
 * @param noticeEnd         last day of the public notice, counted in working days, null before it
 * @param noticeWorkingDays how many working days the notice lasts, null before it
 * @param appointedOn       the day of the appointment list, null before it
 * @param openedBy          the account that opened the intake
 * @param openedAt          when
 * @param sample            true for the demo data set
 * @param version           optimistic-locking version, sent back with every step
 */
public record Intake(long id, int year, String title, LocalDate deadline, IntakeStatus status, LocalDate noticeStart,
                     LocalDate noticeEnd, Integer noticeWorkingDays, LocalDate appointedOn, String openedBy,
                     Instant openedAt, boolean sample, long version) {
}
