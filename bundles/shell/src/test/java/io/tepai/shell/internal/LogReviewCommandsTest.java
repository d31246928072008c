package io.tepai.shell.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import io.tepai.api.Actor;
import io.tepai.api.ConflictException;
import io.tepai.api.ForbiddenException;
import io.tepai.api.NotFoundException;
import io.tepai.api.field.LogStatus;
import io.tepai.api.field.ServiceLog;
import io.tepai.api.field.ServiceLogService;
import javax.security.auth.Subject;
import org.apache.karaf.shell.api.action.Option;
import org.junit.jupiter.api.Test;

/** tepai:log-confirm and tepai:log-return: as the signed-in user, on the version just read. */
class LogReviewCommandsTest {

    private static final Subject WUZHI = SignedIn.subject("wuzhi", "county", "county:wuzhi", "ssh");
    private static final Actor WUZHI_ACTOR = SignedIn.actor("wuzhi", "county", "county:wuzhi", "ssh");

    private final ServiceLogService service = mock(ServiceLogService.class);

    @Test
    void confirmSendsTheVersionJustReadWithRatingAndComment() {
        LogConfirmCommand command = confirm(42);
        command.rating = 4;
        command.comment = "讲解细致，问题当场解决";
        when(service.get(any(), eq(42L))).thenReturn(Samples.log(42, LogStatus.SUBMITTED, null));
        when(service.confirm(WUZHI_ACTOR, 42, 3, 4, "讲解细致，问题当场解决", null))
                .thenReturn(Samples.log(42, LogStatus.CONFIRMED, 4));

        Console console = SignedIn.run(WUZHI, command::execute);

        assertEquals("", console.err());
        assertEquals("Log 42 confirmed: 李华 (7), 2026-03-02 – 2026-03-03, 1.5 field days, satisfaction 4/5",
                console.out().strip());
        verify(service).confirm(WUZHI_ACTOR, 42, 3, 4, "讲解细致，问题当场解决", null);
    }

    @Test
    void confirmWithoutRatingSendsNoneAndSaysSo() {
        LogConfirmCommand command = confirm(42);
        when(service.get(any(), eq(42L))).thenReturn(Samples.log(42, LogStatus.SUBMITTED, null));
        when(service.confirm(WUZHI_ACTOR, 42, 3, null, null, null)).thenReturn(Samples.log(42, LogStatus.CONFIRMED, null));

        Console console = SignedIn.run(WUZHI, command::execute);

        assertEquals("Log 42 confirmed: 李华 (7), 2026-03-02 – 2026-03-03, 1.5 field days, not rated",
                console.out().strip());
    }

    @Test
    void R_SVC_1_confirmPassesTheCountysReasonForServiceOutsideTheDispatch() {
        LogConfirmCommand command = confirm(42);
        command.outsideDispatchReason = "按四大怀药服务团与武陟县协议服务";
        when(service.get(any(), eq(42L))).thenReturn(Samples.log(42, LogStatus.SUBMITTED, null));
        when(service.confirm(WUZHI_ACTOR, 42, 3, null, null, "按四大怀药服务团与武陟县协议服务"))
                .thenReturn(Samples.log(42, LogStatus.CONFIRMED, null));

        Console console = SignedIn.run(WUZHI, command::execute);

        assertEquals("", console.err());
        verify(service).confirm(WUZHI_ACTOR, 42, 3, null, null, "按四大怀药服务团与武陟县协议服务");
    }

    @Test
    void confirmOutsideTheCountyIsRefusedOnOneLine() {
        LogConfirmCommand command = confirm(42);
        when(service.get(any(), eq(42L))).thenReturn(Samples.log(42, LogStatus.SUBMITTED, null));
        when(service.confirm(any(), anyLong(), anyLong(), any(), any(), any())).thenThrow(new ForbiddenException(
                "county:wuzhi", "Only the county of the log's recipients or the city office may confirm it"));

        Console console = SignedIn.run(SignedIn.subject("xiuwu", "county", "county:xiuwu"), command::execute);

        assertEquals("Error: Only the county of the log's recipients or the city office may confirm it "
                + "(needs county:wuzhi)" + System.lineSeparator(), console.err());
        assertEquals("", console.out());
    }

    @Test
    void confirmOfAnUnknownLogConfirmsNothing() {
        LogConfirmCommand command = confirm(404);
        when(service.get(any(), eq(404L))).thenThrow(new NotFoundException("Service log", 404L));

        Console console = SignedIn.run(WUZHI, command::execute);

        assertEquals("Error: Service log '404' does not exist", console.err().strip());
        verify(service, never()).confirm(any(), anyLong(), anyLong(), any(), any(), any());
    }

    @Test
    void confirmWithoutSignInReadsNothing() {
        LogConfirmCommand command = confirm(42);

        Console console = Console.capture(command::execute);

        assertEquals("Error: sign in to use this command", console.err().strip());
        verifyNoInteractions(service);
    }

    @Test
    void returnSendsTheVersionJustReadAndTheComment() {
        LogReturnCommand command = new LogReturnCommand();
        command.logs = service;
        command.id = 42;
        command.comment = "请补充培训人数的签到表";
        when(service.get(any(), eq(42L))).thenReturn(Samples.log(42, LogStatus.SUBMITTED, null));
        when(service.returnForChanges(WUZHI_ACTOR, 42, 3, "请补充培训人数的签到表"))
                .thenReturn(Samples.log(42, LogStatus.RETURNED, null));

        Console console = SignedIn.run(WUZHI, command::execute);

        assertEquals("", console.err());
        assertEquals("Log 42 returned for changes: 李华 (7), 2026-03-02 – 2026-03-03, 1.5 field days; "
                + "comment: 请补充培训人数的签到表", console.out().strip());
        verify(service).returnForChanges(WUZHI_ACTOR, 42, 3, "请补充培训人数的签到表");
    }

    @Test
    void returnOfALogChangedMeanwhileIsOneErrorLine() {
        LogReturnCommand command = new LogReturnCommand();
        command.logs = service;
        command.id = 42;
        command.comment = "请补充";
        when(service.get(any(), eq(42L))).thenReturn(Samples.log(42, LogStatus.SUBMITTED, null));
        when(service.returnForChanges(WUZHI_ACTOR, 42, 3, "请补充"))
                .thenThrow(ConflictException.staleVersion("Service log", 42L, 3, 4));

        Console console = SignedIn.run(WUZHI, command::execute);

        assertTrue(console.err().startsWith("Error: Service log '42' was changed by someone else"), console.err());
        assertEquals("", console.out());
    }

    @Test
    void returnRequiresAComment() throws NoSuchFieldException {
        Option option = LogReturnCommand.class.getDeclaredField("comment").getAnnotation(Option.class);
        assertTrue(option.required());
    }

    /** The summary both commands print, for a log of one day. */
    @Test
    void summaryOfAOneDayLogShowsOneDate() {
        ServiceLog log = Samples.oneDayLog(50, LogStatus.SUBMITTED);
        assertEquals("郭明亮 (9), 2026-04-01, 0.5 field days", LogReviewCommand.summary(log));
    }

    private LogConfirmCommand confirm(long id) {
        LogConfirmCommand command = new LogConfirmCommand();
        command.logs = service;
        command.id = id;
        return command;
    }
}
