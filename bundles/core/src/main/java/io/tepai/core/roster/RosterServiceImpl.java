package io.tepai.core.roster;

import io.tepai.api.Actor;
import io.tepai.api.ConflictException;
import io.tepai.api.NotFoundException;
import io.tepai.api.Page;
import io.tepai.api.PageRequest;
import io.tepai.api.RuleViolationException;
import io.tepai.api.calendar.ProgrammeCalendar;
import io.tepai.api.evaluation.Renewal;
import io.tepai.api.roster.Roster;
import io.tepai.api.roster.RosterEntry;
import io.tepai.api.roster.RosterEntryFilter;
import io.tepai.api.roster.RosterOutcome;
import io.tepai.api.roster.RosterService;
import io.tepai.api.roster.RosterStatus;
import io.tepai.api.roster.Wish;
import io.tepai.core.access.Scopes;
import io.tepai.core.audit.AuditedWrite;
import io.tepai.core.validation.FieldErrors;
import io.tepai.store.Repositories;
import io.tepai.store.Store;
import io.tepai.store.entity.RosterEntity;
import io.tepai.store.entity.RosterEntryEntity;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The roster of a programme year (R-REC-4): the city office prepares it (again, as often as the inputs change, while
 * it is a draft), adjusts entries with a reason, and confirms it ({@link RosterConfirmation}). Every step audited.
 */
@Component(service = RosterService.class)
public class RosterServiceImpl implements RosterService {

    private static final Logger LOG = LoggerFactory.getLogger(RosterServiceImpl.class);
    private static final AuditedWrite<RosterEntity, Roster> ROSTER_WRITE = AuditedWrite.reading("Roster",
            RosterEntity::getYear, RosterServiceImpl::toRecord);
    private static final AuditedWrite<RosterEntryEntity, RosterEntry> ENTRY_WRITE = AuditedWrite.reading(
            "RosterEntry", RosterEntryEntity::getId, RosterServiceImpl::toRecord).shownAs("Roster entry");

    private final Store store;
    private final ProgrammeCalendar calendar;
    private final RosterConfirmation confirmation;
    private final Clock clock;

    @Activate
    public RosterServiceImpl(@Reference Store store, @Reference ProgrammeCalendar calendar) {
        this(store, calendar, Clock.systemUTC());
    }

    RosterServiceImpl(Store store, ProgrammeCalendar calendar, Clock clock) {
        this.store = store;
        this.calendar = calendar;
        this.confirmation = new RosterConfirmation(calendar);
        this.clock = clock;
    }

    @Override
    public Roster prepare(Actor actor, Integer asked, Long expectedVersion) {
        Objects.requireNonNull(actor, "actor");
        int year = RosterYears.orNext(calendar, asked);
        Scopes.requireCity(actor, "prepare the roster (R-REC-4)");
        RosterYears.requireOpen(calendar, year);
        Roster prepared = store.write(repos -> {
            Instant now = Instant.now(clock);
            var existing = repos.rosters().roster(year);
            if (expectedVersion == null) {
                if (existing.isPresent()) {
                    throw new ConflictException("The roster of " + year + " is prepared (version "
                            + existing.get().getVersion() + "); send that version to prepare it again");
                }
                RosterEntity roster = new RosterEntity(year, RosterStatus.DRAFT.name());
                roster.prepared(actor.username(), now);
                roster.setSample(actor.writesSample());
                long id = repos.rosters().add(roster).getId();
                long count = RosterPreparation.prepare(repos, id, year);
                RosterEntity again = find(repos, year);
                return ROSTER_WRITE.created(repos, actor, now, again, "prepared from " + count + " appointed"
                        + " specialists");
            }
            RosterEntity roster = existing.orElseThrow(() -> noRoster(year));
            ROSTER_WRITE.checkVersion(roster, expectedVersion);
            requireDraft(roster);
            long count = RosterPreparation.prepare(repos, roster.getId(), year);
            return ROSTER_WRITE.update(repos, actor, now, find(repos, year), expectedVersion, "prepare", row -> {
                row.prepared(actor.username(), now);
                return "prepared again from " + count + " appointed specialists";
            });
        });
        LOG.info("{} prepared the roster of {}: {}", actor.username(), year, prepared.outcomes());
        return prepared;
    }

    @Override
    public Roster roster(Actor actor, Integer asked) {
        Objects.requireNonNull(actor, "actor");
        int year = RosterYears.orNext(calendar, asked);
        return store.read(repos -> toRecord(repos, find(repos, year)));
    }

    @Override
    public Page<RosterEntry> entries(Actor actor, Integer asked, RosterEntryFilter filter, PageRequest page) {
        int year = RosterYears.orNext(calendar, asked);
        RosterEntryFilter scoped = RosterScope.narrow(actor, filter == null ? RosterEntryFilter.ALL : filter);
        return store.read(repos -> {
            RosterEntity roster = find(repos, year);
            return repos.rosters().entries(roster.getId(), scoped.outcome() == null ? null : scoped.outcome().name(),
                    scoped.unit(), scoped.county(), year - 1, scoped.specialistId(), page)
                    .map(entry -> toRecord(entry, year));
        });
    }

    @Override
    public RosterEntry entry(Actor actor, long id) {
        return store.read(repos -> {
            RosterEntryEntity entry = findEntry(repos, id);
            RosterEntity roster = rosterOf(repos, entry);
            RosterScope.requireReadable(actor, entry);
            return toRecord(entry, roster.getYear());
        });
    }

    @Override
    public RosterEntry adjust(Actor actor, long entryId, long expectedVersion, RosterOutcome outcome, String reason) {
        Objects.requireNonNull(actor, "actor");
        String why = reason == null ? "" : reason.strip();
        new FieldErrors().required("outcome", outcome).text("reason", why, 1000).throwIfAny();
        Scopes.requireCity(actor, "adjust the roster (R-REC-4)");
        RosterEntry adjusted = store.write(repos -> {
            RosterEntryEntity entry = findEntry(repos, entryId);
            requireDraft(rosterOf(repos, entry));
            Instant now = Instant.now(clock);
            return ENTRY_WRITE.update(repos, actor, now, entry, expectedVersion, "adjust", row -> {
                row.adjust(outcome.name(), why, actor.username(), now);
                return why;
            });
        });
        LOG.info("{} adjusted roster entry {} of specialist {} to {}", actor.username(), entryId,
                adjusted.specialistId(), outcome);
        return adjusted;
    }

    @Override
    public Roster confirm(Actor actor, Integer asked, long expectedVersion) {
        Objects.requireNonNull(actor, "actor");
        int year = RosterYears.orNext(calendar, asked);
        Scopes.requireCity(actor, "confirm the roster (R-REC-4)");
        Roster confirmed = store.write(repos -> {
            RosterEntity roster = find(repos, year);
            Instant now = Instant.now(clock);
            return ROSTER_WRITE.update(repos, actor, now, roster, expectedVersion, "confirm", row -> {
                requireDraft(row);
                String done = confirmation.apply(repos, actor, now, row);
                row.confirmed(RosterStatus.CONFIRMED.name(), actor.username(), now);
                return done;
            });
        });
        LOG.info("{} confirmed the roster of {}: {}", actor.username(), year, confirmed.outcomes());
        return confirmed;
    }

    /** R-REC-4: the roster is final once confirmed. */
    private static void requireDraft(RosterEntity roster) {
        if (!RosterStatus.DRAFT.name().equals(roster.getStatus())) {
            throw new RuleViolationException("R-REC-4", "the roster of " + roster.getYear() + " was confirmed by "
                    + roster.getConfirmedBy() + " on " + roster.getConfirmedAt() + " and no longer changes");
        }
    }

    private static RosterEntity find(Repositories repos, int year) {
        return repos.rosters().roster(year).orElseThrow(() -> noRoster(year));
    }

    private static NotFoundException noRoster(int year) {
        return new NotFoundException("No roster of " + year + " is prepared yet; the city office prepares it first");
    }

    private static RosterEntryEntity findEntry(Repositories repos, long id) {
        return repos.rosters().entry(id).orElseThrow(() -> new NotFoundException("Roster entry", id));
    }

    private static RosterEntity rosterOf(Repositories repos, RosterEntryEntity entry) {
        return repos.rosters().rosterById(entry.getRosterId()).orElseThrow(() -> new NotFoundException("Roster",
                entry.getRosterId()));
    }

    static Roster toRecord(Repositories repos, RosterEntity row) {
        Map<RosterOutcome, Long> outcomes = new EnumMap<>(RosterOutcome.class);
        for (RosterOutcome outcome : RosterOutcome.values()) {
            outcomes.put(outcome, 0L);
        }
        repos.rosters().outcomeCounts(row.getId()).forEach((outcome, n) -> outcomes.put(RosterOutcome.valueOf(outcome), n));
        long total = outcomes.values().stream().mapToLong(Long::longValue).sum();
        return new Roster(row.getId(), row.getYear(), RosterStatus.valueOf(row.getStatus()), outcomes, total,
                repos.rosters().adjustedCount(row.getId()), row.getPreparedBy(), row.getPreparedAt(),
                row.getConfirmedBy(), row.getConfirmedAt(), row.isSample(), row.getVersion());
    }

    static RosterEntry toRecord(Repositories repos, RosterEntryEntity row) {
        return toRecord(row, repos.rosters().rosterById(row.getRosterId()).map(RosterEntity::getYear).orElse(0));
    }

    private static RosterEntry toRecord(RosterEntryEntity row, int year) {
        return new RosterEntry(row.getId(), year, row.getSpecialistId(), row.getSpecialistName(), row.getUnitCode(),
                row.getServedCounties(), row.getEvaluations(),
                row.getProposal() == null ? null : Renewal.valueOf(row.getProposal()),
                row.getWish() == null ? null : Wish.valueOf(row.getWish()), row.getKeepBy(), row.getReleaseBy(),
                RosterOutcome.valueOf(row.getComputedOutcome()), RosterOutcome.valueOf(row.getOutcome()),
                row.getReasons(), row.getAdjustReason(), row.getAdjustedBy(), row.getAdjustedAt(), row.getVersion());
    }
}
