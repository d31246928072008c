package io.tepai.shell.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import io.tepai.api.Actor;
import io.tepai.api.Contact;
import io.tepai.api.ForbiddenException;
import io.tepai.api.Page;
import io.tepai.api.PageRequest;
import io.tepai.api.account.Account;
import io.tepai.api.account.AccountService;
import io.tepai.api.account.Role;
import io.tepai.api.org.County;
import io.tepai.api.org.CountyService;
import io.tepai.api.org.DispatchingUnit;
import io.tepai.api.org.UnitFilter;
import io.tepai.api.org.UnitService;
import io.tepai.api.org.UnitType;
import io.tepai.api.team.Team;
import io.tepai.api.team.TeamFilter;
import io.tepai.api.team.TeamService;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.karaf.shell.api.console.Candidate;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.junit.jupiter.api.Test;

class CompletersTest {

    @Test
    void statusCompletesEnumNames() {
        assertEquals(List.of("CANDIDATE "), complete(new StatusCompleter(), "CA"));
        assertEquals(List.of("ACTIVE ", "CANDIDATE ", "EXITED "), complete(new StatusCompleter(), ""));
    }

    @Test
    void unitTypeCompletesEnumNames() {
        assertEquals(List.of("RESEARCH_INSTITUTE "), complete(new UnitTypeCompleter(), "R"));
    }

    @Test
    void unitCodesComeFromTheLargestPageAllowed() {
        UnitCompleter completer = new UnitCompleter();
        completer.units = mock(UnitService.class);
        when(completer.units.search(UnitFilter.ALL, new PageRequest(1, PageRequest.MAX_SIZE))).thenReturn(new Page<>(
                List.of(unit("hpu"), unit("hnnd"), unit("jzaas")), 3, 1, PageRequest.MAX_SIZE));

        assertEquals(List.of("hnnd ", "hpu "), complete(completer, "h"));
    }

    @Test
    void roleCompletesEnumNames() {
        assertEquals(List.of("CITY ", "COUNTY "), complete(new RoleCompleter(), "C"));
    }

    @Test
    void auditEntitiesAreSpelledAsRecorded() {
        assertEquals(List.of("DispatchingUnit "), complete(new AuditEntityCompleter(), "D"));
    }

    @Test
    void scopeFollowsTheRoleTypedBeforeIt() {
        ScopeCompleter completer = new ScopeCompleter();
        completer.counties = mock(CountyService.class);
        completer.units = mock(UnitService.class);
        when(completer.counties.list()).thenReturn(List.of(county("wuzhi"), county("wenxian"), county("xiuwu")));
        when(completer.units.search(UnitFilter.ALL, new PageRequest(1, PageRequest.MAX_SIZE))).thenReturn(
                new Page<>(List.of(unit("hpu"), unit("hnnd")), 2, 1, PageRequest.MAX_SIZE));

        assertEquals(List.of("wenxian ", "wuzhi "),
                complete(completer, "w", "tepai:account-create", "--name", "x", "wuzhi2", "county", "w"));
        assertEquals(List.of("hnnd ", "hpu "), complete(completer, "h", "tepai:account-bind", "hpu", "UNIT", "h"));
        assertEquals(List.of(), complete(completer, "", "tepai:account-bind", "audit1", "auditor", ""));
        assertEquals(List.of(), complete(completer, "", "tepai:account-bind", "x", ""));
    }

    @Test
    void accountsAreCompletedAsTheSignedInUser() {
        AccountCompleter completer = new AccountCompleter();
        completer.accounts = mock(AccountService.class);
        when(completer.accounts.search(new Actor("office", Set.of("city")), null,
                new PageRequest(1, PageRequest.MAX_SIZE))).thenReturn(new Page<>(
                List.of(account("wuzhi"), account("wenxian"), account("hpu")), 3, 1, PageRequest.MAX_SIZE));

        List<String> candidates = SignedIn.as(SignedIn.subject("office", "city"), () -> complete(completer, "w"));

        assertEquals(List.of("wenxian ", "wuzhi "), candidates);
    }

    @Test
    void accountsAreNotCompletedForWhoMayNotListThem() {
        AccountCompleter completer = new AccountCompleter();
        completer.accounts = mock(AccountService.class);
        when(completer.accounts.search(any(), any(), any())).thenThrow(new ForbiddenException("city", "no"));

        assertEquals(List.of(), SignedIn.as(SignedIn.subject("wuzhi", "county"), () -> complete(completer, "")));
    }

    @Test
    void accountsAreNotCompletedWithoutSignIn() {
        AccountCompleter completer = new AccountCompleter();
        completer.accounts = mock(AccountService.class);

        assertEquals(List.of(), complete(completer, ""));
        verifyNoInteractions(completer.accounts);
    }

    @Test
    void teamEnumsCompleteTheirNames() {
        assertEquals(List.of("COUNTY "), complete(new TeamLevelCompleter(), "CO"));
        assertEquals(List.of("FORMING "), complete(new TeamStatusCompleter(), "F"));
        assertEquals(List.of("CITY "), complete(new SupportLevelCompleter(), "CI"));
    }

    @Test
    void fieldEnumsCompleteTheirNames() {
        assertEquals(List.of("RETURNED "), complete(new LogStatusCompleter(), "R"));
        assertEquals(List.of("CONFIRMED ", "DRAFT ", "RETURNED ", "SUBMITTED "), complete(new LogStatusCompleter(), ""));
        assertEquals(List.of("ESCALATED "), complete(new RequestStatusCompleter(), "E"));
        assertEquals(List.of("CLOSED "), complete(new RequestStatusCompleter(), "C"));
    }

    @Test
    void teamIdsAreOfferedWithTheTeamsNames() {
        TeamCompleter completer = new TeamCompleter();
        completer.teams = mock(TeamService.class);
        when(completer.teams.search(TeamFilter.ALL, new PageRequest(1, PageRequest.MAX_SIZE))).thenReturn(new Page<>(
                List.of(team(3, "四大怀药产业服务团"), team(12, "乡村旅游服务团"), team(21, "农村电商服务团")), 3, 1,
                PageRequest.MAX_SIZE));
        CommandLine line = line("1");
        List<Candidate> candidates = new ArrayList<>();

        completer.completeCandidates(null, line, candidates);

        assertEquals(List.of("12"), candidates.stream().map(Candidate::value).toList());
        assertEquals("乡村旅游服务团", candidates.get(0).descr());
        assertEquals(List.of("12 ", "21 ", "3 "), complete(completer, ""));
    }

    private static Team team(long id, String name) {
        Team sample = Samples.team(List.of());
        return new Team(id, name, sample.industry(), sample.level(), sample.county(), sample.unitCode(),
                sample.termStart(), sample.termEnd(), sample.status(), sample.dispatchingLeader(), List.of(), Set.of(),
                false, 1, sample.createdAt(), sample.updatedAt());
    }

    private static County county(String code) {
        return new County(code, code, code, "410800", List.of(), 1);
    }

    private static Account account(String username) {
        return new Account(username, "", Role.COUNTY, username, true, null, null, 1, Instant.EPOCH, Instant.EPOCH);
    }

    private static DispatchingUnit unit(String code) {
        return new DispatchingUnit(code, code, "", UnitType.UNIVERSITY, Contact.NONE, false, 1);
    }

    /** {@code words}: the whole command line, its last word the one being completed. */
    static List<String> complete(Completer completer, String typed, String... words) {
        List<String> candidates = new ArrayList<>();
        completer.complete(null, line(typed, words), candidates);
        return candidates;
    }

    private static CommandLine line(String typed, String... words) {
        CommandLine line = mock(CommandLine.class);
        when(line.getCursorArgument()).thenReturn(typed);
        when(line.getArgumentPosition()).thenReturn(typed.length());
        when(line.getArguments()).thenReturn(words);
        when(line.getCursorArgumentIndex()).thenReturn(words.length - 1);
        return line;
    }
}
