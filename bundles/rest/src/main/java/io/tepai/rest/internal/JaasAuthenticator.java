package io.tepai.rest.internal;

import java.security.Principal;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.security.auth.Subject;
import javax.security.auth.callback.NameCallback;
import javax.security.auth.callback.PasswordCallback;
import javax.security.auth.callback.UnsupportedCallbackException;
import javax.security.auth.login.LoginContext;
import javax.security.auth.login.LoginException;
import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;

/**
 * Checks a user name and password against a Karaf JAAS realm, the same one the console's ssh login uses, so
 * REST and console share one set of accounts.
 */
class JaasAuthenticator {

    /** An authenticated user and the roles the realm gave them. */
    record Login(String username, Set<String> roles) implements Principal {

        @Override
        public String getName() {
            return username;
        }
    }

    private final String realm;

    JaasAuthenticator(String realm) {
        this.realm = realm;
    }

    Optional<Login> authenticate(String username, char[] password) {
        Subject subject = new Subject();
        try {
            LoginContext context = new LoginContext(realm, subject, callbacks -> {
                for (var callback : callbacks) {
                    if (callback instanceof NameCallback name) {
                        name.setName(username);
                    } else if (callback instanceof PasswordCallback secret) {
                        secret.setPassword(password);
                    } else {
                        throw new UnsupportedCallbackException(callback);
                    }
                }
            });
            context.login();
        } catch (LoginException e) {
            return Optional.empty();
        }
        String user = subject.getPrincipals(UserPrincipal.class).stream().map(Principal::getName).findFirst()
                .orElse(username);
        Set<String> roles = subject.getPrincipals(RolePrincipal.class).stream().map(Principal::getName)
                .collect(Collectors.toUnmodifiableSet());
        return Optional.of(new Login(user, roles));
    }
}
