package io.tepai.shell.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;

import io.tepai.api.Actor;
import io.tepai.api.account.AccountService;
import java.security.Principal;
import java.util.Optional;
import java.util.Set;
import javax.security.auth.Subject;
import org.apache.karaf.jaas.boot.principal.GroupPrincipal;
import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;
import org.junit.jupiter.api.Test;

class ActorsTest {

    @Test
    void actorIsTheSessionSubjectsUserWithAllItsRoles() {
        Subject subject = SignedIn.subject("wuzhi", "county", "county:wuzhi", "ssh");

        Optional<Actor> actor = SignedIn.as(subject, Actors::current);

        assertEquals(Optional.of(new Actor("wuzhi", Set.of("county", "county:wuzhi", "ssh"))), actor);
        assertEquals(Optional.of("wuzhi"), actor.flatMap(Actor::county));
    }

    @Test
    void onlyUserAndRolePrincipalsCount() {
        Subject subject = new Subject();
        subject.getPrincipals().add(new GroupPrincipal("admingroup"));
        subject.getPrincipals().add(named("someone-else"));
        subject.getPrincipals().add(new UserPrincipal("auditor1"));
        subject.getPrincipals().add(new UserPrincipal("second"));
        subject.getPrincipals().add(new RolePrincipal("auditor"));

        Optional<Actor> actor = SignedIn.as(subject, Actors::current);

        assertEquals(Optional.of(new Actor("auditor1", Set.of("auditor"))), actor);
    }

    @Test
    void aUserWithoutRolesIsStillAnActor() {
        assertEquals(Optional.of(new Actor("nobody", Set.of())), Actors.fromSubject(SignedIn.subject("nobody")));
    }

    @Test
    void noSubjectMeansNoActor() {
        assertEquals(Optional.empty(), Actors.current());
        assertEquals(Optional.empty(), Actors.fromSubject(null));
    }

    @Test
    void aSubjectWithoutUserMeansNoActor() {
        Subject subject = new Subject();
        subject.getPrincipals().add(new RolePrincipal("city"));

        assertEquals(Optional.empty(), SignedIn.as(subject, Actors::current));
    }

    @Test
    void withoutSignInACommandSaysSoAndDoesNothing() {
        AccountsCommand command = new AccountsCommand();
        command.accounts = mock(AccountService.class);

        Console console = Console.capture(command::execute);

        assertEquals("Error: sign in to use this command" + System.lineSeparator(), console.err());
        assertEquals("", console.out());
        verifyNoInteractions(command.accounts);
    }

    @Test
    void aSubjectWithoutUserCannotRunCommandsEither() {
        AccountsCommand command = new AccountsCommand();
        command.accounts = mock(AccountService.class);
        Subject roleOnly = new Subject();
        roleOnly.getPrincipals().add(new RolePrincipal("city"));

        Console console = SignedIn.run(roleOnly, command::execute);

        assertTrue(console.err().startsWith("Error: sign in to use this command"), console.err());
        verifyNoInteractions(command.accounts);
    }

    private static Principal named(String name) {
        return () -> name;
    }
}
