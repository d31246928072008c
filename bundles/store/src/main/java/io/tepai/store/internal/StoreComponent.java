package io.tepai.store.internal;

import io.tepai.api.NodeLock;
import io.tepai.store.Repositories;
import io.tepai.store.Store;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.function.Function;
import javax.persistence.spi.PersistenceProvider;
import javax.sql.DataSource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes the {@link Store} once the data source (from pax-jdbc-config, {@code etc/org.ops4j.datasource-tepai.cfg})
 * and the EclipseLink provider are there. Activation migrates the schema, so a started store is an
 * up-to-date one. The data source is chosen by {@code dataSource.target} in configuration {@code io.tepai.store}.
 */
@Component(service = Store.class, immediate = true, configurationPid = "io.tepai.store")
public class StoreComponent implements Store {

    private static final Logger LOG = LoggerFactory.getLogger(StoreComponent.class);

    @Reference(target = "(dataSourceName=tepai)")
    private DataSource dataSource;

    @Reference(target = "(javax.persistence.provider=org.eclipse.persistence.jpa.PersistenceProvider)")
    private PersistenceProvider provider;

    private JpaStore store;

    @Activate
    void activate() throws SQLException {
        store = JpaStore.open(dataSource, provider);
        LOG.info("Tepai store ready");
    }

    @Deactivate
    void deactivate() {
        store.close();
    }

    @Override
    public <T> T read(Function<Repositories, T> work) {
        return store.read(work);
    }

    @Override
    public <T> T write(Function<Repositories, T> work) {
        return store.write(work);
    }

    @Override
    public void exclusively(String name, NodeLock.Work work) throws InterruptedException {
        store.exclusively(name, work);
    }

    @Override
    public Backup backup(Path target) {
        return store.backup(target);
    }

    @Override
    public boolean isReachable() {
        return store.isReachable();
    }
}
