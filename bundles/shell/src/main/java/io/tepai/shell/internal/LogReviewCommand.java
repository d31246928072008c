package io.tepai.shell.internal;

import io.tepai.api.Actor;
import io.tepai.api.field.ServiceLog;
import io.tepai.api.field.ServiceLogService;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.lifecycle.Reference;

/**
 * log-confirm and log-return: the two answers to a submitted log, given by the county it was served in (for the
 * recipients) or the city office. Both act as the signed-in user on the version just read, so a log changed
 * meanwhile is refused by the service, not overwritten.
 */
abstract class LogReviewCommand extends TepaiAction {

    @Reference
    ServiceLogService logs;

    @Argument(name = "id", description = "The log's numeric id, as listed by tepai:logs --status SUBMITTED",
            required = true)
    long id;

    /** The service's answer to the log as just read. */
    abstract ServiceLog review(Actor actor, ServiceLog current);

    /** What the person is told about the reviewed log. */
    abstract String result(ServiceLog reviewed);

    @Override
    void run() {
        Actor actor = actor();
        ServiceLog current = logs.get(actor, id);
        System.out.println(result(review(actor, current)));
    }

    /** E.g. "李华 (7), 2026-03-01 – 2026-03-02, 1.5 field days". */
    static String summary(ServiceLog log) {
        return Formats.named(log.specialistId(), log.specialistName()) + ", "
                + Formats.days(log.startDate(), log.endDate()) + ", " + Formats.number(log.fieldDays())
                + " field days";
    }
}
