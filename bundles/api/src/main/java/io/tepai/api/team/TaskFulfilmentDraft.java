package io.tepai.api.team;

import java.util.List;

/**
 * A county's record of one task's fulfilment. {@code FULFILLED} and {@code PARTLY} need evidence: at least one log
 * or a note.
 *
 * @param fulfilment     required
 * @param evidenceLogIds confirmed logs of the team's members in the agreement's county within its term; may be empty
 * @param note           what the county saw, at most 2000 characters; may be empty
 */
public record TaskFulfilmentDraft(TaskFulfilment fulfilment, List<Long> evidenceLogIds, String note) {
}
