package io.tepai.api.team;

import java.time.Instant;
import java.util.List;

/**
 * One agreed task of an agreement and where it stands (R-SVC-2, R-TEAM-2).
 *
 * @param number         the task's position in the agreement, from 1: how it is named when its fulfilment is recorded
 * @param task           the task as agreed
 * @param fulfilment     what the county recorded; null while the task is open
 * @param evidenceLogIds confirmed service logs of the team's members in the county that show it
 * @param note           the county's note, e.g. what was seen on site; empty when none
 * @param recordedBy     the account that recorded the fulfilment; null while open
 * @param recordedAt     when; null while open
 */
public record AgreementTask(int number, String task, TaskFulfilment fulfilment, List<Long> evidenceLogIds,
                            String note, String recordedBy, Instant recordedAt) {

    public AgreementTask {
        evidenceLogIds = List.copyOf(evidenceLogIds);
    }

    /** Nothing recorded yet, or recorded as not (fully) fulfilled. */
    public boolean open() {
        return fulfilment != TaskFulfilment.FULFILLED;
    }
}
