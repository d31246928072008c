/**
 * Extension point for evaluation criteria (R-EVAL-1: counties may add local criteria).
 *
 * <p>A criterion scores one subject of an evaluation round &mdash; a specialist, a team, a county's specialist work
 * or a dispatching unit &mdash; from the {@link io.tepai.spi.evaluation.SubjectData evaluation data} Tepai assembles:
 * confirmed service logs with their satisfaction ratings, coordination requests, training, demonstration bases,
 * mentees and the evaluator's manual inputs. Register an {@link io.tepai.spi.evaluation.EvaluationCriterion} as an
 * OSGi service (a DS {@code @Component}); it is a <em>module</em> that each county switches on or off from the
 * console or the REST API. It counts only in the rounds of counties that enabled it, with the weight the county
 * configured (or {@link io.tepai.spi.evaluation.EvaluationCriterion#defaultWeight()}).
 *
 * <p>Versioning: {@code EvaluationCriterion} is a consumer type; adding an abstract method is a major change. The
 * records here may gain components in a minor version; when one does, its existing constructors and factories are
 * kept, so a plug-in built against an older version keeps working. Return scores through
 * {@link io.tepai.spi.evaluation.CriterionScore#of} and {@link io.tepai.spi.evaluation.CriterionScore#notApplicable}.
 */
@Export
@Version("1.0.0")
package io.tepai.spi.evaluation;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
