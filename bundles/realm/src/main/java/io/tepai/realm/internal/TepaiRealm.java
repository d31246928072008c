package io.tepai.realm.internal;

import io.tepai.api.account.Authenticator;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import javax.security.auth.login.AppConfigurationEntry;
import javax.security.auth.login.AppConfigurationEntry.LoginModuleControlFlag;
import org.apache.karaf.jaas.boot.ProxyLoginModule;
import org.apache.karaf.jaas.config.JaasRealm;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Replaces Karaf's realm {@code karaf} (same name, higher rank), which the ssh console and the REST API both use,
 * with Tepai's accounts only: every sign-in, city IT's administrators included, gets PBKDF2 hashes and the
 * lockout. Karaf's own realm on {@code etc/users.properties} answers only while this one is not registered.
 */
@Component(service = JaasRealm.class)
public class TepaiRealm implements JaasRealm {

    static final String NAME = "karaf";
    static final int RANK = 10;

    private final AppConfigurationEntry[] entries;
    /** Lives as long as the realm: the login modules are made anew for every sign-in. */
    private final ConnectionFailures connectionFailures = new ConnectionFailures(Clock.systemUTC());

    @Activate
    public TepaiRealm(@Reference Authenticator authenticator, BundleContext context) {
        Map<String, Object> tepai = new HashMap<>();
        tepai.put(ProxyLoginModule.PROPERTY_MODULE, TepaiLoginModule.class.getName());
        tepai.put(ProxyLoginModule.PROPERTY_BUNDLE, Long.toString(context.getBundle().getBundleId()));
        tepai.put(TepaiLoginModule.AUTHENTICATOR, authenticator);
        tepai.put(TepaiLoginModule.CONNECTION_FAILURES, connectionFailures);

        entries = new AppConfigurationEntry[] {
            new AppConfigurationEntry(ProxyLoginModule.class.getName(), LoginModuleControlFlag.REQUIRED, tepai),
        };
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public int getRank() {
        return RANK;
    }

    @Override
    public AppConfigurationEntry[] getEntries() {
        return entries.clone();
    }
}
