package io.tepai.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import aQute.bnd.differ.Baseline;
import aQute.bnd.differ.DiffPluginImpl;
import aQute.bnd.header.Parameters;
import aQute.bnd.osgi.Builder;
import aQute.bnd.osgi.Constants;
import aQute.bnd.osgi.Instructions;
import aQute.bnd.osgi.Jar;
import aQute.bnd.service.diff.Delta;
import aQute.bnd.service.diff.Diff;
import aQute.bnd.service.diff.Tree;
import aQute.lib.json.JSONCodec;
import java.io.File;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The SPI's baseline check (bnd's, as Apache Sling runs it): every exported package of this build is compared with
 * the reference kept in {@value #REFERENCE}, and the build fails when a package changed more than its version says,
 * e.g. a method removed from a consumer type without a major version bump. Nothing is released yet, so the reference
 * is the SPI's API as last recorded — bnd's API tree and the Export-Package header, as reviewable JSON text rather
 * than a jar (no binary in git, and no {@code io.tepai} artifact in the local Maven repository). Record a new
 * reference when a release is cut, or after a deliberate and documented bump:
 * {@code mvn -B -o test -pl bundles/spi -Dtepai.baseline.record=true}. The reference is the 1.0.0 API today, and
 * testing/spi-1.0.0's FrozenAt100Test reads it as such: when another is recorded, keep the 1.0.0 file for that test.
 */
class ApiBaselineTest {

    static final String REFERENCE = "src/test/baseline/io.tepai.spi.api.json";
    private static final DiffPluginImpl DIFFER = new DiffPluginImpl();

    /** What is kept of a build: its exported packages with their versions, and bnd's tree of their API. */
    public static class Reference {
        public String exports;
        public Tree.Data api;
    }

    /** This build's SPI as a bundle, its package versions taken from the package-info annotations. */
    private static Jar currentSpi() throws Exception {
        Builder builder = new Builder();
        builder.addClasspath(new File("target/classes"));
        builder.setProperty("Bundle-SymbolicName", "io.tepai.spi");
        builder.setProperty("Bundle-Version", "0.0.0");
        builder.setProperty("-includepackage", "io.tepai.spi.*");
        builder.setProperty("-noextraheaders", "true");
        builder.setProperty("-reproducible", "true");
        Jar jar = builder.build();
        assertTrue(builder.isOk(), "bnd: " + builder.getErrors());
        return jar;
    }

    private static Reference of(Jar jar) throws Exception {
        Reference reference = new Reference();
        reference.exports = jar.getManifest().getMainAttributes().getValue(Constants.EXPORT_PACKAGE);
        reference.api = DIFFER.tree(jar).serialize();
        return reference;
    }

    private static Reference recorded() throws Exception {
        return new JSONCodec().dec().from(new File(REFERENCE)).get(Reference.class);
    }

    @Test
    void noPackageChangedMoreThanItsVersionSays() throws Exception {
        try (Jar current = currentSpi()) {
            Reference now = of(current);
            if (Boolean.getBoolean("tepai.baseline.record")) {
                Files.createDirectories(new File(REFERENCE).toPath().getParent());
                new JSONCodec().enc().indent("  ").to(new File(REFERENCE)).put(now).close();
            }
            List<String> mismatches = mismatches(now, recorded());
            assertEquals(List.of(), mismatches, "An incompatible change needs a major version bump of the package"
                    + " in its package-info (and the reference recorded again once released)");
        }
    }

    /** The check itself can fail: a type removed from a package without a major bump is a mismatch. */
    @Test
    void aRemovedTypeWithoutAMajorBumpIsCaught() throws Exception {
        try (Jar current = currentSpi()) {
            current.remove("io/tepai/spi/evaluation/Grade.class");

            List<String> mismatches = mismatches(of(current), recorded());

            assertEquals(1, mismatches.size(), mismatches.toString());
            assertTrue(mismatches.get(0).startsWith("io.tepai.spi.evaluation: version ")
                    && mismatches.get(0).endsWith("(MAJOR): enum io.tepai.spi.evaluation.Grade removed"),
                    mismatches.get(0));
        }
    }

    /**
     * "package: version x, needs y (what changed): what broke" for each package whose version is too low for its
     * change; what broke names the members removed or changed incompatibly, so that the failure says what to put
     * back rather than only which package to look at.
     */
    static List<String> mismatches(Reference current, Reference reference) throws Exception {
        Set<Baseline.Info> infos = new Baseline(new aQute.bnd.osgi.Processor(), DIFFER).baseline(
                DIFFER.deserialize(current.api), new Parameters(current.exports),
                DIFFER.deserialize(reference.api), new Parameters(reference.exports), new Instructions("*"));
        return infos.stream().filter(info -> info.mismatch)
                .map(info -> info.packageName + ": version " + info.newerVersion + ", needs " + info.suggestedVersion
                        + " (" + info.packageDiff.getDelta() + "): "
                        + String.join(", ", breaking(info.packageDiff, info.packageName)))
                .sorted().collect(Collectors.toList());
    }

    /** The removed or incompatibly changed members under a diff, each with the type it belongs to. */
    private static List<String> breaking(Diff diff, String owner) {
        List<String> found = new ArrayList<>();
        for (Diff child : diff.getChildren()) {
            if (child.getType() == aQute.bnd.service.diff.Type.VERSION) {
                continue;   // the package's own version, which the mismatch states already
            }
            String what = child.getType().toString().toLowerCase(Locale.ROOT);
            boolean member = child.getType() == aQute.bnd.service.diff.Type.METHOD
                    || child.getType() == aQute.bnd.service.diff.Type.FIELD;
            String name = member ? owner + ": " + what + " " + child.getName() : what + " " + child.getName();
            if (child.getDelta() == Delta.REMOVED) {
                found.add(name + " removed");
            } else if (child.getDelta() == Delta.MAJOR) {
                List<String> inner = breaking(child, member ? owner : child.getName());
                found.addAll(inner.isEmpty() ? List.of(name + " changed incompatibly") : inner);
            }
        }
        return found;
    }
}
