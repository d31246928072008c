package io.tepai.core.field;

import io.tepai.api.Actor;
import io.tepai.api.ConflictException;
import io.tepai.api.NotFoundException;
import io.tepai.api.Page;
import io.tepai.api.PageRequest;
import io.tepai.api.ValidationException;
import io.tepai.api.calendar.ProgrammeCalendar;
import io.tepai.api.field.LogFilter;
import io.tepai.api.field.LogKind;
import io.tepai.api.field.LogStatus;
import io.tepai.api.field.OutcomeIndicator;
import io.tepai.api.field.ServiceLog;
import io.tepai.api.field.ServiceLogDraft;
import io.tepai.api.field.ServiceLogService;
import io.tepai.core.access.Scopes;
import io.tepai.core.roster.Exited;
import io.tepai.core.audit.AuditTrail;
import io.tepai.core.calendar.ProgrammeCalendarService;
import io.tepai.core.audit.AuditedWrite;
import io.tepai.core.team.TeamServiceImpl;
import io.tepai.core.validation.FieldErrors;
import io.tepai.store.Repositories;
import io.tepai.store.Store;
import io.tepai.store.entity.ServiceLogEntity;
import io.tepai.store.entity.SpecialistEntity;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Service logs (R-SVC-1, R-SVC-3): a specialist writes and submits their own; the county where the service took
 * place (on behalf of the recipients' contact persons) or the city office confirms or returns them. Only confirmed
 * logs count; a confirmed log changes only by a correction with a reason, and the audit trail keeps both versions.
 */
@Designate(ocd = ServiceConfiguration.class)
@Component(service = ServiceLogService.class, configurationPid = "io.tepai.service")
public class ServiceLogServiceImpl implements ServiceLogService {

    private static final Logger LOG = LoggerFactory.getLogger(ServiceLogServiceImpl.class);
    static final String ENTITY = "ServiceLog";
    private static final AuditedWrite<ServiceLogEntity, ServiceLog> WRITE =
            AuditedWrite.reading(ENTITY, ServiceLogEntity::getId, ServiceLogServiceImpl::toRecord)
                    .shownAs("Service log");

    private final Store store;
    private final ProgrammeCalendar calendar;
    private final Clock clock;
    private volatile List<OutcomeIndicator> indicators = OutcomeIndicators.DEFAULT;

    @Activate
    public ServiceLogServiceImpl(@Reference Store store, @Reference ProgrammeCalendar calendar,
                                 Map<String, Object> config) {
        this(store, calendar, Clock.systemUTC());
        configure(config);
    }

    /** With a clock of the caller's, for tests and the demo data's own tests. */
    public ServiceLogServiceImpl(Store store, ProgrammeCalendar calendar, Clock clock) {
        this.store = store;
        this.calendar = calendar;
        this.clock = clock;
    }

    @Modified
    void configure(Map<String, Object> config) {
        indicators = OutcomeIndicators.from(config);
    }

    @Override
    public List<OutcomeIndicator> indicators() {
        return indicators;
    }

    @Override
    public Page<ServiceLog> search(Actor actor, LogFilter filter, PageRequest page) {
        Objects.requireNonNull(actor, "actor");
        LogFilter effective = ReadScope.narrow(actor, filter == null ? LogFilter.ALL : filter);
        return store.read(repos -> {
            Page<ServiceLogEntity> found = repos.logs().search(effective, page);
            // the page's specialists' names in one query, not one lookup per row (issue 17)
            Map<Object, String> names = repos.funding().names("Specialist", "id", "name", found.items().stream()
                    .map(ServiceLogEntity::getSpecialistId).collect(Collectors.toSet()));
            return found.map(log -> toRecord(log, names.getOrDefault(log.getSpecialistId(), "")));
        });
    }

    @Override
    public ServiceLog get(Actor actor, long id) {
        Objects.requireNonNull(actor, "actor");
        return store.read(repos -> {
            ServiceLogEntity log = find(repos, id);
            String unit = repos.specialists().find(log.getSpecialistId()).map(SpecialistEntity::getUnitCode)
                    .orElse("");
            ReadScope.requireReadable(actor, log.getCountyCode(), unit, log.getSpecialistId());
            return toRecord(repos, log);
        });
    }

    @Override
    public ServiceLog create(Actor actor, ServiceLogDraft draft) {
        Objects.requireNonNull(actor, "actor");
        LogRules.validate(draft, indicators, today());
        Scopes.requireSelf(actor, draft.specialistId(), "write service logs of specialist " + draft.specialistId());
        ServiceLog created = store.write(repos -> {
            Instant now = Instant.now(clock);
            ServiceLogEntity log = new ServiceLogEntity(draft.specialistId(), now);
            LogRules.checkReferences(repos, draft);
            refuseExited(repos, draft.specialistId());
            LogRules.checkNoOverlap(repos, draft, null);
            LogRules.apply(draft, log);
            log.setStatus(LogStatus.DRAFT.name());
            log.setSample(actor.writesSample());
            repos.logs().add(log);
            return WRITE.created(repos, actor, now, log, null);
        });
        LOG.info("{} wrote service log {} of specialist {}", actor.username(), created.id(), created.specialistId());
        return created;
    }

    @Override
    public ServiceLog update(Actor actor, long id, long expectedVersion, ServiceLogDraft draft) {
        Objects.requireNonNull(actor, "actor");
        LogRules.validate(draft, indicators, today());
        return change(actor, id, expectedVersion, "update", null, (repos, log) -> {
            requireWriter(actor, log);
            requireStatus(log, "changed; a submitted log is returned by the county first, a confirmed one corrected",
                    LogStatus.DRAFT, LogStatus.RETURNED);
            if (draft.specialistId() != log.getSpecialistId()) {
                throw ValidationException.of("specialistId", "a log stays with its specialist (" + log.getSpecialistId()
                        + ")");
            }
            LogRules.checkReferences(repos, draft);
            refuseExited(repos, log.getSpecialistId());
            LogRules.checkNoOverlap(repos, draft, id);
            LogRules.apply(draft, log);
        });
    }

    @Override
    public ServiceLog correct(Actor actor, long id, long expectedVersion, ServiceLogDraft draft, String reason) {
        Objects.requireNonNull(actor, "actor");
        String why = reason == null ? "" : reason.strip();
        FieldErrors errors = new FieldErrors().text("reason", why, 1000);
        errors.throwIfAny();
        LogRules.validate(draft, indicators, today());
        return change(actor, id, expectedVersion, "correct", why, (repos, log) -> {
            requireReviewer(actor, log);
            requireStatus(log, "corrected; only confirmed logs are corrected", LogStatus.CONFIRMED);
            if (draft.specialistId() != log.getSpecialistId()) {
                throw ValidationException.of("specialistId", "a log stays with its specialist (" + log.getSpecialistId()
                        + ")");
            }
            Scopes.requireCounty(actor, draft.county().strip(), "move a log to county '" + draft.county().strip() + "'");
            LogRules.checkReferences(repos, draft);
            LogRules.checkNoOverlap(repos, draft, id);
            String countyBefore = log.getCountyCode();
            LogRules.apply(draft, log);
            DispatchCover.recheck(repos, calendar, log, countyBefore);
            log.setCorrectionReason(why);
        });
    }

    @Override
    public ServiceLog submit(Actor actor, long id, long expectedVersion) {
        Objects.requireNonNull(actor, "actor");
        return change(actor, id, expectedVersion, "submit", null, (repos, log) -> {
            requireWriter(actor, log);
            requireStatus(log, "submitted", LogStatus.DRAFT, LogStatus.RETURNED);
            refuseExited(repos, log.getSpecialistId());
            log.setStatus(LogStatus.SUBMITTED.name());
        });
    }

    @Override
    public ServiceLog confirm(Actor actor, long id, long expectedVersion, Integer satisfaction, String comment,
                              String outsideDispatchReason) {
        Objects.requireNonNull(actor, "actor");
        String words = comment == null ? "" : comment.strip();
        String why = outsideDispatchReason == null ? "" : outsideDispatchReason.strip();
        checkConfirmation(satisfaction, words, why);
        return change(actor, id, expectedVersion, "confirm", why.isEmpty() ? null : why, (repos, log) -> {
            requireReviewer(actor, log);
            requireStatus(log, "confirmed", LogStatus.SUBMITTED);
            DispatchCover.confirmWith(repos, calendar, log, why);
            log.setStatus(LogStatus.CONFIRMED.name());
            log.setComment("");
            log.setConfirmation(actor.username(), Instant.now(clock), satisfaction, words);
        });
    }

    @Override
    public ServiceLog returnForChanges(Actor actor, long id, long expectedVersion, String comment) {
        Objects.requireNonNull(actor, "actor");
        String words = comment == null ? "" : comment.strip();
        new FieldErrors().text("comment", words, 1000).throwIfAny();
        return change(actor, id, expectedVersion, "return", null, (repos, log) -> {
            requireReviewer(actor, log);
            requireStatus(log, "returned", LogStatus.SUBMITTED);
            log.setStatus(LogStatus.RETURNED.name());
            log.setComment(words);
        });
    }

    @Override
    public void delete(Actor actor, long id, long expectedVersion) {
        Objects.requireNonNull(actor, "actor");
        store.write(repos -> {
            ServiceLogEntity log = find(repos, id);
            requireWriter(actor, log);
            WRITE.delete(repos, actor, Instant.now(clock), log, expectedVersion, removed -> {
                requireStatus(removed, "deleted; what was submitted is kept", LogStatus.DRAFT, LogStatus.RETURNED);
                repos.logs().remove(removed);
            });
            return null;
        });
        LOG.info("{} deleted service log {}", actor.username(), id);
    }

    /** What a confirmation carries (R-EVAL-1's rating and the R-SVC-1 reason), checked for confirm and import alike. */
    static void checkConfirmation(Integer satisfaction, String comment, String outsideDispatchReason) {
        FieldErrors errors = new FieldErrors().optionalText("comment", comment, 1000)
                .optionalText(DispatchCover.FIELD, outsideDispatchReason, 1000);
        if (satisfaction != null && (satisfaction < 1 || satisfaction > 5)) {
            errors.add("satisfaction", "must be a rating from 1 to 5");
        }
        errors.throwIfAny();
    }

    private ServiceLog change(Actor actor, long id, long expectedVersion, String action, String reason,
                              BiConsumer<Repositories, ServiceLogEntity> work) {
        ServiceLog changed = store.write(repos -> {
            ServiceLogEntity log = find(repos, id);
            return WRITE.update(repos, actor, Instant.now(clock), log, expectedVersion, action, row -> {
                work.accept(repos, row);
                return reason;
            });
        });
        LOG.info("{} {} service log {}", actor.username(), action, id);
        return changed;
    }

    /**
     * R-REC-4: who has left the programme logs no more service (writing, changing or submitting a log); the county
     * may still review and correct what they logged before.
     */
    private static void refuseExited(Repositories repos, long specialistId) {
        repos.specialists().find(specialistId).ifPresent(s -> Exited.refuse(s, "log service"));
    }

    /** The specialist writes their own logs (the city office may help). */
    private static void requireWriter(Actor actor, ServiceLogEntity log) {
        Scopes.requireSelf(actor, log.getSpecialistId(), "change service log " + log.getId());
    }

    /** R-SVC-3: the recipient location confirms, through its county's account (or the city office). */
    static void requireReviewer(Actor actor, ServiceLogEntity log) {
        Scopes.requireCounty(actor, log.getCountyCode(), "review service logs in county '" + log.getCountyCode() + "'");
    }

    private static void requireStatus(ServiceLogEntity log, String what, LogStatus... allowed) {
        LogStatus status = LogStatus.valueOf(log.getStatus());
        if (!Set.of(allowed).contains(status)) {
            throw new ConflictException("Service log " + log.getId() + " is " + status + " and cannot be " + what);
        }
    }

    private static ServiceLogEntity find(Repositories repos, long id) {
        return repos.logs().find(id).orElseThrow(() -> new NotFoundException("Service log", id));
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ProgrammeCalendarService.ZONE));
    }

    static ServiceLog toRecord(Repositories repos, ServiceLogEntity e) {
        return toRecord(e, repos.specialists().find(e.getSpecialistId()).map(SpecialistEntity::getName).orElse(""));
    }

    /** The same with the specialist's name already read (for lists that read them in one query). */
    private static ServiceLog toRecord(ServiceLogEntity e, String name) {
        return new ServiceLog(e.getId(), e.getSpecialistId(), name, e.getCountyCode(),
                e.getRecipientIds().stream().sorted().toList(), e.getStartDate(), e.getEndDate(), e.getFieldDays(),
                LogKind.valueOf(e.getKind()), e.getIndustry(), e.getDescription(), e.getOutcomes(),
                LogStatus.valueOf(e.getStatus()),
                e.getComment(), e.getSatisfaction(), e.getSatisfactionComment(), e.getConfirmedBy(),
                e.getConfirmedAt(), e.getCorrectionReason(), e.getOutsideDispatchReason(), e.isSample(), e.getVersion(),
                e.getCreatedAt(), e.getUpdatedAt());
    }
}
