/**
 * Who owns a plug-in module, said in service properties so that Tepai knows it without calling the plug-in.
 *
 * <p>Every plug-in service ({@link io.tepai.spi.evaluation.EvaluationCriterion},
 * {@link io.tepai.spi.incentive.IncentivePolicy}, {@link io.tepai.spi.tier.SpecialistTier}) is a <em>module</em>,
 * named by its {@code id()}. Its owner is a county ({@link io.tepai.spi.module.County @County},
 * {@value io.tepai.spi.module.County#PROPERTY}) or a dispatching unit ({@link io.tepai.spi.module.Unit @Unit},
 * {@value io.tepai.spi.module.Unit#PROPERTY}); {@link io.tepai.spi.module.Shared @Shared}
 * ({@value io.tepai.spi.module.Shared#PROPERTY}) offers it to every county. Use the annotations on the DS component
 * rather than writing the properties by hand: a misspelt key does not compile.
 *
 * <p>Who may switch a module on for a county: the city office, always; the county itself when it owns the module,
 * when the module is shared, or when the module's owner unit serves the county (a specialist of the unit has been
 * assigned there in some programme year). A module that names no owner is the city office's to switch. Switching a
 * module off is the county's own choice and never refused to it. When both properties are set, the county is the
 * owner.
 *
 * <p>A module's identity stays its {@code id()} rather than a service property as well: the id is stored with
 * specialists and results, and one place to say it cannot disagree with another. Core asks it once, when the
 * service appears, through its guarded caller.
 *
 * <p>Versioning of the SPI: every package is {@code 1.0.0} until the first release, which is the baseline; from then
 * on the build compares each package with that release (bnd baseline, {@code ApiBaselineTest}) and fails on a change
 * larger than the package's version bump says. This package holds annotations and constants only and grows by new
 * types.
 */
@Export
@Version("1.0.0")
package io.tepai.spi.module;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
