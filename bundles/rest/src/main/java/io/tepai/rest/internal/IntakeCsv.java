package io.tepai.rest.internal;

import io.tepai.api.intake.Registration;
import java.util.List;

/** The registration form (报名统计表, R-REC-1) as CSV ({@link Csv}): one row per candidate with the unit's stamp. */
final class IntakeCsv {

    /** The most rows an export holds; a larger one is refused rather than cut short unseen. */
    static final int MAX_ROWS = 10_000;

    private IntakeCsv() {
    }

    static Csv registrations(List<Registration> registrations) {
        Csv csv = new Csv("id,intake_id,unit,specialist_id,name,title,fields,demand_ids,confirmed_by,confirmed_on,"
                + "status,drop_reason,registered_by");
        for (Registration r : registrations) {
            csv.row(r.id(), r.intakeId(), r.unitCode(), r.specialistId(), r.name(), r.title(),
                    Csv.joined(r.fields().stream()), Csv.joined(r.demandIds().stream()), r.confirmedBy(),
                    r.confirmedOn(), r.status(), r.dropReason(), r.registeredBy());
        }
        return csv;
    }
}
