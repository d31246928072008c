package io.tepai.api.audit;

import java.time.Instant;
import java.util.Map;

/**
 * One write, as the audit trail keeps it. Records cannot be changed or deleted through any interface.
 *
 * @param id       sequence number
 * @param at       when the write was committed
 * @param actor    who: username, or {@code system:<what>}
 * @param scope    the role and scope the actor acted in, e.g. {@code county:wuzhi}
 * @param entity   kind of record, e.g. {@code Specialist}
 * @param entityId the record's id
 * @param action   {@code create}, {@code update}, {@code delete}, or a specific action such as {@code disable}
 * @param changes  for each changed field its value before and after (null when absent)
 * @param reason   the reason a rule demands, e.g. for an eligibility exception; empty otherwise
 */
public record AuditRecord(long id, Instant at, String actor, String scope, String entity, String entityId,
                          String action, Map<String, FieldChange> changes, String reason) {

    /** A field's value before and after the write, as text. */
    public record FieldChange(String before, String after) {
    }
}
