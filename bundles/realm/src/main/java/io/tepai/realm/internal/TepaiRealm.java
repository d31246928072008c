package io.tepai.realm.internal;

import io.tepai.api.account.Authenticator;
import java.util.HashMap;
import java.util.Map;
import javax.security.auth.login.AppConfigurationEntry;
import javax.security.auth.login.AppConfigurationEntry.LoginModuleControlFlag;
import org.apache.karaf.jaas.boot.ProxyLoginModule;
import org.apache.karaf.jaas.config.JaasRealm;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Replaces Karaf's realm {@code karaf} (same name, higher rank), which the ssh console and the REST API both use:
 * first Tepai's accounts, then, for city IT's container administrators only, {@code etc/users.properties}.
 */
@Component(service = JaasRealm.class)
public class TepaiRealm implements JaasRealm {

    static final String NAME = "karaf";
    static final int RANK = 10;
    private static final String PROPERTIES_MODULE = "org.apache.karaf.jaas.modules.properties.PropertiesLoginModule";

    private final AppConfigurationEntry[] entries;

    @Activate
    public TepaiRealm(@Reference Authenticator authenticator, BundleContext context) {
        Map<String, Object> tepai = new HashMap<>();
        tepai.put(ProxyLoginModule.PROPERTY_MODULE, TepaiLoginModule.class.getName());
        tepai.put(ProxyLoginModule.PROPERTY_BUNDLE, Long.toString(context.getBundle().getBundleId()));
        tepai.put(TepaiLoginModule.AUTHENTICATOR, authenticator);

        Map<String, Object> administrators = new HashMap<>();
        administrators.put(ProxyLoginModule.PROPERTY_MODULE, PROPERTIES_MODULE);
        administrators.put(ProxyLoginModule.PROPERTY_BUNDLE, Long.toString(jaasModules(context).getBundleId()));
        administrators.put(BundleContext.class.getName(), context);
        administrators.put("users", System.getProperty("karaf.etc") + "/users.properties");

        entries = new AppConfigurationEntry[] {
            new AppConfigurationEntry(ProxyLoginModule.class.getName(), LoginModuleControlFlag.SUFFICIENT, tepai),
            new AppConfigurationEntry(ProxyLoginModule.class.getName(), LoginModuleControlFlag.SUFFICIENT,
                    administrators),
        };
    }

    private static Bundle jaasModules(BundleContext context) {
        for (Bundle bundle : context.getBundles()) {
            if ("org.apache.karaf.jaas.modules".equals(bundle.getSymbolicName())) {
                return bundle;
            }
        }
        throw new IllegalStateException("Karaf's JAAS modules bundle is not installed");
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
