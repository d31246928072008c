package io.tepai.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import aQute.bnd.differ.DiffPluginImpl;
import aQute.bnd.osgi.Builder;
import aQute.bnd.osgi.Constants;
import aQute.bnd.osgi.Jar;
import aQute.bnd.service.diff.Delta;
import aQute.bnd.service.diff.Diff;
import aQute.bnd.service.diff.Tree;
import aQute.bnd.service.diff.Type;
import aQute.lib.json.JSONCodec;
import java.io.File;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The fixture is the SPI as released, not an approximation of it: its API (bnd's tree) and its package versions are
 * exactly those of the 1.0.0 reference that bundles/spi's ApiBaselineTest holds the current SPI to. A fixture edited
 * by mistake would let the compatibility test prove less than it says. The reference is 1.0.0's until a later
 * release is recorded there; then this test needs the 1.0.0 file kept for it (git history, commit 9fbe1f2).
 */
class FrozenAt100Test {

    private static final File REFERENCE = new File("../../bundles/spi/src/test/baseline/io.tepai.spi.api.json");

    /** The reference's shape, as ApiBaselineTest writes it. */
    public static class Reference {
        public String exports;
        public Tree.Data api;
    }

    @Test
    void theApiAndThePackageVersionsAreThoseOf100() throws Exception {
        Reference reference = new JSONCodec().dec().from(REFERENCE).get(Reference.class);
        DiffPluginImpl differ = new DiffPluginImpl();
        try (Builder builder = new Builder()) {
            builder.addClasspath(new File("target/classes"));
            builder.setProperty("Bundle-SymbolicName", "io.tepai.spi");
            builder.setProperty("Bundle-Version", "0.0.0");
            builder.setProperty("-includepackage", "io.tepai.spi.*");
            builder.setProperty("-noextraheaders", "true");
            try (Jar fixture = builder.build()) {
                assertTrue(builder.isOk(), "bnd: " + builder.getErrors());

                Diff diff = differ.tree(fixture).diff(differ.deserialize(reference.api));
                List<String> changed = new ArrayList<>();
                collect(diff, changed);

                assertEquals(List.of(), changed, "the 1.0.0 sources differ from the recorded 1.0.0 API");
                assertEquals(reference.exports, fixture.getManifest().getMainAttributes()
                        .getValue(Constants.EXPORT_PACKAGE));
            }
        }
    }

    /** The API changes under a diff; class files' hashes are left out, as the baseline leaves them. */
    private static void collect(Diff diff, List<String> changed) {
        if (diff.getDelta() == Delta.UNCHANGED || diff.getType() == Type.SHA) {
            return;
        }
        if (diff.getChildren().isEmpty() || diff.getDelta() == Delta.ADDED || diff.getDelta() == Delta.REMOVED) {
            changed.add(diff.getType() + " " + diff.getName() + " " + diff.getDelta());
            return;
        }
        diff.getChildren().forEach(child -> collect(child, changed));
    }
}
