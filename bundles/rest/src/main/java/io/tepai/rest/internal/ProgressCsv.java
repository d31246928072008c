package io.tepai.rest.internal;

import io.tepai.api.field.Progress;
import io.tepai.api.field.SpecialistProgress;

/** The specialists' progress of a programme year (R-SVC-2) as CSV for spreadsheets ({@link Csv}), one row each. */
final class ProgressCsv {

    static final String HEADER = "specialist_id,name,unit,tier,min_field_days,min_services,field_days,services,"
            + "status,explanation,explanation_zh";

    private ProgressCsv() {
    }

    static Csv csv(Progress progress) {
        Csv csv = new Csv(HEADER);
        for (SpecialistProgress specialist : progress.specialists()) {
            csv.row(specialist.specialistId(), specialist.name(), specialist.unitCode(), specialist.tierId(),
                    specialist.minFieldDays(), specialist.minServices(), specialist.fieldDays(),
                    specialist.services(), specialist.status(), specialist.explanation(),
                    specialist.explanationZh());
        }
        return csv;
    }
}
