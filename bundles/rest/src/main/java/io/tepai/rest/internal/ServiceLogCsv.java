package io.tepai.rest.internal;

import io.tepai.api.field.ServiceLog;
import java.util.List;
import java.util.function.Function;

/** Service logs as CSV for spreadsheets ({@link Csv}): one row per log, recipients by name. */
final class ServiceLogCsv {

    static final String HEADER = "id,specialist_id,specialist,county,start_date,end_date,field_days,kind,status,"
            + "recipients,description,satisfaction";

    private ServiceLogCsv() {
    }

    static Csv csv(List<ServiceLog> logs, Function<Long, String> recipientName) {
        Csv csv = new Csv(HEADER);
        for (ServiceLog log : logs) {
            csv.row(log.id(), log.specialistId(), log.specialistName(), log.county(), log.startDate(),
                    log.endDate(), log.fieldDays(), log.kind(), log.status(),
                    Csv.joined(log.recipientIds().stream().map(recipientName)), log.description(),
                    log.satisfaction());
        }
        return csv;
    }
}
