package io.tepai.api.imports;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What a file imports; {@link #path()} is its name in {@code POST /api/import/{kind}} and the console command. */
public enum ImportKind {
    /** Recipients of service (受援对象) of the importing county. */
    RECIPIENTS,
    /** Service logs the importing county confirms as it imports them (R-SVC-1, R-SVC-3). */
    LOGS,
    /** Specialists a dispatching unit registers (R-REC-1): candidates, appointed only by selection (R-REC-2). */
    SPECIALISTS,
    /** Dispatch of appointed specialists to a county for a programme year (R-REC-3, R-SQUAD-1). */
    ASSIGNMENTS;

    public String path() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The kind named {@code name} (as in {@link #path()}, any case), if there is one. */
    public static Optional<ImportKind> of(String name) {
        return Arrays.stream(values()).filter(kind -> kind.path().equalsIgnoreCase(name == null ? "" : name.strip()))
                .findFirst();
    }
}
