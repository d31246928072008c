package io.tepai.shell.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import io.tepai.api.Actor;
import io.tepai.api.ForbiddenException;
import io.tepai.api.NotFoundException;
import io.tepai.api.Page;
import io.tepai.api.PageRequest;
import io.tepai.api.account.Account;
import io.tepai.api.account.AccountDraft;
import io.tepai.api.account.AccountService;
import io.tepai.api.account.Role;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import org.apache.karaf.shell.api.console.Session;
import org.junit.jupiter.api.Test;

class AccountCommandsTest {

    private static final Actor CITY = SignedIn.actor("office", "city", "ssh");

    private final AccountService service = mock(AccountService.class);
    private final Session session = mock(Session.class);

    // ---- tepai:accounts

    @Test
    void accountsAreListedWithoutAnyPasswordData() {
        AccountsCommand command = new AccountsCommand();
        command.accounts = service;
        command.role = "county";
        when(service.search(CITY, Role.COUNTY, new PageRequest(1, 20))).thenReturn(new Page<>(List.of(
                account("wuzhi", Role.COUNTY, "wuzhi", 3, true, null, Instant.parse("2026-11-02T08:15:30.5Z")),
                account("xiuwu", Role.COUNTY, "xiuwu", 1, false, Instant.parse("2026-11-03T09:00:00Z"), null)),
                2, 1, 20));

        Console console = SignedIn.runAsCity(command::execute);

        assertEquals("", console.err());
        List<String> lines = console.lines();
        assertEquals(List.of("Username", "Display name", "Role", "Scope", "Enabled", "Locked until", "Last login"),
                Console.cells(lines.get(0)));
        assertEquals(List.of("wuzhi", "武陟县科技局", "COUNTY", "wuzhi", "yes", "", "2026-11-02T08:15:30Z"),
                Console.cells(lines.get(2)));
        assertEquals(List.of("xiuwu", "武陟县科技局", "COUNTY", "xiuwu", "no", "2026-11-03T09:00:00Z", "never"),
                Console.cells(lines.get(3)));
        assertEquals("Page 1 of 1 (2 accounts)", lines.get(lines.size() - 1));
        assertFalse(console.out().toLowerCase().contains("pbkdf2"), console.out());
        assertFalse(console.out().contains("$"), console.out());
    }

    @Test
    void unknownRoleListsTheRoles() {
        AccountsCommand command = new AccountsCommand();
        command.accounts = service;
        command.role = "mayor";

        Console console = SignedIn.runAsCity(command::execute);

        assertEquals("Error: role: 'mayor' is not one of CITY, COUNTY, UNIT, SPECIALIST, AUDITOR, ADMIN",
                console.err().strip());
        verifyNoInteractions(service);
    }

    @Test
    void refusalNamesTheMissingScopeOnOneLine() {
        AccountsCommand command = new AccountsCommand();
        command.accounts = service;
        when(service.search(any(), any(), any())).thenThrow(new ForbiddenException("city or auditor",
                "Only the city programme office and the auditor may list accounts"));

        Console console = SignedIn.run(SignedIn.subject("wuzhi", "county", "county:wuzhi"), command::execute);

        assertEquals("Error: Only the city programme office and the auditor may list accounts (needs city or auditor)"
                + System.lineSeparator(), console.err());
        assertEquals("", console.out());
    }

    // ---- tepai:account-create

    @Test
    void createAsksForThePasswordTwiceWithoutEchoAndConfirms() throws IOException {
        AccountCreateCommand command = create("wuzhi2", "county", "wuzhi");
        when(session.readLine("Password: ", '*')).thenReturn("s3cret-pass");
        when(session.readLine("Confirm password: ", '*')).thenReturn("s3cret-pass");
        AccountDraft draft = new AccountDraft("wuzhi2", "武陟县科技局", Role.COUNTY, "wuzhi", "s3cret-pass");
        when(service.create(CITY, draft)).thenReturn(account("wuzhi2", Role.COUNTY, "wuzhi", 0, true, null, null));

        Console console = SignedIn.runAsCity(command::execute);

        assertEquals("", console.err());
        assertEquals("Account wuzhi2 created (COUNTY wuzhi)" + System.lineSeparator(), console.out());
        assertFalse(console.out().contains("s3cret"));
    }

    @Test
    void createWithMismatchedConfirmationCreatesNothing() throws IOException {
        AccountCreateCommand command = create("wuzhi2", "COUNTY", "wuzhi");
        when(session.readLine("Password: ", '*')).thenReturn("s3cret-pass");
        when(session.readLine("Confirm password: ", '*')).thenReturn("s3cret-pasS");

        Console console = SignedIn.runAsCity(command::execute);

        assertEquals("Error: password: the two entries do not match" + System.lineSeparator(), console.err());
        assertEquals("", console.out());
        verifyNoInteractions(service);
    }

    @Test
    void createWhenInputEndsCreatesNothing() throws IOException {
        AccountCreateCommand command = create("wuzhi2", "COUNTY", "wuzhi");
        when(session.readLine(anyString(), eq('*'))).thenReturn(null);

        Console console = SignedIn.runAsCity(command::execute);

        assertEquals("Error: password: none was given", console.err().strip());
        verifyNoInteractions(service);
    }

    @Test
    void createWithThePasswordOptionDoesNotAsk() {
        AccountCreateCommand command = create("audit1", "auditor", null);
        command.password = "for-scripts-1";
        when(service.create(CITY, new AccountDraft("audit1", "武陟县科技局", Role.AUDITOR, null, "for-scripts-1")))
                .thenReturn(account("audit1", Role.AUDITOR, "", 0, true, null, null));

        Console console = SignedIn.runAsCity(command::execute);

        assertEquals("Account audit1 created (AUDITOR)", console.out().strip());
        verifyNoInteractions(session);
    }

    @Test
    void createWithAnUnknownRoleAsksForNoPassword() {
        AccountCreateCommand command = create("wuzhi2", "village", "wuzhi");

        Console console = SignedIn.runAsCity(command::execute);

        assertEquals("Error: role: 'village' is not one of CITY, COUNTY, UNIT, SPECIALIST, AUDITOR, ADMIN",
                console.err().strip());
        verifyNoInteractions(session, service);
    }

    @Test
    void createRefusedPrintsTheMissingScope() {
        AccountCreateCommand command = create("wuzhi2", "county", "wuzhi");
        command.password = "for-scripts-1";
        when(service.create(any(), any())).thenThrow(
                new ForbiddenException("city", "Only the city programme office may create accounts"));

        Console console = SignedIn.run(SignedIn.subject("audit", "auditor"), command::execute);

        assertEquals("Error: Only the city programme office may create accounts (needs city)"
                + System.lineSeparator(), console.err());
        assertEquals("", console.out());
    }

    @Test
    void createWithoutSignInAsksNothing() {
        AccountCreateCommand command = create("wuzhi2", "county", "wuzhi");

        Console console = Console.capture(command::execute);

        assertEquals("Error: sign in to use this command", console.err().strip());
        verifyNoInteractions(session, service);
    }

    // ---- enable, disable, password, bind: each with the version just read

    @Test
    void disableUsesTheCurrentVersion() {
        AccountDisableCommand command = new AccountDisableCommand();
        command.accounts = service;
        command.username = "wuzhi";
        when(service.get(CITY, "wuzhi")).thenReturn(account("wuzhi", Role.COUNTY, "wuzhi", 7, true, null, null));
        when(service.setEnabled(CITY, "wuzhi", 7, false))
                .thenReturn(account("wuzhi", Role.COUNTY, "wuzhi", 8, false, null, null));

        Console console = SignedIn.runAsCity(command::execute);

        assertEquals("Account wuzhi disabled", console.out().strip());
        verify(service).setEnabled(CITY, "wuzhi", 7, false);
    }

    @Test
    void enableUsesTheCurrentVersion() {
        AccountEnableCommand command = new AccountEnableCommand();
        command.accounts = service;
        command.username = "wuzhi";
        when(service.get(CITY, "wuzhi")).thenReturn(account("wuzhi", Role.COUNTY, "wuzhi", 8, false, null, null));
        when(service.setEnabled(CITY, "wuzhi", 8, true))
                .thenReturn(account("wuzhi", Role.COUNTY, "wuzhi", 9, true, null, null));

        Console console = SignedIn.runAsCity(command::execute);

        assertEquals("Account wuzhi enabled", console.out().strip());
    }

    @Test
    void enablingAnUnknownAccountIsOneErrorLine() {
        AccountEnableCommand command = new AccountEnableCommand();
        command.accounts = service;
        command.username = "ghost";
        when(service.get(CITY, "ghost")).thenThrow(new NotFoundException("Account", "ghost"));

        Console console = SignedIn.runAsCity(command::execute);

        assertEquals("Error: Account 'ghost' does not exist", console.err().strip());
        verify(service, never()).setEnabled(any(), anyString(), anyLong(), eq(true));
    }

    @Test
    void passwordResetAsksTwiceAndUsesTheCurrentVersion() throws IOException {
        AccountPasswordCommand command = new AccountPasswordCommand();
        command.accounts = service;
        command.session = session;
        command.username = "wuzhi";
        when(service.get(CITY, "wuzhi")).thenReturn(account("wuzhi", Role.COUNTY, "wuzhi", 4, true, null, null));
        when(session.readLine(anyString(), eq('*'))).thenReturn("new-pass-123");
        when(service.resetPassword(CITY, "wuzhi", 4, "new-pass-123"))
                .thenReturn(account("wuzhi", Role.COUNTY, "wuzhi", 5, true, null, null));

        Console console = SignedIn.runAsCity(command::execute);

        assertEquals("Password of account wuzhi reset", console.out().strip());
        verify(session).readLine("Password: ", '*');
        verify(session).readLine("Confirm password: ", '*');
    }

    @Test
    void passwordResetWithMismatchChangesNothing() throws IOException {
        AccountPasswordCommand command = new AccountPasswordCommand();
        command.accounts = service;
        command.session = session;
        command.username = "wuzhi";
        when(service.get(CITY, "wuzhi")).thenReturn(account("wuzhi", Role.COUNTY, "wuzhi", 4, true, null, null));
        when(session.readLine("Password: ", '*')).thenReturn("new-pass-123");
        when(session.readLine("Confirm password: ", '*')).thenReturn("new-pass-124");

        Console console = SignedIn.runAsCity(command::execute);

        assertEquals("Error: password: the two entries do not match", console.err().strip());
        verify(service, never()).resetPassword(any(), anyString(), anyLong(), anyString());
    }

    @Test
    void bindUsesTheCurrentVersionAndConfirms() {
        AccountBindCommand command = new AccountBindCommand();
        command.accounts = service;
        command.username = "hpu";
        command.role = "unit";
        command.scope = "hpu";
        when(service.get(CITY, "hpu")).thenReturn(account("hpu", Role.COUNTY, "wuzhi", 2, true, null, null));
        when(service.bind(CITY, "hpu", 2, Role.UNIT, "hpu"))
                .thenReturn(account("hpu", Role.UNIT, "hpu", 3, true, null, null));

        Console console = SignedIn.runAsCity(command::execute);

        assertEquals("", console.err());
        assertEquals("Account hpu bound to UNIT hpu", console.out().strip());
    }

    @Test
    void passwordOptionIsCensoredAndSaysItIsVisible() throws NoSuchFieldException {
        for (Class<?> type : List.of(AccountCreateCommand.class, AccountPasswordCommand.class)) {
            var option = type.getDeclaredField("password")
                    .getAnnotation(org.apache.karaf.shell.api.action.Option.class);
            assertTrue(option.censor(), type.getSimpleName());
            assertTrue(option.description().contains("for scripts; visible in shell history"), option.description());
        }
    }

    private AccountCreateCommand create(String username, String role, String scope) {
        AccountCreateCommand command = new AccountCreateCommand();
        command.accounts = service;
        command.session = session;
        command.username = username;
        command.role = role;
        command.scope = scope;
        command.displayName = "武陟县科技局";
        return command;
    }

    private static Account account(String username, Role role, String scope, long version, boolean enabled,
                                   Instant lockedUntil, Instant lastLogin) {
        Instant created = Instant.parse("2026-10-01T00:00:00Z");
        return new Account(username, "武陟县科技局", role, scope, enabled, lockedUntil, lastLogin, version, created,
                created);
    }
}
