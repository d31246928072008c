package io.tepai.core.demand;

import io.tepai.api.Page;
import io.tepai.api.demand.Demand;
import io.tepai.api.demand.DemandMatch;
import io.tepai.api.demand.DemandStatus;
import io.tepai.api.demand.DemandStep;
import io.tepai.api.specialist.SpecialistStatus;
import io.tepai.store.Repositories;
import io.tepai.store.entity.DemandEntity;
import io.tepai.store.entity.DemandMatchEntity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Demands and their matches as the API shows them, a page at a time: the names of recipients and experts, the
 * candidate counts and the confirmed experts are each read once per page, not once per row.
 */
final class DemandRecords {

    private DemandRecords() {
    }

    /** One demand with its phone (the audit trail's and the writer's view; readers get {@link #page} filtered). */
    static Demand of(Repositories repos, DemandEntity row) {
        return page(repos, new Page<>(List.of(row), 1, 1, 1)).items().get(0);
    }

    static Page<Demand> page(Repositories repos, Page<DemandEntity> rows) {
        List<Long> ids = rows.items().stream().map(DemandEntity::getId).toList();
        Map<Long, Long> candidates = repos.demands().candidateCounts(ids);
        Map<Long, DemandMatchEntity> confirmed = repos.demands().matchesWithIds(rows.items().stream()
                        .map(DemandEntity::getConfirmedMatchId).filter(Objects::nonNull).toList()).stream()
                .collect(Collectors.toMap(DemandMatchEntity::getId, Function.identity()));
        Map<Object, String> recipients = repos.funding().names("Recipient", "id", "name", rows.items().stream()
                .map(DemandEntity::getRecipientId).filter(Objects::nonNull).toList());
        Map<Object, String> experts = repos.funding().names("Specialist", "id", "name", confirmed.values().stream()
                .map(DemandMatchEntity::getSpecialistId).toList());
        return rows.map(row -> {
            DemandMatchEntity match = row.getConfirmedMatchId() == null ? null : confirmed.get(row.getConfirmedMatchId());
            Long specialistId = match == null ? null : match.getSpecialistId();
            return new Demand(row.getId(), row.getCountyCode(), row.getYear(), row.getRecipientId(),
                    row.getRecipientId() == null ? row.getRecipientName() : recipients.get(row.getRecipientId()),
                    row.getIndustry(), row.getNeed(), row.getContactName(), row.getContactPhone(),
                    row.getDesiredFrom(), row.getDesiredTo(), DemandStatus.valueOf(row.getStatus()),
                    candidates.getOrDefault(row.getId(), 0L), row.getConfirmedMatchId(), specialistId,
                    specialistId == null ? null : experts.get(specialistId), row.getAssignmentId(),
                    row.getPublishedAt(), row.isSample(), row.getVersion());
        });
    }

    static DemandMatch match(Repositories repos, DemandMatchEntity row) {
        return matches(repos, new Page<>(List.of(row), 1, 1, 1)).items().get(0);
    }

    static Page<DemandMatch> matches(Repositories repos, Page<DemandMatchEntity> rows) {
        List<Long> experts = rows.items().stream().map(DemandMatchEntity::getSpecialistId).toList();
        Map<Object, String> names = repos.funding().names("Specialist", "id", "name", experts);
        Map<Object, String> units = repos.funding().names("Specialist", "id", "unitCode", experts);
        Map<Object, String> statuses = repos.funding().names("Specialist", "id", "status", experts);
        Map<Long, Long> confirmed = repos.demands().confirmedMatches(rows.items().stream()
                .map(DemandMatchEntity::getDemandId).distinct().toList());
        return rows.map(row -> new DemandMatch(row.getId(), row.getDemandId(), row.getSpecialistId(),
                names.get(row.getSpecialistId()), units.get(row.getSpecialistId()),
                SpecialistStatus.valueOf(statuses.get(row.getSpecialistId())), row.getContactedOn(), row.getNote(),
                row.getRecordedBy(), row.getRecordedAt(), Long.valueOf(row.getId()).equals(
                confirmed.get(row.getDemandId())), row.isSample()));
    }

    /** Every step of the demand with who took it and when, oldest first (its candidate matches included). */
    static List<DemandStep> history(Repositories repos, DemandEntity row) {
        List<DemandMatchEntity> matches = repos.demands().allMatches(row.getId());
        Map<Object, String> names = repos.funding().names("Specialist", "id", "name", matches.stream()
                .map(DemandMatchEntity::getSpecialistId).toList());
        List<DemandStep> steps = new ArrayList<>();
        steps.add(new DemandStep(row.getRecordedAt(), "recorded", row.getRecordedBy(), null, row.getNeed()));
        if (row.getPublishedAt() != null) {
            steps.add(new DemandStep(row.getPublishedAt(), "published", row.getPublishedBy(), null,
                    row.getCountyCode() + " " + row.getYear()));
        }
        for (DemandMatchEntity match : matches) {
            steps.add(new DemandStep(match.getRecordedAt(), "contacted", match.getRecordedBy(), match.getId(),
                    names.get(match.getSpecialistId()) + " (" + match.getContactedOn() + "): " + match.getNote()));
            if (Long.valueOf(match.getId()).equals(row.getConfirmedMatchId())) {
                steps.add(new DemandStep(row.getConfirmedAt(), "confirmed", row.getConfirmedBy(), match.getId(),
                        names.get(match.getSpecialistId())));
            }
        }
        if (row.getServedAt() != null) {
            steps.add(new DemandStep(row.getServedAt(), "served", row.getServedBy(), row.getConfirmedMatchId(),
                    "assignment " + row.getAssignmentId()));
        }
        if (row.getWithdrawnAt() != null) {
            steps.add(new DemandStep(row.getWithdrawnAt(), "withdrawn", row.getWithdrawnBy(), null,
                    row.getWithdrawReason()));
        }
        // stable: steps taken in the same instant keep the timeline's order
        steps.sort(Comparator.comparing(DemandStep::at));
        return List.copyOf(steps);
    }
}
