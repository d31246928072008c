package io.tepai.api.team;

import java.time.LocalDate;
import java.util.List;

/** The editable fields of an agreement; status changes through its own operation. */
public record AgreementDraft(String county, LocalDate signedOn, LocalDate termStart, LocalDate termEnd,
                             List<String> tasks, Leader countyLeader, Leader liaison) {
}
