package io.tepai.core.roster;

import io.tepai.api.Actor;
import io.tepai.api.ConflictException;
import io.tepai.api.calendar.ProgrammeCalendar;
import io.tepai.api.roster.RosterOutcome;
import io.tepai.api.specialist.SpecialistStatus;
import io.tepai.api.specialist.TermSource;
import io.tepai.core.audit.AuditedWrite;
import io.tepai.core.specialist.Terms;
import io.tepai.store.Repositories;
import io.tepai.store.entity.RosterEntity;
import io.tepai.store.entity.RosterEntryEntity;
import io.tepai.store.entity.SpecialistEntity;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What confirming a roster does (R-REC-4), inside the confirmation's transaction, a page of entries at a time: each
 * renewed specialist gets a term (聘期) for the roster year (unless a term covers the whole year already), each
 * exiting one becomes EXITED. Each change is audited with the roster it comes from.
 */
final class RosterConfirmation {

    private static final AuditedWrite<SpecialistEntity, SpecialistStanding> STANDING_WRITE = AuditedWrite.of("Specialist",
            SpecialistEntity::getId, s -> new SpecialistStanding(s.getId(), s.getName(), s.getUnitCode(),
                    SpecialistStatus.valueOf(s.getStatus())));

    private final ProgrammeCalendar calendar;

    RosterConfirmation(ProgrammeCalendar calendar) {
        this.calendar = calendar;
    }

    /** @return what was done, for the roster's audit record */
    String apply(Repositories repos, Actor actor, Instant at, RosterEntity roster) {
        long stale = repos.rosters().staleCount(roster.getId());
        if (stale > 0) {
            throw new ConflictException("The roster of " + roster.getYear() + " is out of date: " + stale
                    + " specialist(s) were appointed or left since it was prepared; prepare it again, then confirm");
        }
        int year = roster.getYear();
        LocalDate first = calendar.firstDay(year);
        LocalDate last = calendar.lastDay(year);
        long renewed = 0;
        long exited = 0;
        long after = 0;
        while (true) {
            List<RosterEntryEntity> page = repos.rosters().entriesAfter(roster.getId(), List.of(
                    RosterOutcome.PRIORITY_RENEWAL.name(), RosterOutcome.RENEWAL_BY_REVIEW.name(),
                    RosterOutcome.EXIT.name()), after, RosterPreparation.PAGE);
            if (page.isEmpty()) {
                break;
            }
            List<Long> ids = page.stream().map(RosterEntryEntity::getSpecialistId).toList();
            Map<Long, SpecialistEntity> specialists = repos.specialists().byIds(ids).stream()
                    .collect(Collectors.toMap(SpecialistEntity::getId, Function.identity()));
            Set<Long> covered = repos.rosters().termCovering(ids, first, last);
            for (RosterEntryEntity entry : page) {
                String why = "R-REC-4: roster of " + year + ", " + entry.getOutcome()
                        + (entry.getAdjustedAt() == null ? "" : " (adjusted: " + entry.getAdjustReason() + ")");
                if (RosterOutcome.EXIT.name().equals(entry.getOutcome())) {
                    STANDING_WRITE.update(repos, actor, at, specialists.get(entry.getSpecialistId()),
                            specialists.get(entry.getSpecialistId()).getVersion(), "exit", s -> {
                                s.setStatus(SpecialistStatus.EXITED.name());
                                return why;
                            });
                    exited++;
                } else if (!covered.contains(entry.getSpecialistId())) {
                    Terms.record(repos, actor, at, entry.getSpecialistId(), first, last, TermSource.RENEWAL, null,
                            why);
                    renewed++;
                }
            }
            after = page.get(page.size() - 1).getId();
        }
        return "R-REC-4: " + renewed + " term(s) renewed for " + year + ", " + exited + " specialist(s) exited";
    }
}
