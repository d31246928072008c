package io.tepai.core.specialist;

import io.tepai.api.Actor;
import io.tepai.api.ConflictException;
import io.tepai.api.FieldError;
import io.tepai.api.ForbiddenException;
import io.tepai.api.NotFoundException;
import io.tepai.api.Page;
import io.tepai.api.PageRequest;
import io.tepai.api.RuleViolationException;
import io.tepai.api.ValidationException;
import io.tepai.api.specialist.ChainSegment;
import io.tepai.api.specialist.Classification;
import io.tepai.api.specialist.Sector;
import io.tepai.api.specialist.Specialist;
import io.tepai.api.specialist.SpecialistDraft;
import io.tepai.api.specialist.SpecialistFilter;
import io.tepai.api.specialist.SpecialistService;
import io.tepai.api.specialist.SpecialistStatus;
import io.tepai.api.specialist.TermSource;
import io.tepai.core.access.Scopes;
import io.tepai.core.audit.AuditTrail;
import io.tepai.core.tier.TierRegistry;
import io.tepai.core.audit.AuditedWrite;
import io.tepai.core.tier.SpecialistTiers;
import io.tepai.spi.tier.CandidateProfile;
import io.tepai.spi.tier.Degree;
import io.tepai.spi.tier.SpecialistTier;
import io.tepai.spi.tier.TitleLevel;
import io.tepai.store.Repositories;
import io.tepai.store.Store;
import io.tepai.store.entity.SpecialistEntity;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Specialists: validation, references, eligibility (R-ELIG-1) and optimistic locking. */
@Component(service = SpecialistService.class)
public class SpecialistServiceImpl implements SpecialistService {

    private static final Logger LOG = LoggerFactory.getLogger(SpecialistServiceImpl.class);
    private static final String ENTITY = "Specialist";
    private static final AuditedWrite<SpecialistEntity, Specialist> WRITE =
            AuditedWrite.of(ENTITY, SpecialistEntity::getId, SpecialistServiceImpl::toRecord);

    private final Store store;
    private final SpecialistTiers tiers;
    private final Clock clock;

    @Activate
    public SpecialistServiceImpl(@Reference Store store, @Reference SpecialistTiers tiers) {
        this(store, tiers, Clock.systemUTC());
    }

    SpecialistServiceImpl(Store store, SpecialistTiers tiers, Clock clock) {
        this.store = store;
        this.tiers = tiers;
        this.clock = clock;
    }

    @Override
    public Page<Specialist> search(SpecialistFilter filter, PageRequest page) {
        SpecialistFilter effective = filter == null ? SpecialistFilter.ALL : filter;
        return store.read(repos -> repos.specialists().search(effective, page).map(SpecialistServiceImpl::toRecord));
    }

    @Override
    public Specialist get(long id) {
        return store.read(repos -> toRecord(find(repos, id)));
    }

    @Override
    public Specialist create(Actor actor, SpecialistDraft draft) {
        Objects.requireNonNull(actor, "actor");
        checkCreate(actor, draft);
        return insert(actor, draft, (repos, created) -> null);
    }

    /**
     * What a new specialist's draft must pass before the register is consulted, for {@link #create} and the bulk
     * import alike: complete fields, the unit's scope (a unit registers its own), and R-REC-2's status — a unit
     * registers CANDIDATEs only, and nobody writes ACTIVE.
     */
    static void checkCreate(Actor actor, SpecialistDraft draft) {
        SpecialistValidator.validate(draft);
        Scopes.requireUnit(actor, draft.unitCode().strip(), "register specialists of unit '" + draft.unitCode().strip() + "'");
        if (!actor.isCity() && draft.status() != null && draft.status() != SpecialistStatus.CANDIDATE) {
            throw appointmentIsTheCitys();
        }
        if (draft.status() == SpecialistStatus.ACTIVE) {
            throw appointedOnlyBySelection();
        }
    }

    @Override
    public Specialist appointByException(Actor actor, SpecialistDraft draft, LocalDate termStart, LocalDate termEnd,
                                         String reason) {
        Objects.requireNonNull(actor, "actor");
        Scopes.requireCity(actor, "record a specialist appointed outside a selection (R-REC-2)");
        SpecialistValidator.validate(draft);
        Terms.check(termStart, termEnd, reason);
        if (draft.status() != null && draft.status() != SpecialistStatus.ACTIVE) {
            throw ValidationException.of("status", "an appointment by exception makes the specialist ACTIVE; leave "
                    + "status empty or ACTIVE, not " + draft.status());
        }
        SpecialistDraft active = new SpecialistDraft(draft.name(), draft.unitCode(), draft.titleLevel(), draft.title(),
                draft.degree(), draft.fields(), draft.sectors(), draft.chainSegments(), draft.tierId(),
                draft.classification(), draft.counties(), draft.phone(), draft.email(), draft.serviceExperience(),
                draft.eligibilityException(), SpecialistStatus.ACTIVE);
        return insert(actor, active, (repos, created) -> Terms.record(repos, actor, Instant.now(clock),
                created.getId(), termStart, termEnd, TermSource.EXCEPTION, null, reason));
    }

    /** Creates the specialist, lets {@code alongside} write what belongs with it in the same transaction. */
    private Specialist insert(Actor actor, SpecialistDraft draft,
                              BiFunction<Repositories, SpecialistEntity, Object> alongside) {
        Specialist created = store.write(repos -> {
            Set<String> covered = checkReferencesAndEligibility(repos, draft, null);
            Instant now = Instant.now(clock);
            SpecialistEntity entity = new SpecialistEntity(now);
            apply(draft, entity);
            entity.setExceptionProblems(covered);
            entity.setSample(actor.writesSample());
            repos.specialists().add(entity);
            Specialist record = WRITE.created(repos, actor, now, entity, exceptionReason(null, toRecord(entity)));
            alongside.apply(repos, entity);
            return record;
        });
        LOG.info("{} created specialist {} ({}, {})", actor.username(), created.id(), created.name(), created.status());
        return created;
    }

    @Override
    public Specialist update(Actor actor, long id, long expectedVersion, SpecialistDraft draft) {
        Objects.requireNonNull(actor, "actor");
        SpecialistValidator.validate(draft);
        Specialist updated = store.write(repos -> {
            SpecialistEntity entity = find(repos, id);
            Specialist before = toRecord(entity);
            checkMayUpdate(actor, before, draft);
            if (draft.status() == SpecialistStatus.ACTIVE && before.status() != SpecialistStatus.ACTIVE) {
                throw appointedOnlyBySelection();
            }
            return WRITE.update(repos, actor, Instant.now(clock), entity, expectedVersion, "update", changed -> {
                Set<String> covered = checkReferencesAndEligibility(repos, draft, recordedException(changed));
                apply(draft, changed);
                changed.setExceptionProblems(covered);
                return exceptionReason(before, toRecord(changed));
            });
        });
        LOG.info("{} updated specialist {}", actor.username(), id);
        return updated;
    }

    @Override
    public void delete(Actor actor, long id, long expectedVersion) {
        Objects.requireNonNull(actor, "actor");
        store.write(repos -> {
            SpecialistEntity entity = find(repos, id);
            Scopes.requireUnit(actor, entity.getUnitCode(), "remove specialists of unit '" + entity.getUnitCode() + "'");
            WRITE.delete(repos, actor, Instant.now(clock), entity, expectedVersion, removed -> {
                long teams = repos.teams().countMemberships(id);
                long assignments = repos.assignments().countOfSpecialist(id);
                long registrations = repos.intakes().countRegistrationsOf(id);
                if (teams > 0 || assignments > 0 || registrations > 0) {
                    throw new ConflictException(ENTITY + " " + id + " is on " + teams + " teams, has "
                            + assignments + " dispatch assignments and " + registrations + " intake registrations, "
                            + "which keep the record; set the status to EXITED instead");
                }
                Terms.removeAll(repos, actor, Instant.now(clock), id);
                repos.specialists().remove(removed);
            });
            return null;
        });
        LOG.info("{} deleted specialist {}", actor.username(), id);
    }

    /**
     * The city office changes anything; the specialist's unit changes its own specialists but cannot move them to
     * another unit; a specialist changes only the profile fields that are theirs to keep current.
     */
    private static void checkMayUpdate(Actor actor, Specialist current, SpecialistDraft draft) {
        if (actor.isCity()) {
            return;
        }
        if (actor.unit().filter(current.unitCode()::equals).isPresent()) {
            Scopes.requireUnit(actor, draft.unitCode().strip(), "move specialists to unit '" + draft.unitCode().strip() + "'");
            if (draft.status() != null && draft.status() != current.status()) {
                throw appointmentIsTheCitys();
            }
            if (current.status() == SpecialistStatus.ACTIVE) {
                List<String> appointed = ownerOnlyFieldsChanged(current, draft).stream()
                        .filter(APPOINTMENT_FIELDS::contains).toList();
                if (!appointed.isEmpty()) {
                    throw new ForbiddenException(Actor.ROLE_CITY, "Specialist " + current.id() + " is appointed "
                            + "(ACTIVE): the tier, the counties served and the eligibility exception were decided in "
                            + "the city's selection (R-REC-2) and only the city office changes them; the unit may "
                            + "still change contact data, title, fields and experience. Not " + appointed);
                }
            }
            return;
        }
        if (Scopes.isSelf(actor, current.id())) {
            List<String> changed = ownerOnlyFieldsChanged(current, draft);
            if (!changed.isEmpty()) {
                throw new ForbiddenException("unit:" + current.unitCode(), "A specialist may change only phone, "
                        + "email, fields, sectors, chain segments and service experience; not " + changed);
            }
            return;
        }
        throw new ForbiddenException("unit:" + current.unitCode(),
                "Only the city office, unit '" + current.unitCode() + "' or the specialist may change specialist "
                        + current.id());
    }

    /**
     * What the city's selection decided about an appointed specialist (R-REC-2): the tier (and with it funding and
     * threshold), the counties served and the reason an ineligible candidate was admitted (R-ELIG-1).
     */
    private static final Set<String> APPOINTMENT_FIELDS = Set.of("tierId", "counties", "eligibilityException");

    /** R-REC-2: a unit registers candidates; appointing (and ending) a specialist is the city's selection. */
    private static ForbiddenException appointmentIsTheCitys() {
        return new ForbiddenException(Actor.ROLE_CITY, "Only the city office appoints specialists or changes their "
                + "status (R-REC-2); a unit registers candidates (status CANDIDATE)");
    }

    /**
     * R-REC-2: a specialist becomes ACTIVE through an intake's appointment list, or by the city office's documented
     * exception; never by writing the status.
     */
    private static RuleViolationException appointedOnlyBySelection() {
        return new RuleViolationException("R-REC-2", "A specialist becomes ACTIVE only by appointment after an "
                + "intake's selection and public notice (/api/intakes), or by the city office's documented exception "
                + "(POST /api/specialists/appointed-by-exception); not by setting the status",
                List.of(new FieldError("status", "ACTIVE is set by appointment")));
    }

    /** The fields only the unit or the city office may change, that the draft would change. */
    private static List<String> ownerOnlyFieldsChanged(Specialist current, SpecialistDraft draft) {
        List<String> changed = new ArrayList<>();
        if (!current.name().equals(strip(draft.name()))) {
            changed.add("name");
        }
        if (!current.unitCode().equals(strip(draft.unitCode()))) {
            changed.add("unitCode");
        }
        if (current.titleLevel() != draft.titleLevel() || !current.title().equals(strip(draft.title()))) {
            changed.add("title");
        }
        if (current.degree() != draft.degree()) {
            changed.add("degree");
        }
        if (!current.tierId().equals(strip(draft.tierId()))) {
            changed.add("tierId");
        }
        if (current.classification() != draft.classification()) {
            changed.add("classification");
        }
        if (!current.counties().equals(nullToEmpty(draft.counties()).stream().map(String::strip).sorted().toList())) {
            changed.add("counties");
        }
        if (!current.eligibilityException().equals(strip(draft.eligibilityException()))) {
            changed.add("eligibilityException");
        }
        if (draft.status() != null && draft.status() != current.status()) {
            changed.add("status");
        }
        return changed;
    }

    /** R-ELIG-1: an exception is recorded with its reason; the audit trail keeps the reason with the write. */
    private static String exceptionReason(Specialist before, Specialist after) {
        String reason = after.eligibilityException();
        boolean changed = before == null || !before.eligibilityException().equals(reason);
        return changed && !reason.isEmpty() ? "eligibility exception (R-ELIG-1): " + reason : null;
    }

    private static SpecialistEntity find(Repositories repos, long id) {
        return repos.specialists().find(id).orElseThrow(() -> new NotFoundException(ENTITY, id));
    }

    /**
     * The eligibility exception as recorded on the specialist, null if none. One recorded before its problems were
     * stored (V008) covers what the specialist fell short of when it was written, i.e. before this change.
     */
    private EligibilityRule.Recorded recordedException(SpecialistEntity entity) {
        if (entity.getEligibilityException().isEmpty()) {
            return null;
        }
        Set<String> covers = entity.getExceptionProblems();
        if (covers.isEmpty()) {
            covers = new LinkedHashSet<>(EligibilityRule.problems(new CandidateProfile(entity.getUnitCode(),
                    TitleLevel.valueOf(entity.getTitleLevel()), Degree.valueOf(entity.getDegree()),
                    !isBlank(entity.getServiceExperience()), entity.getClassification()),
                    tiers.tier(entity.getTierId()).orElse(null)));
        }
        return new EligibilityRule.Recorded(entity.getEligibilityException(), covers);
    }

    /** Checks the draft's references and R-ELIG-1; returns the shortfalls its eligibility exception covers. */
    private Set<String> checkReferencesAndEligibility(Repositories repos, SpecialistDraft draft,
                                                      EligibilityRule.Recorded recorded) {
        return checkReferencesAndEligibility(tiers, code -> repos.units().find(code).isPresent(),
                code -> repos.counties().find(code).isPresent(), draft, recorded);
    }

    /**
     * The same against units and counties looked up as the caller likes: the bulk import knows them all after one
     * query each, and must not ask the database per row.
     */
    static Set<String> checkReferencesAndEligibility(SpecialistTiers tiers, Predicate<String> unitExists,
                                                     Predicate<String> countyExists, SpecialistDraft draft,
                                                     EligibilityRule.Recorded recorded) {
        List<FieldError> errors = new ArrayList<>();
        if (!unitExists.test(draft.unitCode().strip())) {
            errors.add(new FieldError("unitCode", "no dispatching unit has code '" + draft.unitCode().strip() + "'"));
        }
        for (String county : nullToEmpty(draft.counties())) {
            if (!countyExists.test(county.strip())) {
                errors.add(new FieldError("counties", "no county has code '" + county.strip() + "'"));
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        SpecialistTier tier = tiers.tier(draft.tierId().strip()).orElseThrow(() -> new RuleViolationException(
                "R-TIER-1", "No specialist tier '" + draft.tierId().strip() + "' is registered; see /api/tiers",
                List.of(new FieldError("tierId", "unknown tier"))));
        CandidateProfile candidate = new CandidateProfile(draft.unitCode().strip(), draft.titleLevel(),
                draft.degree(), !isBlank(draft.serviceExperience()),
                draft.classification() == null ? null : draft.classification().name());
        return EligibilityRule.check(candidate, tier, draft.eligibilityException(), recorded);
    }

    static void apply(SpecialistDraft draft, SpecialistEntity entity) {
        entity.setName(draft.name().strip());
        entity.setUnitCode(draft.unitCode().strip());
        entity.setTitleLevel(draft.titleLevel().name());
        entity.setTitle(strip(draft.title()));
        entity.setDegree(draft.degree().name());
        entity.setFields(draft.fields().stream().map(String::strip).distinct().toList());
        entity.setSectors(names(draft.sectors()));
        entity.setChainSegments(names(draft.chainSegments()));
        entity.setTierId(draft.tierId().strip());
        entity.setClassification(draft.classification().name());
        entity.setCounties(nullToEmpty(draft.counties()).stream().map(String::strip)
                .collect(Collectors.toCollection(TreeSet::new)));
        entity.setPhone(strip(draft.phone()));
        entity.setEmail(strip(draft.email()));
        entity.setServiceExperience(strip(draft.serviceExperience()));
        entity.setEligibilityException(strip(draft.eligibilityException()));
        if (draft.status() != null) {
            entity.setStatus(draft.status().name());
        } else if (entity.getStatus() == null) {
            entity.setStatus(SpecialistStatus.CANDIDATE.name());
        }
    }

    static Specialist toRecord(SpecialistEntity e) {
        return new Specialist(e.getId(), e.getName(), e.getUnitCode(), TitleLevel.valueOf(e.getTitleLevel()),
                e.getTitle(), Degree.valueOf(e.getDegree()), List.copyOf(e.getFields()),
                enums(Sector.class, e.getSectors()), enums(ChainSegment.class, e.getChainSegments()), e.getTierId(),
                Classification.valueOf(e.getClassification()), e.getCounties().stream().sorted().toList(),
                e.getPhone(), e.getEmail(), e.getServiceExperience(), e.getEligibilityException(),
                SpecialistStatus.valueOf(e.getStatus()), e.isSample(), e.getVersion(), e.getCreatedAt(),
                e.getUpdatedAt());
    }

    private static <E extends Enum<E>> Set<E> enums(Class<E> type, Collection<String> names) {
        Set<E> values = EnumSet.noneOf(type);
        names.forEach(name -> values.add(Enum.valueOf(type, name)));
        return values;
    }

    private static Set<String> names(Set<? extends Enum<?>> values) {
        Set<String> names = new LinkedHashSet<>();
        if (values != null) {
            values.stream().sorted().forEach(value -> names.add(value.name()));
        }
        return names;
    }

    private static <T> List<T> nullToEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    private static String strip(String value) {
        return value == null ? "" : value.strip();
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
