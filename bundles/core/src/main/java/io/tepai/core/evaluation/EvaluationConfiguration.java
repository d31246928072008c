package io.tepai.core.evaluation;

import io.tepai.guard.CriterionLines;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * What city IT may set in {@code etc/io.tepai.evaluation.cfg}, described for the web console and
 * {@code config:meta}. {@link EvaluationSettings} reads the raw values, so that an invalid one is logged and its
 * default kept.
 */
@ObjectClassDefinition(name = "Tepai annual evaluation",
        description = "Annual evaluation (R-EVAL-1..4). Changes apply to the next computation without a restart; "
                + "invalid values are logged and the defaults kept.")
@interface EvaluationConfiguration {

    String WEIGHTS = "Weight of a built-in dimension of R-EVAL-1 (0..100; 0 leaves it out). Weights are relative: "
            + "a subject's total is the weighted mean of the dimensions that could be scored.";

    @AttributeDefinition(name = "Weight: organisation", min = "0", max = "100", description = WEIGHTS)
    int weight_organisation() default 15;

    @AttributeDefinition(name = "Weight: duties", min = "0", max = "100", description = WEIGHTS)
    int weight_duties() default 30;

    @AttributeDefinition(name = "Weight: results", min = "0", max = "100", description = WEIGHTS)
    int weight_results() default 25;

    @AttributeDefinition(name = "Weight: satisfaction", min = "0", max = "100", description = WEIGHTS)
    int weight_satisfaction() default 20;

    @AttributeDefinition(name = "Weight: publicity", min = "0", max = "100", description = WEIGHTS)
    int weight_publicity() default 10;

    @AttributeDefinition(name = "Band: excellent from", min = "0", max = "100",
            description = "Lowest total (0..100) graded EXCELLENT.")
    int band_excellent() default 90;

    @AttributeDefinition(name = "Band: good from", min = "0", max = "100",
            description = "Lowest total graded GOOD; at most band.excellent.")
    int band_good() default 80;

    @AttributeDefinition(name = "Band: pass from", min = "0", max = "100",
            description = "Lowest total graded PASS; at most band.good. Below it is FAIL.")
    int band_pass() default 60;

    @AttributeDefinition(name = "Excellent share", min = "0", max = ExcellentCap.MAX_SHARE_TEXT,
            description = "R-EVAL-3: excellent is at most 15% of the subjects of a round (rounded down). A lower "
                    + "share may be set, never a higher one.")
    double excellentShare() default ExcellentCap.MAX_SHARE_VALUE;

    @AttributeDefinition(name = "Criterion timeout (ms)", min = "1", description = "How long one plug-in criterion "
            + "or incentive policy may take for one subject before its line is marked failed.")
    long criterionTimeoutMs() default CriterionLines.DEFAULT_TIMEOUT_MS;

    @AttributeDefinition(name = "Certificate fonts", required = false, description = "R-EVAL-4: the fonts the "
            + "excellent-specialist certificate is set in, comma-separated TrueType files (.ttf, or .ttc#<face>), "
            + "tried in order for each character and embedded in the PDF. Unset: the predefined, non-embedded "
            + "STSong-Light, BMP characters only.")
    String certificate_fonts();
}
