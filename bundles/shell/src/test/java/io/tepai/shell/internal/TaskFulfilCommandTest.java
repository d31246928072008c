package io.tepai.shell.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.tepai.api.team.Agreement;
import io.tepai.api.team.AgreementStatus;
import io.tepai.api.team.TaskFulfilment;
import io.tepai.api.team.TaskFulfilmentDraft;
import io.tepai.api.team.TeamService;
import java.util.List;
import javax.security.auth.Subject;
import org.junit.jupiter.api.Test;

/** tepai:task-fulfil (R-SVC-2). */
class TaskFulfilCommandTest {

    private static final Subject WUZHI = SignedIn.subject("wuzhi", "county", "county:wuzhi", "ssh");

    private final TeamService teams = mock(TeamService.class);
    private final TaskFulfilCommand command = new TaskFulfilCommand();

    private static Agreement agreement() {
        return Samples.agreement(12, "wuzhi", AgreementStatus.ACTIVE, List.of("建设怀山药标准化基地", "培训种植户200人次"),
                null, null);
    }

    @Test
    void R_SVC_2_recordsTheTasksFulfilmentWithTheVersionReadAndSaysHowManyAreFulfilled() {
        command.teams = teams;
        command.team = 3;
        command.agreement = 12;
        command.task = 1;
        command.fulfilment = "fulfilled";
        command.logs = List.of(31L, 32L);
        command.note = "现场核实";
        when(teams.agreement(3, 12)).thenReturn(agreement());
        when(teams.recordTaskFulfilment(any(), eq(3L), eq(12L), eq(2L), eq(1),
                eq(new TaskFulfilmentDraft(TaskFulfilment.FULFILLED, List.of(31L, 32L), "现场核实"))))
                .thenReturn(agreement());

        Console console = SignedIn.run(WUZHI, command::execute);

        assertEquals("", console.err());
        assertEquals(List.of("Task 1 of agreement 12 (wuzhi) recorded as FULFILLED: 建设怀山药标准化基地; 1 of 2 tasks"
                + " fulfilled"), console.lines());
    }

    @Test
    void anUnknownFulfilmentIsRefusedBeforeAnythingIsWritten() {
        command.teams = teams;
        command.team = 3;
        command.agreement = 12;
        command.task = 1;
        command.fulfilment = "done";
        when(teams.agreement(3, 12)).thenReturn(agreement());

        Console console = SignedIn.run(WUZHI, command::execute);

        assertTrue(console.failed());
        assertTrue(console.err().contains("fulfilment"), console.err());
        verify(teams, never()).recordTaskFulfilment(any(), anyLong(), anyLong(), anyLong(), anyInt(), any());
    }
}
