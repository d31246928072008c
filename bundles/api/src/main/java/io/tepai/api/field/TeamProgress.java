package io.tepai.api.field;

import java.math.BigDecimal;
import java.util.List;

/**
 * A team's service under its agreements in a programme year (R-SVC-2: teams fulfil their agreements): confirmed
 * logs of its members in each signing county.
 */
public record TeamProgress(long teamId, String name, List<AgreementProgress> agreements) {

    public TeamProgress {
        agreements = List.copyOf(agreements);
    }

    /** The agreed tasks with one county and the members' confirmed service there. */
    public record AgreementProgress(long agreementId, String county, List<String> tasks, BigDecimal fieldDays,
                                    int services) {

        public AgreementProgress {
            tasks = List.copyOf(tasks);
        }
    }
}
