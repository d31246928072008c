package io.tepai.core.dispatch;

import io.tepai.api.Actor;
import io.tepai.api.ConflictException;
import io.tepai.api.FieldError;
import io.tepai.api.ForbiddenException;
import io.tepai.api.NotFoundException;
import io.tepai.api.Page;
import io.tepai.api.PageRequest;
import io.tepai.api.RuleViolationException;
import io.tepai.api.ValidationException;
import io.tepai.api.dispatch.Assignment;
import io.tepai.api.dispatch.AssignmentDraft;
import io.tepai.api.dispatch.AssignmentFilter;
import io.tepai.api.dispatch.AssignmentService;
import io.tepai.api.specialist.SpecialistStatus;
import io.tepai.core.access.Scopes;
import io.tepai.core.audit.AuditTrail;
import io.tepai.core.roster.Exited;
import io.tepai.core.audit.AuditedWrite;
import io.tepai.core.module.PolicyModules;
import io.tepai.core.tier.SpecialistTiers;
import io.tepai.core.tier.TierRegistry;
import io.tepai.core.validation.FieldErrors;
import io.tepai.guard.PluginCalls;
import io.tepai.spi.tier.SupportLevel;
import io.tepai.store.Repositories;
import io.tepai.store.Store;
import io.tepai.store.entity.AssignmentEntity;
import io.tepai.store.entity.CountyEntity;
import io.tepai.store.entity.SpecialistEntity;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Dispatch assignments. The level of support comes from the specialist's tier unless given; R-REC-3 keeps the city
 * and a county from both supporting one specialist in the same year unless the city office records why; R-TIER-1 lets a
 * specialist of a plug-in tier serve only in counties that switched that tier on.
 */
@Component(service = AssignmentService.class)
public class AssignmentServiceImpl implements AssignmentService {

    private static final Logger LOG = LoggerFactory.getLogger(AssignmentServiceImpl.class);
    private static final String ENTITY = "Assignment";
    private static final AuditedWrite<AssignmentEntity, Assignment> WRITE =
            AuditedWrite.reading(ENTITY, AssignmentEntity::getId, AssignmentServiceImpl::toRecord);
    /** R-REC-3 forbids exactly this pair of levels in one year ("不重复支持"). */
    private static final Set<SupportLevel> DOUBLE_SUPPORT = Set.of(SupportLevel.CITY, SupportLevel.COUNTY);

    private final Store store;
    private final SpecialistTiers tiers;
    private final PolicyModules modules;
    private final Clock clock;

    @Activate
    public AssignmentServiceImpl(@Reference Store store, @Reference SpecialistTiers tiers,
                                 @Reference PolicyModules modules) {
        this(store, tiers, modules, Clock.systemUTC());
    }

    AssignmentServiceImpl(Store store, SpecialistTiers tiers, PolicyModules modules, Clock clock) {
        this.store = store;
        this.tiers = tiers;
        this.modules = modules;
        this.clock = clock;
    }

    @Override
    public Page<Assignment> search(AssignmentFilter filter, PageRequest page) {
        AssignmentFilter effective = filter == null ? AssignmentFilter.ALL : filter;
        return store.read(repos -> {
            Page<AssignmentEntity> found = repos.assignments().search(effective, page);
            // the page's specialists in one query, not one lookup per row
            Map<Long, SpecialistEntity> people = repos.specialists().byIds(found.items().stream()
                    .map(AssignmentEntity::getSpecialistId).collect(Collectors.toSet())).stream()
                    .collect(Collectors.toMap(SpecialistEntity::getId, Function.identity()));
            return found.map(a -> toRecord(a, Optional.ofNullable(people.get(a.getSpecialistId()))));
        });
    }

    @Override
    public Assignment get(long id) {
        return store.read(repos -> toRecord(repos, find(repos, id)));
    }

    @Override
    public Assignment create(Actor actor, AssignmentDraft draft) {
        Objects.requireNonNull(actor, "actor");
        validate(draft);
        String county = draft.county().strip();
        Scopes.requireCounty(actor, county, "dispatch specialists to county '" + county + "'");
        Assignment created = store.write(repos -> {
            Instant now = Instant.now(clock);
            AssignmentEntity assignment = new AssignmentEntity(now);
            String reason = apply(tiers, modules, DispatchRegister.of(repos), actor, draft, assignment, null);
            assignment.setSample(actor.writesSample());
            repos.assignments().add(assignment);
            return WRITE.created(repos, actor, now, assignment, reason);
        });
        LOG.info("{} dispatched specialist {} to {} for {} ({}, assignment {})", actor.username(),
                created.specialistId(), created.county(), created.year(), created.level(), created.id());
        return created;
    }

    @Override
    public Assignment update(Actor actor, long id, long expectedVersion, AssignmentDraft draft) {
        Objects.requireNonNull(actor, "actor");
        validate(draft);
        String county = draft.county().strip();
        Scopes.requireCounty(actor, county, "dispatch specialists to county '" + county + "'");
        Assignment updated = store.write(repos -> {
            AssignmentEntity assignment = find(repos, id);
            requireCountySide(actor, assignment);
            return WRITE.update(repos, actor, Instant.now(clock), assignment, expectedVersion, "update",
                    changed -> apply(tiers, modules, DispatchRegister.of(repos), actor, draft, changed, id));
        });
        LOG.info("{} updated assignment {}", actor.username(), id);
        return updated;
    }

    @Override
    public void delete(Actor actor, long id, long expectedVersion) {
        Objects.requireNonNull(actor, "actor");
        store.write(repos -> {
            AssignmentEntity assignment = find(repos, id);
            requireCountySide(actor, assignment);
            WRITE.delete(repos, actor, Instant.now(clock), assignment, expectedVersion, repos.assignments()::remove);
            return null;
        });
        LOG.info("{} deleted assignment {}", actor.username(), id);
    }

    /**
     * Checks the draft against the register and R-REC-3 and copies it into the entity: for the single writes and, with
     * a register preloaded per chunk and holding the file's earlier rows, for the bulk import.
     *
     * @return the exception reason recorded for R-REC-3, or null when none was needed
     */
    static String apply(SpecialistTiers tiers, PolicyModules modules, DispatchRegister register, Actor actor,
                        AssignmentDraft draft, AssignmentEntity assignment, Long self) {
        String county = draft.county().strip();
        FieldErrors errors = new FieldErrors();
        Optional<CountyEntity> countyEntity = register.county(county);
        if (countyEntity.isEmpty()) {
            errors.add("county", "no county has code '" + county + "'");
        }
        Optional<SpecialistEntity> specialist = register.specialist(draft.specialistId());
        specialist.ifPresent(s -> Exited.refuse(s, "be dispatched"));
        if (specialist.isEmpty()) {
            errors.add("specialistId", "no specialist has id " + draft.specialistId());
        } else if (!SpecialistStatus.ACTIVE.name().equals(specialist.get().getStatus())) {
            // R-REC-2: dispatch comes after appointment; a candidate dispatched early is a step out of order
            throw new RuleViolationException("R-REC-2", "specialist " + draft.specialistId() + " is "
                    + specialist.get().getStatus() + "; only appointed (ACTIVE) specialists are dispatched");
        }
        List<String> industries = FieldErrors.stripped(draft.industries());
        countyEntity.ifPresent(c -> {
            for (int i = 0; i < industries.size(); i++) {
                if (!c.getLeadingIndustries().contains(industries.get(i))) {
                    errors.add("industries[" + i + "]", "'" + industries.get(i) + "' is not a leading industry of "
                            + c.getNameZh() + "; it has " + c.getLeadingIndustries());
                }
            }
        });
        errors.throwIfAny();
        requireTierAccepted(tiers, modules, draft, county, specialist.get().getTierId(), assignment, self);
        String tierId = specialist.get().getTierId();
        Optional<SupportLevel> tierLevel = tiers.tier(tierId).flatMap(tier -> Optional.ofNullable(
                PluginCalls.onCallerThread().call(tierId, tier::supportLevel).value()));
        SupportLevel level = draft.level() != null ? draft.level() : tierLevel.orElseThrow(() -> ValidationException.of(
                "level", "the specialist's tier '" + specialist.get().getTierId() + "' is not loaded, so its level of"
                        + " support is unknown; give the level explicitly"));
        if (!actor.isCity() && level != SupportLevel.COUNTY && !tierLevel.equals(Optional.of(level))) {
            // a county commits its own support (COUNTY) or the tier's; naming another government's level would also
            // sidestep R-REC-3
            throw new ForbiddenException(Actor.ROLE_CITY, "A county dispatches at its own (COUNTY) level or the"
                    + " specialist's tier's (" + tierLevel.map(Enum::name).orElse("unknown") + "); only the city"
                    + " programme office may name " + level);
        }
        int year = draft.year();
        long specialistId = draft.specialistId();
        register.ofSpecialist(specialistId, year).stream()
                .filter(other -> (self == null || other.getId() != self) && other.getCountyCode().equals(county))
                .findFirst().ifPresent(other -> {
                    throw new ConflictException("Specialist " + specialistId + " is already dispatched to '" + county
                            + "' for " + year + " (" + register.name(other) + ")");
                });
        String reason = doubleSupportException(register, actor, draft, level, assignment, self);
        assignment.setSpecialistId(specialistId);
        assignment.setCountyCode(county);
        assignment.setYear(year);
        assignment.setLevel(level.name());
        assignment.setIndustries(industries);
        assignment.setRecipients(FieldErrors.stripped(draft.recipients()));
        assignment.setExceptionReason(reason == null ? "" : reason);
        return reason;
    }

    /**
     * R-TIER-1: a unit's own tier is its own business, and a county's choice to accept; a specialist of a plug-in tier
     * is dispatched only to a county that switched the tier module on. Checked when the specialist or the county of a
     * dispatch is set, so that a county switching a tier off later can still correct its existing assignments. A
     * tier that is not loaded is left to the explicit level the draft must then give: without its plug-in Tepai cannot
     * tell what it is.
     */
    private static void requireTierAccepted(SpecialistTiers tiers, PolicyModules modules, AssignmentDraft draft,
                                            String county, String tierId, AssignmentEntity current, Long self) {
        boolean newDispatch = self == null || current.getSpecialistId() != draft.specialistId()
                || !county.equals(current.getCountyCode());
        if (newDispatch && tiers.tier(tierId).isPresent() && !modules.tierAllowedIn(tierId, county)) {
            throw new RuleViolationException("R-TIER-1", "specialist " + draft.specialistId() + " is of tier '" + tierId
                    + "', a plug-in tier that county '" + county + "' has not switched on; the city office or the"
                    + " county switches it on with the console command tepai:module-enable " + county + " " + tierId,
                    List.of(new FieldError("specialistId", "is of tier '" + tierId + "', not accepted in '" + county
                            + "'")));
        }
    }

    /**
     * R-REC-3: the city and a county level do not both support the same specialist in one year. The city office
     * may still allow it by recording a reason. An exception once recorded covers the pair: editing either
     * assignment later (recipients, industries) needs no new reason as long as specialist, year and level stay.
     *
     * @return the reason kept on this assignment, else null
     */
    private static String doubleSupportException(DispatchRegister register, Actor actor, AssignmentDraft draft,
                                                 SupportLevel level, AssignmentEntity current, Long self) {
        if (!DOUBLE_SUPPORT.contains(level)) {
            return null;
        }
        List<AssignmentEntity> clashes = register.ofSpecialist(draft.specialistId(), draft.year())
                .stream()
                .filter(other -> self == null || other.getId() != self)
                .filter(other -> DOUBLE_SUPPORT.contains(SupportLevel.valueOf(other.getLevel()))
                        && !other.getLevel().equals(level.name()))
                .toList();
        if (clashes.isEmpty()) {
            return null;
        }
        boolean sameKey = self != null && current.getSpecialistId() == draft.specialistId()
                && current.getYear() == draft.year() && current.getLevel().equals(level.name());
        if (sameKey && !current.getExceptionReason().isEmpty()) {
            return current.getExceptionReason();
        }
        if (clashes.stream().allMatch(other -> !other.getExceptionReason().isEmpty())) {
            return null;
        }
        AssignmentEntity other = clashes.stream().filter(c -> c.getExceptionReason().isEmpty()).findFirst()
                .orElseThrow();
        String reason = draft.exceptionReason() == null ? "" : draft.exceptionReason().strip();
        if (reason.isEmpty()) {
            throw new RuleViolationException("R-REC-3", "specialist " + draft.specialistId() + " is already supported"
                    + " at " + other.getLevel() + " level in " + draft.year() + " (" + register.name(other)
                    + " to '" + other.getCountyCode() + "'); the city and a county level do not both support one"
                    + " specialist in a year unless the city office records an exception with a reason",
                    List.of(new FieldError("exceptionReason", "is required to support the specialist at " + level
                            + " level as well")));
        }
        if (!actor.isCity()) {
            throw new ForbiddenException(Actor.ROLE_CITY, "Only the city programme office may record an exception"
                    + " to R-REC-3 (double support of specialist " + draft.specialistId() + " in " + draft.year()
                    + ")");
        }
        return reason;
    }

    static void validate(AssignmentDraft draft) {
        if (draft == null) {
            throw ValidationException.of("body", "an assignment is required");
        }
        new FieldErrors()
                .required("specialistId", draft.specialistId())
                .text("county", draft.county(), 32)
                .year("year", draft.year())
                .items("industries", draft.industries(), 20, 128)
                .items("recipients", draft.recipients(), 50, 256)
                .optionalText("exceptionReason", draft.exceptionReason(), 2000)
                .throwIfAny();
    }

    private static void requireCountySide(Actor actor, AssignmentEntity assignment) {
        Scopes.requireCounty(actor, assignment.getCountyCode(), "change assignment " + assignment.getId()
                + " to county '" + assignment.getCountyCode() + "'");
    }

    private static AssignmentEntity find(Repositories repos, long id) {
        return repos.assignments().find(id).orElseThrow(() -> new NotFoundException(ENTITY, id));
    }

    static Assignment toRecord(Repositories repos, AssignmentEntity e) {
        return toRecord(e, repos.specialists().find(e.getSpecialistId()));
    }

    /** The same with the specialist already read (for lists that read them in one query). */
    static Assignment toRecord(AssignmentEntity e, Optional<SpecialistEntity> specialist) {
        return new Assignment(e.getId(), e.getSpecialistId(), specialist.map(SpecialistEntity::getName).orElse(""),
                specialist.map(SpecialistEntity::getUnitCode).orElse(""), e.getCountyCode(), e.getYear(),
                SupportLevel.valueOf(e.getLevel()), e.getIndustries(), e.getRecipients(), e.getExceptionReason(),
                e.isSample(), e.getVersion(), e.getCreatedAt());
    }
}
