package io.tepai.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import aQute.bnd.differ.Baseline;
import aQute.bnd.differ.DiffPluginImpl;
import aQute.bnd.osgi.Builder;
import aQute.bnd.osgi.Jar;
import aQute.service.reporter.Reporter;
import java.io.File;
import java.nio.file.Files;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The SPI's baseline check (bnd's, as Apache Sling runs it): every exported package of this build is compared with
 * the reference bundle kept in {@value #REFERENCE}, and the build fails when a package changed more than its version
 * says, e.g. a method removed from a consumer type without a major version bump. Nothing is released yet, so the
 * reference is the SPI as it was last recorded rather than an artifact from a repository (which would also put an
 * {@code io.tepai} artifact into the local Maven repository). Record a new reference when a release is cut, or after
 * a deliberate and documented bump: {@code mvn -B -o test -pl bundles/spi -Dtepai.baseline.record=true}.
 */
class ApiBaselineTest {

    static final String REFERENCE = "src/test/baseline/io.tepai.spi.jar";

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

    @Test
    void noPackageChangedMoreThanItsVersionSays() throws Exception {
        File reference = new File(REFERENCE);
        try (Jar current = currentSpi()) {
            if (Boolean.getBoolean("tepai.baseline.record")) {
                Files.createDirectories(reference.toPath().getParent());
                current.write(reference);
            }
            try (Jar baseline = new Jar(reference)) {
                List<String> mismatches = mismatches(current, baseline);
                assertEquals(List.of(), mismatches, "An incompatible change needs a major version bump of the package"
                        + " in its package-info (and the reference recorded again once released)");
            }
        }
    }

    /** The check itself can fail: a type removed from a package without a major bump is a mismatch. */
    @Test
    void aRemovedTypeWithoutAMajorBumpIsCaught() throws Exception {
        try (Jar current = currentSpi(); Jar reference = new Jar(new File(REFERENCE))) {
            current.remove("io/tepai/spi/evaluation/Grade.class");

            List<String> mismatches = mismatches(current, reference);

            assertEquals(1, mismatches.size(), mismatches.toString());
            assertTrue(mismatches.get(0).startsWith("io.tepai.spi.evaluation: version ")
                    && mismatches.get(0).endsWith("(MAJOR)"), mismatches.get(0));
        }
    }

    /** "package: version x, needs y (what changed)" for each package whose version is too low for its change. */
    static List<String> mismatches(Jar current, Jar reference) throws Exception {
        Reporter reporter = new aQute.bnd.osgi.Processor();
        Set<Baseline.Info> infos = new Baseline(reporter, new DiffPluginImpl()).baseline(current, reference, null);
        return infos.stream().filter(info -> info.mismatch)
                .map(info -> info.packageName + ": version " + info.newerVersion + ", needs " + info.suggestedVersion
                        + " (" + info.packageDiff.getDelta() + ")")
                .sorted().collect(Collectors.toList());
    }
}
