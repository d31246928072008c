package io.tepai.api.evaluation;

import io.tepai.spi.evaluation.Grade;
import java.time.Instant;

/** An evaluator's manual change of a grade, with the reason it needs (audited). */
public record Adjustment(Grade from, Grade to, String reason, String by, Instant at) {
}
