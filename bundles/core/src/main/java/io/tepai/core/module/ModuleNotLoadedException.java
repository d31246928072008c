package io.tepai.core.module;

import io.tepai.api.NotFoundException;
import java.util.Collection;

/** A 404 that names the modules that are loaded, so that a mistyped id can be put right at once. */
final class ModuleNotLoadedException extends NotFoundException {

    private static final long serialVersionUID = 1L;

    private final String message;

    ModuleNotLoadedException(String id, Collection<String> loaded) {
        super("Module", id);
        this.message = "Module '" + id + "' is not loaded (install its plug-in feature first); loaded modules: "
                + (loaded.isEmpty() ? "none" : String.join(", ", loaded));
    }

    @Override
    public String getMessage() {
        return message;
    }
}
