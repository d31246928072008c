package io.tepai.api.module;

/**
 * Whose a plug-in module is, as its service declares (service properties {@code tepai.county}, {@code tepai.unit},
 * {@code tepai.shared} of {@code io.tepai.spi.module}). It decides who may switch the module on for a county: the
 * city office always; a county when it is the owner, when the module is shared, or when the owner unit serves it
 * (a specialist of the unit has been assigned there).
 *
 * @param county the owner county's code, or {@code null}
 * @param unit   the owner unit's code, or {@code null}; when both are declared the county is the owner
 * @param shared true when its owner offers the module to every county
 */
public record ModuleOwner(String county, String unit, boolean shared) {

    /** A module that declares no owner: only the city office switches it. */
    public static final ModuleOwner NONE = new ModuleOwner(null, null, false);

    public ModuleOwner {
        county = blankToNull(county);
        unit = county != null ? null : blankToNull(unit);
    }

    /** E.g. "county wuzhi", "unit hpu, shared", "(none)". */
    public String describe() {
        String who = county != null ? "county " + county : unit != null ? "unit " + unit : "(none)";
        return shared ? who + ", shared" : who;
    }

    private static String blankToNull(String code) {
        return code == null || code.isBlank() ? null : code.strip();
    }
}
