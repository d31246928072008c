package io.tepai.api.intake;

import io.tepai.api.Actor;
import io.tepai.api.Page;
import io.tepai.api.PageRequest;
import java.time.LocalDate;
import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Recruitment (R-REC-1, R-REC-2). The city office opens an intake and takes every selection step; a unit registers
 * its candidates and reads its own registrations. A step taken out of order is refused with
 * {@link io.tepai.api.RuleViolationException} naming R-REC-1 or R-REC-2; every write is audited and version-checked.
 */
@ProviderType
public interface IntakeService {

    /** Intakes, newest first; {@code year} and {@code status} null mean any. */
    Page<Intake> intakes(Integer year, IntakeStatus status, PageRequest page);

    /** @throws io.tepai.api.NotFoundException if there is no such intake */
    Intake get(long intakeId);

    /** The city office opens an intake. */
    Intake open(Actor actor, IntakeDraft draft);

    /** A unit (or the city office) registers a CANDIDATE specialist of the unit, until the deadline (R-REC-1). */
    Registration register(Actor actor, long intakeId, RegistrationDraft draft);

    /** The intake's registrations, by id; a unit sees its own only, {@code unit} filters the city's view. */
    Page<Registration> registrations(Actor actor, long intakeId, String unit, RegistrationStatus status,
                                     PageRequest page);

    /**
     * The registration form (报名统计表) as a printable PDF, scoped as {@link #registrations}: a unit's own, or the
     * city's summary ({@code unit} empty); more rows than an export holds are refused (400) rather than cut short.
     */
    byte[] registrationForm(Actor actor, long intakeId, String unit);

    /** The next selection step before the notice (R-REC-2), with its decisions on candidates. */
    SelectionStep recordStep(Actor actor, long intakeId, long expectedVersion, StepDraft draft);

    /** The intake's recorded steps, in order. */
    List<SelectionStep> steps(Actor actor, long intakeId);

    /**
     * Starts the public notice on {@code start}, lasting {@code workingDays} working days (null: the configured
     * default) on the working-day calendar.
     */
    Intake startNotice(Actor actor, long intakeId, long expectedVersion, LocalDate start, Integer workingDays);

    /** The intake's public notice, for anyone; 404 before the notice starts. */
    PublicNotice notice(long intakeId);

    /** The notices of the year (null: current), for anyone, newest first. */
    List<PublicNotice> notices(Integer year);

    /** Records an objection raised during the notice against a candidate still in selection. */
    Objection raiseObjection(Actor actor, long intakeId, ObjectionDraft draft);

    /** Resolves an open objection: upheld drops the candidate with the reason, dismissed keeps them. */
    Objection resolveObjection(Actor actor, long objectionId, long expectedVersion, ObjectionStatus outcome,
                               String reason);

    /** Objections, newest first; {@code intakeId} and {@code status} null mean any. */
    Page<Objection> objections(Actor actor, Long intakeId, ObjectionStatus status, PageRequest page);

    /**
     * The appointment: only after the notice has ended and every objection is resolved. Every candidate still in
     * selection becomes ACTIVE with a term from {@code termStart} to {@code termEnd} (defaults: the appointment day,
     * and the last day of the intake's programme year).
     */
    Intake appoint(Actor actor, long intakeId, long expectedVersion, LocalDate on, LocalDate termStart,
                   LocalDate termEnd);

    /** The appointment list, for anyone; 404 before the appointment. */
    Page<Appointee> appointees(long intakeId, PageRequest page);

    /** A candidate's whole history in the selection, oldest first; a unit reads its own candidates'. */
    List<HistoryEntry> history(Actor actor, long registrationId);
}
