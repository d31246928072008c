package io.tepai.core.security;

import io.tepai.api.Actor;
import io.tepai.api.account.AccountDraft;
import io.tepai.api.account.AccountService;
import io.tepai.api.account.Role;
import io.tepai.store.Store;
import java.util.Map;
import java.util.Set;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The way into a new production installation, which has no accounts yet: when {@code bootstrapAdminPassword} is set
 * in {@code etc/io.tepai.security.cfg} and the database holds no account at all, an administrator {@code admin}
 * is created with it. City IT then creates the real accounts and removes the property.
 */
@Designate(ocd = SecurityConfiguration.class)
@Component(configurationPid = "io.tepai.security", immediate = true)
public class BootstrapAdministrator {

    static final String PROPERTY = "bootstrapAdminPassword";
    private static final Logger LOG = LoggerFactory.getLogger(BootstrapAdministrator.class);

    @Activate
    public BootstrapAdministrator(@Reference Store store, @Reference AccountService accounts,
                                  Map<String, Object> config) {
        Object password = config.get(PROPERTY);
        if (password == null || password.toString().isBlank()) {
            return;
        }
        if (store.read(repos -> repos.accounts().count()) > 0) {
            LOG.warn("{} is set in etc/io.tepai.security.cfg but accounts exist already; remove it", PROPERTY);
            return;
        }
        // the container's own configuration (etc/) speaks for city IT: the bootstrap acts as an administrator
        accounts.create(new Actor("system:bootstrap", Set.of(Actor.ROLE_ADMIN)), new AccountDraft("admin", "city IT administrator", Role.ADMIN,
                "", password.toString()));
        LOG.warn("Created the bootstrap administrator account 'admin'; remove {} from etc/io.tepai.security.cfg",
                PROPERTY);
    }
}
