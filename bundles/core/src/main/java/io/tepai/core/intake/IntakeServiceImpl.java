package io.tepai.core.intake;

import io.tepai.api.Actor;
import io.tepai.api.ForbiddenException;
import io.tepai.api.NotFoundException;
import io.tepai.api.Page;
import io.tepai.api.PageRequest;
import io.tepai.api.ValidationException;
import io.tepai.api.calendar.ProgrammeCalendar;
import io.tepai.api.intake.Appointee;
import io.tepai.api.intake.HistoryEntry;
import io.tepai.api.intake.Intake;
import io.tepai.api.intake.IntakeDraft;
import io.tepai.api.intake.IntakeService;
import io.tepai.api.intake.IntakeStatus;
import io.tepai.api.intake.Objection;
import io.tepai.api.intake.ObjectionDraft;
import io.tepai.api.intake.ObjectionStatus;
import io.tepai.api.intake.PublicNotice;
import io.tepai.api.intake.Registration;
import io.tepai.api.intake.RegistrationDraft;
import io.tepai.api.intake.RegistrationStatus;
import io.tepai.api.intake.SelectionStep;
import io.tepai.api.intake.StepDraft;
import io.tepai.api.specialist.SpecialistStatus;
import io.tepai.core.access.Scopes;
import io.tepai.core.audit.AuditedWrite;
import io.tepai.core.pdf.ConfiguredFonts;
import io.tepai.core.validation.FieldErrors;
import io.tepai.store.Repositories;
import io.tepai.store.Store;
import io.tepai.store.entity.IntakeEntity;
import io.tepai.store.entity.ObjectionEntity;
import io.tepai.store.entity.RegistrationEntity;
import io.tepai.store.entity.SpecialistEntity;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Recruitment (R-REC-1, R-REC-2): intakes, registrations, objections; the selection steps are {@link Selection}'s.
 * Every write locks the intake row, so that a registration or an objection never slips in beside a step that moves
 * the intake on.
 */
@Designate(ocd = IntakeConfiguration.class)
@Component(service = IntakeService.class, configurationPid = "io.tepai.intake")
public class IntakeServiceImpl implements IntakeService {

    private static final Logger LOG = LoggerFactory.getLogger(IntakeServiceImpl.class);
    static final int MAX_TEXT = 1000;
    /** The most rows a printed registration form holds, as its CSV export; a larger one is refused, not cut short. */
    static final int FORM_MAX_ROWS = 10_000;
    static final AuditedWrite<IntakeEntity, Intake> INTAKE =
            AuditedWrite.of("Intake", IntakeEntity::getId, IntakeMapper::intake);
    static final AuditedWrite<RegistrationEntity, Registration> REGISTRATION =
            AuditedWrite.reading("Registration", RegistrationEntity::getId, IntakeMapper::registration);
    static final AuditedWrite<ObjectionEntity, Objection> OBJECTION =
            AuditedWrite.reading("Objection", ObjectionEntity::getId, IntakeMapper::objection);

    private final Store store;
    private final ProgrammeCalendar calendar;
    private final Clock clock;
    private final Selection selection;
    /** The certificate fonts (certificate.fonts) the registration form is set in; none in unit tests. */
    @Reference
    private ConfiguredFonts fonts;

    @Activate
    public IntakeServiceImpl(@Reference Store store, @Reference ProgrammeCalendar calendar, Map<String, ?> config) {
        this(store, calendar, Clock.systemUTC());
        configure(config);
    }

    IntakeServiceImpl(Store store, ProgrammeCalendar calendar, Clock clock) {
        this.store = store;
        this.calendar = calendar;
        this.clock = clock;
        this.selection = new Selection(store, calendar, clock);
    }

    @Modified
    void configure(Map<String, ?> config) {
        selection.setDefaultNoticeDays(config == null ? null : config.get("noticeWorkingDays"));
    }

    @Override
    public Page<Intake> intakes(Integer year, IntakeStatus status, PageRequest page) {
        return store.read(repos -> repos.intakes().intakes(year, status == null ? null : status.name(), page)
                .map(IntakeMapper::intake));
    }

    @Override
    public Intake get(long intakeId) {
        return store.read(repos -> IntakeMapper.intake(find(repos, intakeId)));
    }

    @Override
    public Intake open(Actor actor, IntakeDraft draft) {
        Objects.requireNonNull(actor, "actor");
        if (draft == null) {
            throw ValidationException.of("body", "an intake is required");
        }
        int year = calendar.yearOrCurrent(draft.year());
        new FieldErrors().year("year", year).text("title", draft.title(), 200).required("deadline", draft.deadline())
                .throwIfAny();
        Scopes.requireCity(actor, "open an intake (R-REC-1)");
        Intake opened = store.write(repos -> {
            Instant now = Instant.now(clock);
            IntakeEntity intake = new IntakeEntity(year, draft.title().strip(), draft.deadline(),
                    IntakeStatus.OPEN.name(), actor.username(), now);
            intake.setSample(actor.writesSample());
            repos.intakes().add(intake);
            return INTAKE.created(repos, actor, now, intake, null);
        });
        LOG.info("{} opened intake {} ({}, deadline {})", actor.username(), opened.id(), opened.title(),
                opened.deadline());
        return opened;
    }

    @Override
    public Registration register(Actor actor, long intakeId, RegistrationDraft draft) {
        Objects.requireNonNull(actor, "actor");
        if (draft == null) {
            throw ValidationException.of("body", "a registration is required");
        }
        FieldErrors errors = new FieldErrors().required("specialistId", draft.specialistId())
                .text("confirmedBy", draft.confirmedBy(), 100).required("confirmedOn", draft.confirmedOn());
        if (draft.demandIds() == null || draft.demandIds().isEmpty()) {
            errors.add("demandIds", "R-REC-1 registers a successful match: name the demand(s) matched");
        } else if (draft.demandIds().stream().anyMatch(Objects::isNull)) {
            errors.add("demandIds", "must not contain empty ids");
        }
        errors.throwIfAny();
        Registration registered = store.write(repos -> {
            SpecialistEntity specialist = repos.specialists().find(draft.specialistId()).orElseThrow(
                    () -> ValidationException.of("specialistId", "no specialist has id " + draft.specialistId()));
            Scopes.requireUnit(actor, specialist.getUnitCode(), "register candidates of unit '"
                    + specialist.getUnitCode() + "' (R-REC-1)");
            IntakeEntity intake = lock(repos, intakeId);
            SelectionOrder.checkRegistration(IntakeStatus.valueOf(intake.getStatus()), intake.getDeadline(),
                    draft.confirmedOn(), calendar.today());
            if (!SpecialistStatus.CANDIDATE.name().equals(specialist.getStatus())) {
                throw SelectionOrder.refused(SelectionOrder.REGISTRATION, "specialistId", "Specialist "
                        + specialist.getId() + " is " + specialist.getStatus() + ": a unit registers candidates "
                        + "(status CANDIDATE)");
            }
            for (Long demand : draft.demandIds()) {
                if (repos.demands().matchOf(demand, specialist.getId()).isEmpty()) {
                    throw SelectionOrder.refused(SelectionOrder.REGISTRATION, "demandIds", "R-REC-1 registers a "
                            + "successful match: specialist " + specialist.getId() + " has no match recorded on demand "
                            + demand + " (R-DEM-2: record the contact with the demand first)");
                }
            }
            if (repos.intakes().registrationOf(intakeId, specialist.getId()).isPresent()) {
                throw SelectionOrder.refused(SelectionOrder.REGISTRATION, "specialistId", "Specialist "
                        + specialist.getId() + " is already registered in intake " + intakeId);
            }
            Instant now = Instant.now(clock);
            RegistrationEntity row = new RegistrationEntity(intakeId, specialist.getId(), specialist.getUnitCode(),
                    draft.demandIds().stream().distinct().sorted().toList(), draft.confirmedBy().strip(),
                    draft.confirmedOn(), RegistrationStatus.IN_SELECTION.name(), actor.username(), now);
            row.setSample(actor.writesSample());
            repos.intakes().add(row);
            return REGISTRATION.created(repos, actor, now, row, "register", "confirmed by " + row.getConfirmedBy()
                    + " on " + row.getConfirmedOn());
        });
        LOG.info("{} registered specialist {} in intake {}", actor.username(), registered.specialistId(), intakeId);
        return registered;
    }

    @Override
    public Page<Registration> registrations(Actor actor, long intakeId, String unit, RegistrationStatus status,
                                            PageRequest page) {
        String scoped = unitScope(actor, unit);
        return store.read(repos -> {
            find(repos, intakeId);
            Page<RegistrationEntity> rows = repos.intakes().registrations(intakeId, scoped,
                    status == null ? null : status.name(), page);
            List<Registration> records = IntakeMapper.registrations(repos, rows.items());
            return new Page<>(records, rows.total(), rows.page(), rows.size());
        });
    }

    @Override
    public byte[] registrationForm(Actor actor, long intakeId, String unit) {
        String scoped = unitScope(actor, unit);
        String own = scoped == null || scoped.isBlank() ? null : scoped.strip();
        RegistrationFormPdf.Content form = store.read(repos -> {
            IntakeEntity intake = find(repos, intakeId);
            Map<String, String> unitNames = new HashMap<>();
            List<RegistrationFormPdf.Row> rows = new ArrayList<>();
            for (int number = 1; ; number++) {
                Page<RegistrationEntity> page = repos.intakes().registrations(intakeId, own, null,
                        new PageRequest(number, PageRequest.MAX_SIZE));
                if (page.total() > FORM_MAX_ROWS) {
                    throw ValidationException.of("unit", page.total() + " registrations match, more than the "
                            + FORM_MAX_ROWS + " a printed form holds: print unit by unit");
                }
                for (Registration r : IntakeMapper.registrations(repos, page.items())) {
                    // one look-up per unit, not per row: a form has many candidates of few units
                    String unitName = unitNames.computeIfAbsent(r.unitCode(), code -> repos.units().find(code)
                            .map(u -> u.getNameZh()).orElse(code));
                    rows.add(new RegistrationFormPdf.Row(r.name(), unitName, r.title(), String.join("、", r.fields()),
                            r.demandIds().stream().map(id -> "#" + id).collect(Collectors.joining("、")),
                            r.confirmedBy(), r.confirmedOn() == null ? null : r.confirmedOn().toString(),
                            RegistrationFormPdf.statusZh(r.status()) + (r.dropReason() == null
                                    || r.dropReason().isBlank() ? "" : "：" + r.dropReason())));
                }
                if (page.items().size() < PageRequest.MAX_SIZE
                        || (long) number * PageRequest.MAX_SIZE >= page.total()) {
                    break;
                }
            }
            String scope = own == null ? RegistrationFormPdf.CITY_SUMMARY
                    : unitNames.computeIfAbsent(own, code -> repos.units().find(code).map(u -> u.getNameZh())
                            .orElse(code));
            return new RegistrationFormPdf.Content(intake.getTitle(), scope, rows);
        });
        return RegistrationFormPdf.render(form, fonts == null ? null
                : fonts.fonts(RegistrationFormPdf.RULE, "the registration form"));
    }

    @Override
    public SelectionStep recordStep(Actor actor, long intakeId, long expectedVersion, StepDraft draft) {
        return selection.recordStep(actor, intakeId, expectedVersion, draft);
    }

    @Override
    public List<SelectionStep> steps(Actor actor, long intakeId) {
        Scopes.requireCityOrAuditor(actor, "read the selection steps with every candidate's decision");
        return selection.steps(intakeId);
    }

    @Override
    public Intake startNotice(Actor actor, long intakeId, long expectedVersion, LocalDate start, Integer workingDays) {
        return selection.startNotice(actor, intakeId, expectedVersion, start, workingDays);
    }

    @Override
    public PublicNotice notice(long intakeId) {
        return selection.notice(intakeId);
    }

    @Override
    public List<PublicNotice> notices(Integer year) {
        return selection.notices(calendar.yearOrCurrent(year));
    }

    @Override
    public Objection raiseObjection(Actor actor, long intakeId, ObjectionDraft draft) {
        Objects.requireNonNull(actor, "actor");
        if (draft == null) {
            throw ValidationException.of("body", "an objection is required");
        }
        new FieldErrors().required("registrationId", draft.registrationId()).text("raisedBy", draft.raisedBy(), 100)
                .text("content", draft.content(), 2000).throwIfAny();
        Scopes.requireCity(actor, "record objections to a public notice (R-REC-2)");
        LocalDate raisedOn = draft.raisedOn() != null ? draft.raisedOn() : calendar.today();
        Objection raised = store.write(repos -> {
            IntakeEntity intake = lock(repos, intakeId);
            SelectionOrder.checkObjection(IntakeStatus.valueOf(intake.getStatus()), intake.getNoticeStart(),
                    intake.getNoticeEnd(), raisedOn, calendar.today());
            RegistrationEntity candidate = repos.intakes().registration(draft.registrationId())
                    .filter(r -> r.getIntakeId() == intakeId).orElseThrow(() -> ValidationException.of(
                            "registrationId", "intake " + intakeId + " has no registration " + draft.registrationId()));
            if (!RegistrationStatus.IN_SELECTION.name().equals(candidate.getStatus())) {
                throw SelectionOrder.refused(SelectionOrder.SELECTION, "registrationId", "Registration "
                        + candidate.getId() + " is " + candidate.getStatus() + ": not on the notice");
            }
            Instant now = Instant.now(clock);
            ObjectionEntity row = new ObjectionEntity(intakeId, candidate.getId(), raisedOn, draft.raisedBy().strip(),
                    draft.content().strip(), ObjectionStatus.OPEN.name(), actor.username(), now);
            row.setSample(actor.writesSample());
            repos.intakes().add(row);
            return OBJECTION.created(repos, actor, now, row, "raise", row.getContent());
        });
        LOG.info("{} recorded objection {} against registration {}", actor.username(), raised.id(),
                raised.registrationId());
        return raised;
    }

    @Override
    public Objection resolveObjection(Actor actor, long objectionId, long expectedVersion, ObjectionStatus outcome,
                                      String reason) {
        return selection.resolveObjection(actor, objectionId, expectedVersion, outcome, reason);
    }

    @Override
    public Page<Objection> objections(Actor actor, Long intakeId, ObjectionStatus status, PageRequest page) {
        Scopes.requireCityOrAuditor(actor, "read the objections with who raised them");
        return store.read(repos -> {
            Page<ObjectionEntity> rows = repos.intakes().objections(intakeId, status == null ? null : status.name(),
                    page);
            return new Page<>(IntakeMapper.objections(repos, rows.items()), rows.total(), rows.page(),
                    rows.size());
        });
    }

    @Override
    public Intake appoint(Actor actor, long intakeId, long expectedVersion, LocalDate on, LocalDate termStart,
                          LocalDate termEnd) {
        return selection.appoint(actor, intakeId, expectedVersion, on, termStart, termEnd);
    }

    @Override
    public Page<Appointee> appointees(long intakeId, PageRequest page) {
        return selection.appointees(intakeId, page);
    }

    @Override
    public List<HistoryEntry> history(Actor actor, long registrationId) {
        return store.read(repos -> {
            RegistrationEntity row = repos.intakes().registration(registrationId)
                    .orElseThrow(() -> new NotFoundException("Registration", registrationId));
            if (!actor.isCity() && !actor.hasRole(Actor.ROLE_AUDITOR) && !Scopes.isSelf(actor, row.getSpecialistId())) {
                Scopes.requireUnit(actor, row.getUnitCode(), "read the selection history of its candidates");
            }
            return CandidateHistory.of(repos, row);
        });
    }

    /** The unit a reader may see: the city office and the auditor any (or the one asked for), a unit its own. */
    private static String unitScope(Actor actor, String unit) {
        if (actor.isCity() || actor.hasRole(Actor.ROLE_AUDITOR)) {
            return unit;
        }
        String own = actor.unit().orElseThrow(() -> new ForbiddenException(Actor.ROLE_CITY + " or unit",
                "Only the city office, the auditor and the dispatching units read registration forms"));
        if (unit != null && !unit.isBlank() && !unit.strip().equals(own)) {
            throw new ForbiddenException("unit:" + unit.strip(), "This account may read only the registration "
                    + "form of unit " + own);
        }
        return own;
    }

    static IntakeEntity find(Repositories repos, long intakeId) {
        return repos.intakes().find(intakeId).orElseThrow(() -> new NotFoundException("Intake", intakeId));
    }

    static IntakeEntity lock(Repositories repos, long intakeId) {
        return repos.intakes().lock(intakeId).orElseThrow(() -> new NotFoundException("Intake", intakeId));
    }
}
