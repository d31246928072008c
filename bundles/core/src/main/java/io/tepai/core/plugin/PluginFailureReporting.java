package io.tepai.core.plugin;

import io.tepai.api.metrics.Metrics;
import io.tepai.guard.PluginCalls;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * Passes every plug-in failure {@link PluginCalls} sees to the metrics service, when one is registered, so city IT
 * can alert on a county's module that keeps failing. Core's copy of {@link PluginCalls} reports to it from activation
 * until deactivation; without the metrics bundle the failures are still logged, only not counted.
 */
@Component(immediate = true, service = {})
public class PluginFailureReporting {

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile Metrics metrics;

    @Activate
    void start() {
        PluginCalls.reportFailuresTo(this::failed);
    }

    @Deactivate
    void stop() {
        PluginCalls.reportFailuresTo(null);
    }

    private void failed(String plugin, String how) {
        Metrics current = metrics;
        if (current != null) {
            current.pluginFailed(plugin, how);
        }
    }
}
