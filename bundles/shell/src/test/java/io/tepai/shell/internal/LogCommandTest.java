package io.tepai.shell.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import io.tepai.api.Contact;
import io.tepai.api.NotFoundException;
import io.tepai.api.field.LogStatus;
import io.tepai.api.field.OutcomeIndicator;
import io.tepai.api.field.Recipient;
import io.tepai.api.field.RecipientKind;
import io.tepai.api.field.RecipientService;
import io.tepai.api.field.ServiceLog;
import io.tepai.api.field.ServiceLogService;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LogCommandTest {

    private final ServiceLogService service = mock(ServiceLogService.class);
    private final RecipientService recipients = mock(RecipientService.class);
    private final LogCommand command = new LogCommand();

    @BeforeEach
    void setUp() {
        command.logs = service;
        command.recipients = recipients;
        command.id = 42;
        when(recipients.get(12)).thenReturn(recipient(12, "武陟县大封镇怀药专业合作社"));
        when(recipients.get(13)).thenReturn(recipient(13, "武陟县老李家庭农场"));
        when(service.indicators()).thenReturn(List.of(new OutcomeIndicator("farmersTrained", "培训农民（人次）", "人次"),
                new OutcomeIndicator("techniquesPromoted", "推广技术或品种（项）", "项"),
                new OutcomeIndicator("areaMu", "示范面积（亩）", "亩")));
    }

    @Test
    void confirmedLogShowsRecipientsConfirmationAndOutcomesByIndicatorName() {
        when(service.get(any(), eq(42L))).thenReturn(Samples.log(42, LogStatus.CONFIRMED, 4));

        Console console = SignedIn.runAsCity(command::execute);

        assertEquals("", console.err());
        List<List<String>> rows = console.lines().stream().map(Console::cells).toList();
        assertEquals(List.of(
                List.of("Id", "42"),
                List.of("Specialist", "李华 (7)"),
                List.of("County", "wuzhi"),
                List.of("Recipients", "武陟县大封镇怀药专业合作社 (12), 武陟县老李家庭农场 (13)"),
                List.of("Dates", "2026-03-02 – 2026-03-03"),
                List.of("Field days", "1.5"),
                List.of("Kind", "TECHNICAL_GUIDANCE"),
                List.of("Industry", "四大怀药"),
                List.of("Description", Samples.YAM_DESCRIPTION),
                List.of("Status", "CONFIRMED"),
                List.of("Confirmed by", "wuzhi"),
                List.of("Confirmed at", "2026-03-05T02:30:00Z"),
                List.of("Satisfaction", "4/5"),
                List.of("Recipient's comment", "讲解细致，问题当场解决"),
                List.of("Sample", "yes"),
                List.of("Version", "3"),
                List.of("Created", "2026-03-03T10:00:00Z"),
                List.of("Updated", "2026-03-04T11:00:00Z")), rows.subList(0, 18));
        List<String> lines = console.lines();
        int outcomes = lines.indexOf("Outcomes: 2");
        assertEquals(List.of("Indicator", "Value", "Unit"), rows.get(outcomes + 1));
        // in the configured order, not the map's
        assertEquals(List.of("培训农民（人次）", "40", "人次"), rows.get(outcomes + 3));
        assertEquals(List.of("示范面积（亩）", "120.5", "亩"), rows.get(outcomes + 4));
        assertEquals(outcomes + 5, lines.size());
    }

    @Test
    void returnedLogShowsTheCommentAndNoConfirmation() {
        when(service.get(any(), eq(42L))).thenReturn(Samples.log(42, LogStatus.RETURNED, null));

        List<List<String>> rows = SignedIn.runAsCity(command::execute).lines().stream().map(Console::cells).toList();

        assertEquals(List.of("Status", "RETURNED"), rows.get(9));
        assertEquals(List.of("Returned with", "请补充培训人数的签到表"), rows.get(10));
        assertEquals(List.of("Sample", "yes"), rows.get(11));
        assertFalse(rows.stream().anyMatch(row -> row.get(0).startsWith("Confirmed")), rows.toString());
        assertFalse(rows.stream().anyMatch(row -> row.get(0).equals("Satisfaction")), rows.toString());
    }

    @Test
    void correctedLogSaysWhyAndUnratedConfirmationSaysSo() {
        ServiceLog confirmed = Samples.log(42, LogStatus.CONFIRMED, null);
        when(service.get(any(), eq(42L))).thenReturn(new ServiceLog(42, 7, "李华", "wuzhi", List.of(), confirmed.startDate(),
                confirmed.endDate(), confirmed.fieldDays(), confirmed.kind(), confirmed.industry(),
                confirmed.description(),
                Map.of("enterprisesFounded", BigDecimal.ONE), LogStatus.CONFIRMED, "", null, "", "wuzhi",
                confirmed.confirmedAt(), "误将1.5天记为2天，按签到表更正", "", false, 5, confirmed.createdAt(),
                confirmed.updatedAt()));

        Console console = SignedIn.runAsCity(command::execute);

        List<List<String>> rows = console.lines().stream().map(Console::cells).toList();
        assertEquals(List.of("Recipients", "(none)"), rows.get(3));
        assertEquals(List.of("Satisfaction", "not rated"), rows.get(12));
        assertEquals(List.of("Corrected because", "误将1.5天记为2天，按签到表更正"), rows.get(13));
        // an indicator no longer configured is still shown, by its id
        int outcomes = console.lines().indexOf("Outcomes: 1");
        assertEquals(List.of("enterprisesFounded", "1", ""), rows.get(outcomes + 3));
    }

    @Test
    void recipientThatCannotBeReadIsShownByItsId() {
        when(service.get(any(), eq(42L))).thenReturn(Samples.log(42, LogStatus.SUBMITTED, null));
        when(recipients.get(13)).thenThrow(new NotFoundException("Recipient", 13L));

        List<List<String>> rows = SignedIn.runAsCity(command::execute).lines().stream().map(Console::cells).toList();

        assertEquals(List.of("Recipients", "武陟县大封镇怀药专业合作社 (12), 13"), rows.get(3));
    }

    @Test
    void unknownIdIsOneErrorLine() {
        when(service.get(any(), eq(42L))).thenThrow(new NotFoundException("Service log", 42L));

        Console console = SignedIn.runAsCity(command::execute);

        assertEquals("Error: Service log '42' does not exist" + System.lineSeparator(), console.err());
        assertEquals("", console.out());
    }

    private static Recipient recipient(long id, String name) {
        return new Recipient(id, name, RecipientKind.COOPERATIVE, "wuzhi", Contact.NONE, List.of(7L), true, 1);
    }
}
