package io.tepai.shell.internal;

import io.tepai.api.Actor;
import java.security.AccessController;
import java.security.Principal;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.security.auth.Subject;
import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;

/**
 * The {@link Actor} of a console command: the user signed in to the session. Karaf runs every command (and every
 * completion) of a session inside {@code JaasHelper.doAs(subject, …)}, so the session's JAAS subject is the one of
 * the current access control context. Its roles include the scope roles ({@code county:wuzhi}) the realm adds.
 */
final class Actors {

    private Actors() {
    }

    /** The user signed in to the current console session; empty when there is none (or it has no user). */
    @SuppressWarnings("removal") // deprecated with the Security Manager, yet the way Karaf 4.4 hands over the subject
    static Optional<Actor> current() {
        return fromSubject(Subject.getSubject(AccessController.getContext()));
    }

    /**
     * The user is the name of the subject's first {@link UserPrincipal}; the roles are the names of all its
     * {@link RolePrincipal}s.
     *
     * @return empty when there is no subject or it carries no (named) user
     */
    static Optional<Actor> fromSubject(Subject subject) {
        if (subject == null) {
            return Optional.empty();
        }
        // getPrincipals() iterates in the order the login modules added them; getPrincipals(Class) does not
        Set<Principal> principals = subject.getPrincipals();
        Optional<String> user = principals.stream()
                .filter(UserPrincipal.class::isInstance)
                .map(Principal::getName)
                .findFirst()
                .filter(name -> name != null && !name.isBlank());
        Set<String> roles = principals.stream()
                .filter(RolePrincipal.class::isInstance)
                .map(Principal::getName)
                .filter(name -> name != null && !name.isBlank())
                .collect(Collectors.toUnmodifiableSet());
        return user.map(name -> new Actor(name, roles));
    }
}
