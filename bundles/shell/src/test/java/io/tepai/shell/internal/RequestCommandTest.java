package io.tepai.shell.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import io.tepai.api.Contact;
import io.tepai.api.NotFoundException;
import io.tepai.api.field.CoordinationRequest;
import io.tepai.api.field.Recipient;
import io.tepai.api.field.RecipientKind;
import io.tepai.api.field.RecipientService;
import io.tepai.api.field.RequestService;
import io.tepai.api.field.RequestStatus;
import io.tepai.api.field.RequestStep;
import io.tepai.api.specialist.SpecialistService;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RequestCommandTest {

    private final RequestService service = mock(RequestService.class);
    private final RecipientService recipients = mock(RecipientService.class);
    private final SpecialistService specialists = mock(SpecialistService.class);
    private final RequestCommand command = new RequestCommand();

    @BeforeEach
    void setUp() {
        command.requests = service;
        command.recipients = recipients;
        command.specialists = specialists;
        command.id = 31;
        when(recipients.get(12)).thenReturn(new Recipient(12, "武陟县大封镇怀药专业合作社", RecipientKind.COOPERATIVE,
                "wuzhi", Contact.NONE, List.of(7L), true, 1));
        when(specialists.get(9)).thenReturn(Samples.specialist(""));
    }

    @Test
    void showsTheRequestAndEveryStep() {
        List<RequestStep> steps = List.of(
                new RequestStep(Instant.parse("2026-11-02T01:15:30.9Z"), "raised", "lihua", "team:3", ""),
                new RequestStep(Instant.parse("2026-11-03T08:00:00Z"), "assigned", "henau", "team:3",
                        "植保专家到场诊断"),
                new RequestStep(Instant.parse("2026-11-10T08:00:00Z"), "escalated", "henau", "city", "团队无相关设备"));
        when(service.get(31)).thenReturn(Samples.request(31, RequestStatus.ESCALATED, true, List.of(9L, 404L), steps));
        when(specialists.get(404)).thenThrow(new NotFoundException("Specialist", 404L));

        Console console = Console.capture(command::execute);

        assertEquals("", console.err());
        List<List<String>> rows = console.lines().stream().map(Console::cells).toList();
        assertEquals(List.of(
                List.of("Id", "31"),
                List.of("Specialist", "李华 (7)"),
                List.of("County", "wuzhi"),
                List.of("Recipient", "武陟县大封镇怀药专业合作社 (12)"),
                List.of("Problem", Samples.PROBLEM),
                List.of("Urgency", "HIGH"),
                List.of("Status", "ESCALATED"),
                List.of("Holder", "team:3"),
                // Samples.specialist is 李华 whatever id it is asked for; 404 cannot be read, so its id alone
                List.of("Assigned members", "李华 (9), 404"),
                List.of("Raised", "2026-11-02T01:15:30Z"),
                List.of("Overdue", "yes"),
                List.of("Sample", "yes"),
                List.of("Version", "2")), rows.subList(0, 13));
        List<String> lines = console.lines();
        int stepsAt = lines.indexOf("Steps: 3");
        assertEquals(List.of("Time", "Action", "Actor", "Holder", "Note"), rows.get(stepsAt + 1));
        assertEquals(List.of("2026-11-02T01:15:30Z", "raised", "lihua", "team:3", ""), rows.get(stepsAt + 3));
        assertEquals(List.of("2026-11-03T08:00:00Z", "assigned", "henau", "team:3", "植保专家到场诊断"),
                rows.get(stepsAt + 4));
        assertEquals(List.of("2026-11-10T08:00:00Z", "escalated", "henau", "city", "团队无相关设备"),
                rows.get(stepsAt + 5));
        assertEquals(stepsAt + 6, lines.size());
    }

    @Test
    void requestWithoutRecipientOrMembersSaysNone() {
        CoordinationRequest sample = Samples.request(31, RequestStatus.OPEN, false, List.of(), List.of());
        when(service.get(31)).thenReturn(new CoordinationRequest(31, 7, "李华", "wuzhi", null, sample.problem(),
                sample.urgency(), sample.status(), "unit:hpu", List.of(), List.of(), sample.raisedAt(), false, false, 0));

        Console console = Console.capture(command::execute);

        List<List<String>> rows = console.lines().stream().map(Console::cells).toList();
        assertEquals(List.of("Recipient", "(none)"), rows.get(3));
        assertEquals(List.of("Holder", "unit:hpu"), rows.get(7));
        assertEquals(List.of("Assigned members", "(none)"), rows.get(8));
        assertEquals("Steps: 0", console.lines().get(console.lines().size() - 1));
    }

    @Test
    void unknownIdIsOneErrorLine() {
        when(service.get(31)).thenThrow(new NotFoundException("Coordination request", 31L));

        Console console = Console.capture(command::execute);

        assertEquals("Error: Coordination request '31' does not exist" + System.lineSeparator(), console.err());
        assertEquals("", console.out());
    }
}
