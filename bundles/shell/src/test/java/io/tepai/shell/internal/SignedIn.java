package io.tepai.shell.internal;

import io.tepai.api.Actor;
import java.security.PrivilegedAction;
import java.security.PrivilegedActionException;
import java.security.PrivilegedExceptionAction;
import java.util.Set;
import javax.security.auth.Subject;
import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;

/** Runs code as Karaf runs a command: inside doAs with the session's JAAS subject. */
final class SignedIn {

    private SignedIn() {
    }

    static Subject subject(String user, String... roles) {
        Subject subject = new Subject();
        subject.getPrincipals().add(new UserPrincipal(user));
        for (String role : roles) {
            subject.getPrincipals().add(new RolePrincipal(role));
        }
        return subject;
    }

    static Actor actor(String user, String... roles) {
        return new Actor(user, Set.of(roles));
    }

    /** The command's output, run as that user; the actor is built from the subject by the code under test. */
    @SuppressWarnings("removal") // how Karaf 4.4 hands the session's subject to commands
    static Console run(Subject subject, Console.Execution command) {
        return Console.capture(() -> {
            try {
                Subject.doAs(subject, (PrivilegedExceptionAction<Object>) () -> {
                    command.run();
                    return null;
                });
            } catch (PrivilegedActionException e) {
                throw e.getException();
            }
        });
    }

    static Console runAsCity(Console.Execution command) {
        return run(subject("office", "city", "ssh"), command);
    }

    @SuppressWarnings("removal") // how Karaf 4.4 hands the session's subject to commands
    static <T> T as(Subject subject, PrivilegedAction<T> action) {
        return Subject.doAs(subject, action);
    }
}
