package io.tepai.core.node;

import io.tepai.api.NodeLock;
import io.tepai.store.Store;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The store's database lock, offered to bundles that see only the API (the demo data load). */
@Component(service = NodeLock.class)
public class NodeLockImpl implements NodeLock {

    private final Store store;

    @Activate
    public NodeLockImpl(@Reference Store store) {
        this.store = store;
    }

    @Override
    public void runExclusively(String name, Work work) throws InterruptedException {
        store.exclusively(name, work);
    }
}
