package io.tepai.api.account;

import java.util.Optional;
import java.util.Set;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Checks credentials against the accounts, for the JAAS realm that REST and the console share. Repeated failures
 * lock an account for a while.
 */
@ProviderType
public interface Authenticator {

    /**
     * The JAAS roles of the account (its role, its scope role such as {@code county:wuzhi}, and {@code ssh}),
     * or empty when the name or password is wrong, or the account is disabled or locked.
     */
    Optional<Set<String>> authenticate(String username, char[] password);
}
