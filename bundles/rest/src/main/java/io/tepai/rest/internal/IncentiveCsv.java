package io.tepai.rest.internal;

import io.tepai.api.incentive.IncentiveGrant;
import java.util.List;

/** Granted incentives as CSV for spreadsheets ({@link Csv}), one row per grant. */
final class IncentiveCsv {

    static final String HEADER = "id,year,round_id,result_id,subject_kind,subject,name,county,unit,grade,grade_zh,"
            + "policy,source,kind,description,amount_cny,granted_at";

    private IncentiveCsv() {
    }

    static Csv csv(List<IncentiveGrant> grants) {
        Csv csv = new Csv(HEADER);
        for (IncentiveGrant g : grants) {
            csv.row(g.id(), g.year(), g.roundId(), g.resultId(), g.subject().kind(), g.subject().key(),
                    g.subject().name(), g.subject().county(), g.subject().unit(), g.grade(),
                    g.grade() == null ? null : g.grade().nameZh(), g.policyId(), g.source(), g.kind(),
                    g.description(), g.amountCny(), g.grantedAt());
        }
        return csv;
    }
}
