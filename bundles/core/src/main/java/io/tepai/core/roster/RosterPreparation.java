package io.tepai.core.roster;

import io.tepai.api.evaluation.Renewal;
import io.tepai.api.roster.CountyNeed;
import io.tepai.api.roster.Wish;
import io.tepai.spi.evaluation.Grade;
import io.tepai.store.Repositories;
import io.tepai.store.entity.RosterCountyRequestEntity;
import io.tepai.store.entity.RosterEntryEntity;
import io.tepai.store.entity.SpecialistEntity;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Prepares a draft roster's entries from the inputs as they are now, a page of appointed specialists at a time: for
 * each page one query per input (dispatch of the year before, its published results, wishes, counties' requests,
 * the entries already there), never one per specialist, and the page is let go before the next is read.
 */
final class RosterPreparation {

    /** Specialists per page. */
    static final int PAGE = 200;

    private RosterPreparation() {
    }

    /** @return how many specialists the roster holds now */
    static long prepare(Repositories repos, long rosterId, int year) {
        repos.rosters().removeEntriesOfInactive(rosterId);
        long after = 0;
        long count = 0;
        while (true) {
            List<SpecialistEntity> page = repos.rosters().activeAfter(after, PAGE);
            if (page.isEmpty()) {
                return count;
            }
            preparePage(repos, rosterId, year, page);
            count += page.size();
            after = page.get(page.size() - 1).getId();
            repos.flushAndClear();
        }
    }

    private static void preparePage(Repositories repos, long rosterId, int year, List<SpecialistEntity> page) {
        int evaluated = year - 1;
        List<Long> ids = page.stream().map(SpecialistEntity::getId).toList();
        Map<Long, List<String>> served = repos.rosters().servedCounties(evaluated, ids);
        Map<String, List<Object[]>> results = repos.rosters().publishedResults(evaluated,
                ids.stream().map(String::valueOf).toList()).stream().collect(Collectors.groupingBy(r -> (String) r[0]));
        Map<Long, String> wishes = new HashMap<>();
        repos.rosters().wishesOf(year, ids).forEach(w -> wishes.put(w.getSpecialistId(), w.getWish()));
        Map<Long, List<RosterCountyRequestEntity>> requests = repos.rosters().requestsOf(year, ids).stream()
                .collect(Collectors.groupingBy(RosterCountyRequestEntity::getSpecialistId));
        Map<Long, RosterEntryEntity> entries = repos.rosters().entriesOf(rosterId, ids).stream()
                .collect(Collectors.toMap(RosterEntryEntity::getSpecialistId, Function.identity()));
        for (SpecialistEntity specialist : page) {
            List<String> evaluations = new ArrayList<>();
            List<Renewal> proposals = new ArrayList<>();
            for (Object[] result : results.getOrDefault(String.valueOf(specialist.getId()), List.of())) {
                Grade grade = Grade.valueOf((String) result[2]);
                Renewal renewal = result[3] == null ? null : Renewal.valueOf((String) result[3]);
                evaluations.add(result[1] + " " + grade.nameZh() + " " + grade + (renewal == null ? "" : " → "
                        + renewal) + " (round " + result[4] + ")");
                if (renewal != null) {
                    proposals.add(renewal);
                }
            }
            List<RosterCountyRequestEntity> asked = requests.getOrDefault(specialist.getId(), List.of());
            List<String> keep = counties(asked, CountyNeed.KEEP);
            List<String> release = counties(asked, CountyNeed.RELEASE);
            String wish = wishes.get(specialist.getId());
            Renewal proposal = RosterRule.cautious(proposals);
            RosterRule.Decision decision = RosterRule.decide(proposal, evaluated,
                    wish == null ? null : Wish.valueOf(wish), keep, release);
            RosterEntryEntity entry = entries.get(specialist.getId());
            if (entry == null) {
                entry = repos.rosters().add(new RosterEntryEntity(rosterId, specialist.getId()));
            }
            entry.prepared(specialist.getName(), specialist.getUnitCode(),
                    served.getOrDefault(specialist.getId(), List.of()), evaluations,
                    proposal == null ? null : proposal.name(), wish, keep, release, decision.outcome().name(),
                    decision.reasons());
        }
    }

    private static List<String> counties(List<RosterCountyRequestEntity> requests, CountyNeed need) {
        return requests.stream().filter(r -> need.name().equals(r.getRequest()))
                .map(RosterCountyRequestEntity::getCountyCode).toList();
    }
}
