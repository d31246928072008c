package io.tepai.realm.internal;

import io.tepai.api.account.Authenticator;
import java.io.IOException;
import java.security.Principal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
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
import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;

/**
 * Signs in against Tepai's accounts. The {@link Authenticator} arrives in the options, put there by
 * {@link TepaiRealm}; the principals are Karaf's, so console ACLs and REST see the same roles.
 */
public class TepaiLoginModule implements LoginModule {

    static final String AUTHENTICATOR = Authenticator.class.getName();

    private Subject subject;
    private CallbackHandler callbacks;
    private Authenticator authenticator;
    private String username;
    private Set<String> roles;
    private final List<Principal> added = new ArrayList<>();

    @Override
    public void initialize(Subject subject, CallbackHandler callbackHandler, Map<String, ?> sharedState,
                           Map<String, ?> options) {
        this.subject = subject;
        this.callbacks = callbackHandler;
        this.authenticator = (Authenticator) options.get(AUTHENTICATOR);
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
        char[] secret = password.getPassword();
        try {
            username = name.getName();
            roles = authenticator.authenticate(username, secret == null ? new char[0] : secret)
                    .orElseThrow(() -> new FailedLoginException("Wrong user name or password"));
            return true;
        } finally {
            if (secret != null) {
                Arrays.fill(secret, '\0');
            }
            password.clearPassword();
        }
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
