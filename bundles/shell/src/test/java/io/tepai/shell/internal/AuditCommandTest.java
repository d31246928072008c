package io.tepai.shell.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import io.tepai.api.Actor;
import io.tepai.api.Page;
import io.tepai.api.PageRequest;
import io.tepai.api.audit.AuditFilter;
import io.tepai.api.audit.AuditRecord;
import io.tepai.api.audit.AuditRecord.FieldChange;
import io.tepai.api.audit.AuditService;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AuditCommandTest {

    private static final Actor AUDITOR = SignedIn.actor("audit", "auditor");

    private final AuditService service = mock(AuditService.class);
    private final AuditCommand command = new AuditCommand();

    @Test
    void passesFiltersWithDaysAsUtcAndPrintsOneRowPerRecord() {
        command.audit = service;
        command.entity = "Account";
        command.id = "wuzhi2";
        command.actor = "office";
        command.from = "2026-11-01";
        command.to = "2026-12-01";
        command.page = 2;
        command.size = 5;
        Map<String, FieldChange> changes = new LinkedHashMap<>();
        changes.put("enabled", new FieldChange("true", "false"));
        changes.put("lockedUntil", new FieldChange(null, null));
        when(service.search(AUDITOR, new AuditFilter("Account", "wuzhi2", "office",
                        Instant.parse("2026-11-01T00:00:00Z"), Instant.parse("2026-12-01T00:00:00Z")),
                new PageRequest(2, 5))).thenReturn(new Page<>(List.of(new AuditRecord(42,
                Instant.parse("2026-11-05T03:04:05.999Z"), "office", "city", "Account", "wuzhi2", "disable",
                changes, "调离武陟县")), 6, 2, 5));

        Console console = SignedIn.run(SignedIn.subject("audit", "auditor"), command::execute);

        assertEquals("", console.err());
        List<String> lines = console.lines();
        assertEquals(List.of("Id", "Time", "Actor", "Scope", "Entity", "Entity id", "Action", "Changes", "Reason"),
                Console.cells(lines.get(0)));
        assertEquals(List.of("42", "2026-11-05T03:04:05Z", "office", "city", "Account", "wuzhi2", "disable",
                "enabled: true → false; lockedUntil: (none) → (none)", "调离武陟县"), Console.cells(lines.get(2)));
        assertEquals("Page 2 of 2 (6 records)", lines.get(lines.size() - 1));
    }

    @Test
    void malformedDayIsReportedByOption() {
        command.audit = service;
        command.from = "1.11.2026";

        Console console = SignedIn.run(SignedIn.subject("audit", "auditor"), command::execute);

        assertEquals("Error: from: '1.11.2026' is not a day like 2026-11-01 nor an instant like 2026-11-01T08:00:00Z",
                console.err().strip());
        verifyNoInteractions(service);
    }

    @Test
    void periodMustNotBeEmpty() {
        command.audit = service;
        command.from = "2026-12-01";
        command.to = "2026-11-01";

        Console console = SignedIn.run(SignedIn.subject("audit", "auditor"), command::execute);

        assertEquals("Error: to: must be later than --from", console.err().strip());
        verifyNoInteractions(service);
    }

    @Test
    void acceptsExactInstants() {
        assertEquals(Instant.parse("2026-11-01T08:00:00Z"), AuditCommand.parseTime("from", "2026-11-01T08:00:00Z"));
        assertEquals(null, AuditCommand.parseTime("from", " "));
    }
}
