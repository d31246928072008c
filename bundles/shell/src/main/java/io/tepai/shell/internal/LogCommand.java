package io.tepai.shell.internal;

import io.tepai.api.TepaiException;
import io.tepai.api.field.LogStatus;
import io.tepai.api.field.OutcomeIndicator;
import io.tepai.api.field.RecipientService;
import io.tepai.api.field.ServiceLog;
import io.tepai.api.field.ServiceLogService;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Command(scope = "tepai", name = "log",
        description = "Shows one service log in full: recipients, what was done, its outcomes, where it stands "
                + "(returned with a comment, confirmed with the recipient's rating, corrected with a reason).")
@Service
public class LogCommand extends TepaiAction {

    @Reference
    ServiceLogService logs;

    @Reference
    RecipientService recipients;

    @Argument(name = "id", description = "The log's numeric id, as listed by tepai:logs", required = true)
    long id;

    @Override
    void run() {
        ServiceLog log = logs.get(actor(), id);
        details(log);
        System.out.println();
        System.out.println("Outcomes: " + log.outcomes().size());
        if (!log.outcomes().isEmpty()) {
            outcomes(log.outcomes(), logs.indicators());
        }
    }

    private void details(ServiceLog l) {
        Table table = new Table().noHeaders();
        table.column("Field");
        table.column("Value").maxSize(80).wrap();
        table.addRow().addContent("Id", l.id());
        table.addRow().addContent("Specialist", Formats.named(l.specialistId(), l.specialistName()));
        table.addRow().addContent("County", l.county());
        table.addRow().addContent("Recipients", recipientNames(l.recipientIds()));
        table.addRow().addContent("Dates", Formats.days(l.startDate(), l.endDate()));
        table.addRow().addContent("Field days", Formats.number(l.fieldDays()));
        table.addRow().addContent("Kind", l.kind());
        table.addRow().addContent("Industry", l.industry() == null ? Formats.NONE : l.industry());
        table.addRow().addContent("Description", Formats.text(l.description()));
        table.addRow().addContent("Status", l.status());
        if (!Formats.text(l.comment()).isBlank()) {
            table.addRow().addContent("Returned with", l.comment());
        }
        if (l.status() == LogStatus.CONFIRMED || l.confirmedAt() != null) {
            table.addRow().addContent("Confirmed by", Formats.text(l.confirmedBy()));
            table.addRow().addContent("Confirmed at", Formats.instantOrEmpty(l.confirmedAt()));
            table.addRow().addContent("Satisfaction",
                    l.satisfaction() == null ? "not rated" : Formats.rating(l.satisfaction()));
        }
        if (!Formats.text(l.satisfactionComment()).isBlank()) {
            table.addRow().addContent("Recipient's comment", l.satisfactionComment());
        }
        if (!Formats.text(l.correctionReason()).isBlank()) {
            table.addRow().addContent("Corrected because", l.correctionReason());
        }
        table.addRow().addContent("Sample", Formats.yesNo(l.sample()));
        table.addRow().addContent("Version", l.version());
        table.addRow().addContent("Created", Formats.instantOrEmpty(l.createdAt()));
        table.addRow().addContent("Updated", Formats.instantOrEmpty(l.updatedAt()));
        table.print(System.out);
    }

    /** "name (id)" for each recipient; the id alone when the recipient cannot be read, so the log still shows. */
    private String recipientNames(List<Long> ids) {
        List<String> names = new ArrayList<>();
        for (long recipientId : ids) {
            String name;
            try {
                name = recipients.get(recipientId).name();
            } catch (TepaiException e) {
                name = null;
            }
            names.add(Formats.named(recipientId, name));
        }
        return names.isEmpty() ? Formats.NONE : Formats.list(names);
    }

    /**
     * In the order the indicators are configured; an outcome whose indicator is no longer configured is still
     * evidence, so it follows under its id.
     */
    static void outcomes(Map<String, BigDecimal> outcomes, List<OutcomeIndicator> indicators) {
        Table table = new Table();
        table.column("Indicator");
        table.column("Value").alignRight();
        table.column("Unit");
        Map<String, BigDecimal> rest = new TreeMap<>(outcomes);
        for (OutcomeIndicator indicator : indicators) {
            BigDecimal value = rest.remove(indicator.id());
            if (value != null) {
                table.addRow().addContent(indicator.nameZh(), Formats.number(value), Formats.text(indicator.unit()));
            }
        }
        rest.forEach((indicatorId, value) -> table.addRow().addContent(indicatorId, Formats.number(value), ""));
        table.print(System.out);
    }
}
