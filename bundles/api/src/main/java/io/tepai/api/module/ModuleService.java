package io.tepai.api.module;

import io.tepai.api.Actor;
import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The loaded plug-in modules and each county's switches. A module is off everywhere until a county enables it. The
 * city office switches for any county. A county account switches for its own county only, and switches a module on
 * only when the county owns it, its owner shared it, or its owner unit serves the county ({@link ModuleOwner});
 * otherwise the switch is refused with a {@link io.tepai.api.ForbiddenException}. Every switch, and every refused
 * one, is audited.
 */
@ProviderType
public interface ModuleService {

    /** Loaded modules and modules still switched on somewhere, by id. */
    List<Module> list();

    Module get(String id);

    /**
     * Switches a loaded module on for a county.
     *
     * @param weight a criterion's weight in that county's rounds; {@code null} keeps the configured or default one
     */
    Module enable(Actor actor, String county, String moduleId, Integer weight);

    /** Switches a module off for a county; allowed also when it is no longer loaded. */
    Module disable(Actor actor, String county, String moduleId);

    /** True when the county switched the module on. */
    boolean isEnabled(String county, String moduleId);
}
