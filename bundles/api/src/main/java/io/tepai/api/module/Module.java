package io.tepai.api.module;

import java.util.Map;
import java.util.Set;

/**
 * A plug-in module and where it is switched on.
 *
 * @param kind            what it extends; {@code null} when the module is no longer loaded
 * @param bundle          the providing bundle's symbolic name and version, or {@code null} when not loaded
 * @param owner           whose module it is, as its service declares; {@code null} when the module is not loaded
 * @param loaded          true while its bundle provides it; switches of an unloaded module are kept
 * @param enabledCounties the counties that switched it on
 * @param weights         a criterion's weight per enabling county
 */
public record Module(String id, ModuleKind kind, String nameZh, String nameEn, String bundle, ModuleOwner owner,
                     boolean loaded, Set<String> enabledCounties, Map<String, Integer> weights) {

    public Module {
        enabledCounties = enabledCounties == null ? Set.of() : Set.copyOf(enabledCounties);
        weights = weights == null ? Map.of() : Map.copyOf(weights);
    }
}
