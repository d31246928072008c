package io.tepai.api.metrics;

import java.time.Duration;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The events city IT watches, named by what happened rather than by meter, so that metric names, labels and their
 * bounds live in one place (the metrics bundle) and the recording bundles need no metrics library. Every label
 * passed in must come from a small, fixed set (a resource family, a round kind, a module id), never from a request's
 * ids or a person's name.
 * <p>
 * The service is optional: a bundle that records takes it as an optional dynamic reference and falls back to
 * {@link #NONE}, so Tepai runs unchanged without the metrics bundle.
 */
@ProviderType
public interface Metrics {

    /** Records nothing: what a bundle uses while no metrics service is registered. */
    Metrics NONE = new Metrics() {
    };

    /**
     * One HTTP request answered under {@code /api}.
     *
     * @param family the resource family, e.g. {@code /api/specialists}, or {@code other} for a path no resource
     *               serves
     */
    default void request(String family, String method, int status, Duration took) {
    }

    /** An evaluation round computed (R-EVAL) for subjects of this kind ({@code SPECIALIST}, {@code UNIT} …). */
    default void roundComputed(String kind, Duration took) {
    }

    /**
     * A plug-in call that failed: it threw, or gave no answer within its time limit.
     *
     * @param module the plug-in's module id (or its class while the id is not known)
     * @param how    {@code exception} or {@code timeout}
     */
    default void pluginFailed(String module, String how) {
    }

    /**
     * A sign-in refused.
     *
     * @param reason {@code password} (wrong password), {@code unknown} (no such account), {@code locked},
     *               {@code disabled} or {@code malformed} (no usable user name)
     */
    default void signInFailed(String reason) {
    }

    /** An account locked after too many failed sign-ins in a row. */
    default void accountLocked() {
    }
}
