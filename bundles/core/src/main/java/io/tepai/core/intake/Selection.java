package io.tepai.core.intake;

import io.tepai.api.Actor;
import io.tepai.api.NotFoundException;
import io.tepai.api.Page;
import io.tepai.api.PageRequest;
import io.tepai.api.ValidationException;
import io.tepai.api.calendar.ProgrammeCalendar;
import io.tepai.api.intake.Appointee;
import io.tepai.api.intake.CandidateDecision;
import io.tepai.api.intake.Intake;
import io.tepai.api.intake.IntakeStatus;
import io.tepai.api.intake.Objection;
import io.tepai.api.intake.ObjectionStatus;
import io.tepai.api.intake.PublicNotice;
import io.tepai.api.intake.RegistrationStatus;
import io.tepai.api.intake.SelectionStep;
import io.tepai.api.intake.StepDraft;
import io.tepai.api.intake.StepKind;
import io.tepai.core.access.Scopes;
import io.tepai.core.audit.AuditTrail;
import io.tepai.core.specialist.Appointments;
import io.tepai.core.validation.FieldErrors;
import io.tepai.store.Repositories;
import io.tepai.store.Store;
import io.tepai.store.entity.IntakeEntity;
import io.tepai.store.entity.ObjectionEntity;
import io.tepai.store.entity.RegistrationEntity;
import io.tepai.store.entity.SelectionDecisionEntity;
import io.tepai.store.entity.SelectionStepEntity;
import io.tepai.store.entity.SpecialistEntity;
import io.tepai.store.entity.SpecialistTermEntity;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The selection of an intake (R-REC-2): the steps before the notice with their decisions on candidates, the public
 * notice counted in working days, the resolution of objections and the appointment. The order is
 * {@link SelectionOrder}'s; this class applies a step once it is allowed.
 */
final class Selection {

    private static final Logger LOG = LoggerFactory.getLogger(Selection.class);
    private static final int DEFAULT_NOTICE_DAYS = 5;
    private static final BigDecimal MAX_SCORE = BigDecimal.valueOf(100);

    private final Store store;
    private final ProgrammeCalendar calendar;
    private final Clock clock;
    private volatile int defaultNoticeDays = DEFAULT_NOTICE_DAYS;

    Selection(Store store, ProgrammeCalendar calendar, Clock clock) {
        this.store = store;
        this.calendar = calendar;
        this.clock = clock;
    }

    /** noticeWorkingDays of {@code io.tepai.intake}: 1..30; anything else is logged and 5 kept. */
    void setDefaultNoticeDays(Object value) {
        int days = DEFAULT_NOTICE_DAYS;
        if (value != null && !value.toString().isBlank()) {
            try {
                days = Integer.parseInt(value.toString().strip());
            } catch (NumberFormatException e) {
                days = -1;
            }
            if (days < 1 || days > 30) {
                LOG.warn("Ignoring noticeWorkingDays={} in io.tepai.intake: expected 1..30; using {}", value,
                        DEFAULT_NOTICE_DAYS);
                days = DEFAULT_NOTICE_DAYS;
            }
        }
        defaultNoticeDays = days;
    }

    SelectionStep recordStep(Actor actor, long intakeId, long expectedVersion, StepDraft draft) {
        Objects.requireNonNull(actor, "actor");
        if (draft == null) {
            throw ValidationException.of("body", "a step is required");
        }
        List<CandidateDecision> decisions = draft.candidates() == null ? List.of() : draft.candidates();
        FieldErrors errors = new FieldErrors().required("kind", draft.kind()).required("heldOn", draft.heldOn())
                .text("participants", draft.participants(), 1000).text("decision", draft.decision(), 2000)
                .text("reason", draft.reason(), 1000);
        for (int i = 0; i < decisions.size(); i++) {
            checkDecision(errors, "candidates[" + i + "]", decisions.get(i));
        }
        errors.throwIfAny();
        Scopes.requireCity(actor, "record the selection steps (R-REC-2)");
        SelectionStep step = store.write(repos -> {
            IntakeEntity intake = IntakeServiceImpl.lock(repos, intakeId);
            IntakeServiceImpl.INTAKE.checkVersion(intake, expectedVersion);
            List<SelectionStepEntity> before = repos.intakes().steps(intakeId);
            LocalDate previous = before.isEmpty() ? null : before.get(before.size() - 1).getHeldOn();
            SelectionOrder.checkStep(draft.kind(), IntakeStatus.valueOf(intake.getStatus()), intake.getDeadline(),
                    previous, draft.heldOn(), calendar.today());
            List<RegistrationEntity> candidates = repos.intakes().registrationsWithStatus(intakeId,
                    RegistrationStatus.IN_SELECTION.name());
            Map<Long, RegistrationEntity> byId = candidates.stream()
                    .collect(Collectors.toMap(RegistrationEntity::getId, r -> r));
            checkCandidates(draft.kind(), decisions, byId);
            Instant now = Instant.now(clock);
            SelectionStepEntity row = new SelectionStepEntity(intakeId, draft.kind().name(), draft.heldOn(),
                    draft.participants().strip(), draft.decision().strip(), draft.reason().strip(),
                    actor.username(), now);
            row.setSample(actor.writesSample());
            repos.intakes().add(row);
            for (CandidateDecision decision : decisions) {
                repos.intakes().add(new SelectionDecisionEntity(row.getId(), decision.registrationId(),
                        decision.passed(), decision.score(), strip(decision.note())));
                if (!decision.passed()) {
                    drop(repos, actor, now, byId.get(decision.registrationId()), name(draft.kind()) + " "
                            + draft.heldOn() + ": " + decision.note().strip());
                }
            }
            SelectionStep recorded = IntakeMapper.step(row, repos.intakes().decisions(intakeId));
            AuditTrail.record(repos, actor, now, "SelectionStep", row.getId(), "record", null, recorded,
                    row.getReason());
            IntakeServiceImpl.INTAKE.update(repos, actor, now, intake, expectedVersion,
                    draft.kind().name().toLowerCase(), changed -> {
                        changed.setStatus(SelectionOrder.after(draft.kind()).name());
                        return null;
                    });
            return recorded;
        });
        LOG.info("{} recorded the {} of intake {}", actor.username(), step.kind(), intakeId);
        return step;
    }

    List<SelectionStep> steps(long intakeId) {
        return store.read(repos -> {
            IntakeServiceImpl.find(repos, intakeId);
            List<SelectionDecisionEntity> decisions = repos.intakes().decisions(intakeId);
            return repos.intakes().steps(intakeId).stream().map(step -> IntakeMapper.step(step, decisions)).toList();
        });
    }

    Intake startNotice(Actor actor, long intakeId, long expectedVersion, LocalDate start, Integer workingDays) {
        Objects.requireNonNull(actor, "actor");
        FieldErrors errors = new FieldErrors().required("start", start);
        int days = workingDays != null ? workingDays : defaultNoticeDays;
        if (days < 1 || days > 30) {
            errors.add("workingDays", "a public notice lasts 1..30 working days, not " + days);
        }
        errors.throwIfAny();
        Scopes.requireCity(actor, "start the public notice (R-REC-2)");
        LocalDate end = calendar.workingDaysEnd(start, days);
        Intake started = store.write(repos -> {
            IntakeEntity intake = IntakeServiceImpl.lock(repos, intakeId);
            IntakeServiceImpl.INTAKE.checkVersion(intake, expectedVersion);
            List<SelectionStepEntity> steps = repos.intakes().steps(intakeId);
            LocalDate consulted = steps.isEmpty() ? null : steps.get(steps.size() - 1).getHeldOn();
            SelectionOrder.checkNotice(IntakeStatus.valueOf(intake.getStatus()), consulted, start);
            return IntakeServiceImpl.INTAKE.update(repos, actor, Instant.now(clock), intake, expectedVersion,
                    "notice", changed -> {
                        changed.setStatus(IntakeStatus.NOTICE.name());
                        changed.setNotice(start, end, days);
                        return days + " working days, " + start + " .. " + end;
                    });
        });
        LOG.info("{} started the public notice of intake {}: {} .. {}", actor.username(), intakeId, start, end);
        return started;
    }

    PublicNotice notice(long intakeId) {
        return store.read(repos -> {
            IntakeEntity intake = IntakeServiceImpl.find(repos, intakeId);
            if (intake.getNoticeStart() == null) {
                throw new NotFoundException("Public notice of intake", intakeId);
            }
            return publicNotice(repos, intake);
        });
    }

    List<PublicNotice> notices(int year) {
        return store.read(repos -> repos.intakes().noticed(year).stream()
                .map(intake -> publicNotice(repos, intake)).toList());
    }

    private PublicNotice publicNotice(Repositories repos, IntakeEntity intake) {
        List<RegistrationEntity> shown = repos.intakes().registrationsWithStatus(intake.getId(),
                intake.getAppointedOn() == null ? RegistrationStatus.IN_SELECTION.name()
                        : RegistrationStatus.APPOINTED.name());
        return new PublicNotice(intake.getId(), intake.getYear(), intake.getTitle(), intake.getNoticeStart(),
                intake.getNoticeEnd(), intake.getNoticeDays(), calendar.today().isAfter(intake.getNoticeEnd()),
                repos.intakes().countObjections(intake.getId(), ObjectionStatus.OPEN.name()),
                IntakeMapper.noticed(repos, shown));
    }

    Objection resolveObjection(Actor actor, long objectionId, long expectedVersion, ObjectionStatus outcome,
                               String reason) {
        Objects.requireNonNull(actor, "actor");
        FieldErrors errors = new FieldErrors().required("outcome", outcome).text("reason", reason, 1000);
        if (outcome == ObjectionStatus.OPEN) {
            errors.add("outcome", "resolve as UPHELD or DISMISSED");
        }
        errors.throwIfAny();
        Scopes.requireCity(actor, "resolve objections (R-REC-2)");
        Objection resolved = store.write(repos -> {
            ObjectionEntity row = repos.intakes().objection(objectionId)
                    .orElseThrow(() -> new NotFoundException("Objection", objectionId));
            IntakeEntity intake = IntakeServiceImpl.lock(repos, row.getIntakeId());
            if (!ObjectionStatus.OPEN.name().equals(row.getStatus())) {
                throw SelectionOrder.refused(SelectionOrder.SELECTION, "outcome", "Objection " + objectionId
                        + " was already resolved (" + row.getStatus() + "): " + row.getResolution());
            }
            if (!IntakeStatus.NOTICE.name().equals(intake.getStatus())) {
                throw SelectionOrder.refused(SelectionOrder.SELECTION, "status", "Intake " + intake.getId() + " is "
                        + intake.getStatus() + ": objections are resolved before the appointment");
            }
            Instant now = Instant.now(clock);
            Objection after = IntakeServiceImpl.OBJECTION.update(repos, actor, now, row, expectedVersion,
                    outcome.name().toLowerCase(), changed -> {
                        changed.resolve(outcome.name(), reason.strip(), actor.username(), now);
                        return reason.strip();
                    });
            if (outcome == ObjectionStatus.UPHELD) {
                RegistrationEntity candidate = repos.intakes().registration(row.getRegistrationId()).orElseThrow();
                if (RegistrationStatus.IN_SELECTION.name().equals(candidate.getStatus())) {
                    drop(repos, actor, now, candidate, "objection " + objectionId + " upheld: " + reason.strip());
                }
            }
            return after;
        });
        LOG.info("{} resolved objection {}: {}", actor.username(), objectionId, outcome);
        return resolved;
    }

    Intake appoint(Actor actor, long intakeId, long expectedVersion, LocalDate on, LocalDate termStart,
                   LocalDate termEnd) {
        Objects.requireNonNull(actor, "actor");
        Scopes.requireCity(actor, "appoint specialists (R-REC-2)");
        LocalDate day = on != null ? on : calendar.today();
        Intake appointed = store.write(repos -> {
            IntakeEntity intake = IntakeServiceImpl.lock(repos, intakeId);
            IntakeServiceImpl.INTAKE.checkVersion(intake, expectedVersion);
            SelectionOrder.checkAppointment(IntakeStatus.valueOf(intake.getStatus()), intake.getNoticeEnd(),
                    repos.intakes().countObjections(intakeId, ObjectionStatus.OPEN.name()), day, calendar.today());
            LocalDate firstDay = calendar.firstDay(intake.getYear());
            LocalDate start = termStart != null ? termStart : day.isAfter(firstDay) ? day : firstDay;
            LocalDate end = termEnd != null ? termEnd : calendar.lastDay(intake.getYear());
            new FieldErrors().term("termStart", start, "termEnd", end).throwIfAny();
            Instant now = Instant.now(clock);
            List<RegistrationEntity> candidates = repos.intakes().registrationsWithStatus(intakeId,
                    RegistrationStatus.IN_SELECTION.name());
            Map<Long, SpecialistEntity> specialists = IntakeMapper.specialists(repos, candidates.stream()
                    .map(RegistrationEntity::getSpecialistId).toList());
            String reason = "appointment list of intake " + intakeId + " (" + intake.getTitle() + "), " + day;
            for (RegistrationEntity candidate : candidates) {
                Appointments.appoint(repos, actor, now, specialists.get(candidate.getSpecialistId()), intakeId, start,
                        end, reason);
                IntakeServiceImpl.REGISTRATION.update(repos, actor, now, candidate, candidate.getVersion(), "appoint",
                        changed -> {
                            changed.setStatus(RegistrationStatus.APPOINTED.name());
                            return null;
                        });
            }
            return IntakeServiceImpl.INTAKE.update(repos, actor, now, intake, expectedVersion, "appoint", changed -> {
                changed.setStatus(IntakeStatus.APPOINTED.name());
                changed.setAppointedOn(day);
                return candidates.size() + " appointed, term " + start + " .. " + end;
            });
        });
        LOG.info("{} appointed the candidates of intake {} on {}", actor.username(), intakeId, day);
        return appointed;
    }

    Page<Appointee> appointees(long intakeId, PageRequest page) {
        return store.read(repos -> {
            IntakeEntity intake = IntakeServiceImpl.find(repos, intakeId);
            if (intake.getAppointedOn() == null) {
                throw new NotFoundException("Appointment list of intake", intakeId);
            }
            Page<RegistrationEntity> rows = repos.intakes().registrations(intakeId, null,
                    RegistrationStatus.APPOINTED.name(), page);
            Map<Long, SpecialistEntity> specialists = IntakeMapper.specialists(repos, rows.items().stream()
                    .map(RegistrationEntity::getSpecialistId).toList());
            Map<Object, String> units = repos.funding().names("DispatchingUnit", "code", "nameZh",
                    rows.items().stream().map(RegistrationEntity::getUnitCode).distinct().toList());
            Map<Long, SpecialistTermEntity> terms = repos.terms().ofIntake(intakeId, specialists.keySet()).stream()
                    .collect(Collectors.toMap(SpecialistTermEntity::getSpecialistId, term -> term));
            return rows.map(row -> {
                SpecialistEntity s = specialists.get(row.getSpecialistId());
                SpecialistTermEntity term = terms.get(row.getSpecialistId());
                return new Appointee(s.getId(), s.getName(), row.getUnitCode(), units.get(row.getUnitCode()),
                        s.getTitle(), term == null ? null : term.getStart(), term == null ? null : term.getEnd());
            });
        });
    }

    /** R-REC-2: a step decides on candidates still in selection; the review on every one of them. */
    private static void checkCandidates(StepKind kind, List<CandidateDecision> decisions,
                                        Map<Long, RegistrationEntity> inSelection) {
        List<Long> named = decisions.stream().map(CandidateDecision::registrationId).toList();
        List<Long> unknown = named.stream().filter(id -> !inSelection.containsKey(id)).toList();
        if (!unknown.isEmpty()) {
            throw SelectionOrder.refused(SelectionOrder.SELECTION, "candidates", "Registrations " + unknown
                    + " are not candidates still in this intake's selection");
        }
        if (Set.copyOf(named).size() != named.size()) {
            throw ValidationException.of("candidates", "a candidate is decided on once per step");
        }
        if (kind == StepKind.REVIEW) {
            List<Long> missing = inSelection.keySet().stream().filter(id -> !named.contains(id)).sorted().toList();
            if (!missing.isEmpty()) {
                throw SelectionOrder.refused(SelectionOrder.SELECTION, "candidates", "The expert review decides on "
                        + "every registered candidate (a score or pass/fail); missing registrations " + missing);
            }
        }
    }

    private static void checkDecision(FieldErrors errors, String field, CandidateDecision decision) {
        if (decision == null) {
            errors.add(field, "must not be empty");
            return;
        }
        errors.required(field + ".registrationId", decision.registrationId())
                .required(field + ".passed", decision.passed());
        if (decision.score() != null && (decision.score().signum() < 0 || decision.score().compareTo(MAX_SCORE) > 0
                || decision.score().scale() > 2)) {
            errors.add(field + ".score", "a score is 0..100 with at most two decimals");
        }
        if (Boolean.FALSE.equals(decision.passed()) && (decision.note() == null || decision.note().isBlank())) {
            errors.add(field + ".note", "a candidate left out is given the reason");
        }
        errors.optionalText(field + ".note", decision.note(), 1000);
    }

    private static void drop(Repositories repos, Actor actor, Instant at, RegistrationEntity candidate,
                             String reason) {
        IntakeServiceImpl.REGISTRATION.update(repos, actor, at, candidate, candidate.getVersion(), "drop", changed -> {
            changed.drop(RegistrationStatus.DROPPED.name(), reason);
            return reason;
        });
    }

    static String name(StepKind kind) {
        return switch (kind) {
            case REVIEW -> "expert review";
            case MEETING -> "office meeting";
            case CONSULTATION -> "consultation";
        };
    }

    private static String strip(String value) {
        return value == null ? "" : value.strip();
    }
}
