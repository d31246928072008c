package io.tepai.shell.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.tepai.api.NotFoundException;
import io.tepai.api.Page;
import io.tepai.api.PageRequest;
import io.tepai.api.evaluation.Renewal;
import io.tepai.api.roster.Roster;
import io.tepai.api.roster.RosterEntry;
import io.tepai.api.roster.RosterEntryFilter;
import io.tepai.api.roster.RosterOutcome;
import io.tepai.api.roster.RosterService;
import io.tepai.api.roster.RosterStatus;
import io.tepai.api.roster.Wish;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class RosterCommandsTest {

    private static Roster roster(RosterStatus status, long version) {
        return new Roster(1, 2027, status, new TreeMap<>(Map.of(RosterOutcome.PRIORITY_RENEWAL, 1L,
                RosterOutcome.RENEWAL_BY_REVIEW, 0L, RosterOutcome.EXIT, 1L)), 2, 1, "city", Instant.EPOCH, null,
                null, false, version);
    }

    @Test
    void R_REC_4_theRosterShowsItsCountsThenAPageOfEntriesWithWhy() {
        RosterService rosters = mock(RosterService.class);
        RosterCommand command = new RosterCommand();
        command.rosters = rosters;
        command.outcome = "exit";
        when(rosters.roster(any(), eq(null))).thenReturn(roster(RosterStatus.DRAFT, 4));
        when(rosters.entries(any(), eq(2027), eq(new RosterEntryFilter(RosterOutcome.EXIT, null, null, null)),
                eq(PageRequest.first()))).thenReturn(new Page<>(List.of(new RosterEntry(9, 2027, 12, "王不合格", "hpu",
                List.of("wuzhi"), List.of("wuzhi 不合格 FAIL → EXIT (round 3)"), Renewal.EXIT, Wish.STAY,
                List.of(), List.of(), RosterOutcome.EXIT, RosterOutcome.EXIT, List.of("R-EVAL-4: failed"), "", "",
                null, 0)), 1, 1, 20));

        List<String> lines = SignedIn.runAsCity(command::execute).lines();

        assertEquals("Roster 2027: DRAFT, 2 specialists — PRIORITY_RENEWAL 1, RENEWAL_BY_REVIEW 0, EXIT 1"
                + " (1 adjusted), version 4", lines.get(0));
        assertEquals(List.of("9", "王不合格 (12)", "hpu", "wuzhi", "wuzhi 不合格 FAIL → EXIT (round 3)", "STAY", "", "",
                "EXIT", "EXIT", "R-EVAL-4: failed"), Console.cells(lines.get(3)));
        assertEquals("Page 1 of 1 (1 specialist)", lines.get(lines.size() - 1));
    }

    @Test
    void R_REC_4_preparingTheFirstTimeSendsNoVersionAndConfirmingTheOneJustRead() {
        RosterService rosters = mock(RosterService.class);
        when(rosters.roster(any(), eq(2027))).thenThrow(new NotFoundException("No roster of 2027"))
                .thenReturn(roster(RosterStatus.DRAFT, 5));
        when(rosters.prepare(any(), eq(2027), eq(null))).thenReturn(roster(RosterStatus.DRAFT, 5));
        when(rosters.confirm(any(), eq(2027), eq(5L))).thenReturn(roster(RosterStatus.CONFIRMED, 6));
        RosterPrepareCommand prepare = new RosterPrepareCommand();
        prepare.rosters = rosters;
        prepare.year = 2027;
        RosterConfirmCommand confirm = new RosterConfirmCommand();
        confirm.rosters = rosters;
        confirm.year = 2027;

        assertTrue(SignedIn.runAsCity(prepare::execute).lines().get(0).startsWith("Roster 2027: DRAFT"));
        assertTrue(SignedIn.runAsCity(confirm::execute).lines().get(0).startsWith("Roster 2027: CONFIRMED"));
        verify(rosters).confirm(any(), eq(2027), eq(5L));
    }
}
