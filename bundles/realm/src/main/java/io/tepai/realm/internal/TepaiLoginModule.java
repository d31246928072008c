package io.tepai.realm.internal;

import io.tepai.api.account.Authenticator;
import java.io.IOException;
import java.security.Principal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.security.auth.Subject;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.CallbackHandler;
import javax.security.auth.callback.NameCallback;
import javax.security.auth.callback.PasswordCallback;
import javax.security.auth.callback.UnsupportedCallbackException;
import javax.security.auth.login.FailedLoginException;
import javax.security.auth.login.LoginException;
import javax.security.auth.spi.LoginModule;
import org.apache.karaf.jaas.boot.principal.ClientPrincipal;
import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;

/**
 * Signs in against Tepai's accounts. The {@link Authenticator} and the {@link ConnectionFailures} arrive in the
 * options, put there by {@link TepaiRealm}; the principals are Karaf's, so console ACLs and REST see the same roles.
 * Within one ssh connection a password that already failed for the user is refused without asking the accounts
 * again, so that a client's automatic retries count as one failed sign-in ({@link ConnectionFailures}).
 */
public class TepaiLoginModule implements LoginModule {

    static final String AUTHENTICATOR = Authenticator.class.getName();
    static final String CONNECTION_FAILURES = ConnectionFailures.class.getName();

    private Subject subject;
    private CallbackHandler callbacks;
    private Authenticator authenticator;
    private ConnectionFailures connectionFailures;
    private String username;
    private Set<String> roles;
    private final List<Principal> added = new ArrayList<>();

    @Override
    public void initialize(Subject subject, CallbackHandler callbackHandler, Map<String, ?> sharedState,
                           Map<String, ?> options) {
        this.subject = subject;
        this.callbacks = callbackHandler;
        this.authenticator = (Authenticator) options.get(AUTHENTICATOR);
        this.connectionFailures = (ConnectionFailures) options.get(CONNECTION_FAILURES);
    }

    @Override
    public boolean login() throws LoginException {
        if (authenticator == null) {
            throw new LoginException("Tepai's accounts are not available yet");
        }
        NameCallback name = new NameCallback("Username: ");
        PasswordCallback password = new PasswordCallback("Password: ", false);
        try {
            callbacks.handle(new Callback[] {name, password});
        } catch (IOException | UnsupportedCallbackException e) {
            throw new LoginException("Cannot read the credentials: " + e.getMessage());
        }
        char[] given = password.getPassword();
        char[] secret = given == null ? new char[0] : given;
        try {
            String user = name.getName();
            String connection = connection();
            if (connection != null && user != null && connectionFailures != null
                    && connectionFailures.alreadyFailed(connection, user, secret)) {
                throw new FailedLoginException("Wrong user name or password");
            }
            Optional<Set<String>> found = authenticator.authenticate(user, secret);
            if (found.isEmpty()) {
                if (connection != null && user != null && connectionFailures != null) {
                    connectionFailures.failed(connection, user, secret);
                }
                throw new FailedLoginException("Wrong user name or password");
            }
            username = user;
            roles = found.get();
            return true;
        } finally {
            if (secret != null) {
                Arrays.fill(secret, '\0');
            }
            password.clearPassword();
        }
    }

    /**
     * The ssh connection this sign-in comes over: Karaf's ssh server puts the client's address and port in the
     * subject before it signs in; REST does not.
     */
    private String connection() {
        return subject.getPrincipals(ClientPrincipal.class).stream()
                .filter(p -> "ssh".equals(p.getMethod()) && p.getAddress() != null)
                .map(ClientPrincipal::getAddress)
                .findFirst()
                .orElse(null);
    }

    @Override
    public boolean commit() {
        if (roles == null) {
            return false;
        }
        added.add(new UserPrincipal(username));
        roles.forEach(role -> added.add(new RolePrincipal(role)));
        subject.getPrincipals().addAll(added);
        return true;
    }

    @Override
    public boolean abort() {
        return logout();
    }

    @Override
    public boolean logout() {
        subject.getPrincipals().removeAll(added);
        added.clear();
        roles = null;
        username = null;
        return true;
    }
}
