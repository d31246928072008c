package io.tepai.core.evaluation;

import io.tepai.api.Actor;
import io.tepai.api.ForbiddenException;
import io.tepai.api.evaluation.ResultFilter;
import io.tepai.api.evaluation.RoundStatus;
import io.tepai.spi.evaluation.SubjectKind;
import io.tepai.store.entity.EvaluationResultEntity;
import io.tepai.store.entity.EvaluationRoundEntity;
import java.util.Objects;
import java.util.Optional;

/**
 * Who reads which results. The city office and auditors read all; a county reads results about itself or its
 * round; a dispatching unit reads its own people's results once published (R-EVAL-4: results go back to the
 * dispatching unit); a specialist lists and reads their own published results (and the certificate). Everyone reads
 * the public list.
 */
final class ResultScope {

    /** @param subject only the results about this subject key (a specialist's own), or null */
    record Narrowed(ResultFilter filter, boolean publishedOnly, String subject) {

        Narrowed(ResultFilter filter, boolean publishedOnly) {
            this(filter, publishedOnly, null);
        }
    }

    private ResultScope() {
    }

    /**
     * Which rounds an account sees: the city office and auditors all; a county its own rounds and the published
     * ones; everyone else the published ones. Before publication a round's grade counts and problems are the
     * evaluator's working papers.
     *
     * @return null for every round, the county's code, or "" for published rounds only
     */
    static String roundsVisibleTo(Actor actor) {
        Objects.requireNonNull(actor, "actor");
        if (actor.isCity() || actor.hasRole(Actor.ROLE_AUDITOR)) {
            return null;
        }
        return actor.county().orElse("");
    }

    static void requireVisible(Actor actor, EvaluationRoundEntity round) {
        String visibleTo = roundsVisibleTo(actor);
        if (visibleTo != null && !RoundStatus.PUBLISHED.name().equals(round.getStatus())
                && !visibleTo.equals(round.getCountyCode())) {
            throw new ForbiddenException(round.getCountyCode() == null ? "city" : "county:" + round.getCountyCode(),
                    "Round " + round.getId() + " is not published yet; until then only its evaluator reads it");
        }
    }

    static Narrowed narrow(Actor actor, ResultFilter f) {
        Objects.requireNonNull(actor, "actor");
        if (actor.isCity() || actor.hasRole(Actor.ROLE_AUDITOR)) {
            return new Narrowed(f, false);
        }
        Optional<String> county = actor.county();
        if (county.isPresent()) {
            requireSame("county", f.county(), county.get());
            return new Narrowed(new ResultFilter(f.roundId(), f.year(), f.kind(), county.get(), f.unit(), f.grade()),
                    false);
        }
        Optional<String> unit = actor.unit();
        if (unit.isPresent()) {
            requireSame("unit", f.unit(), unit.get());
            return new Narrowed(new ResultFilter(f.roundId(), f.year(), f.kind(), f.county(), unit.get(), f.grade()),
                    true);
        }
        Optional<Long> specialist = actor.specialist();
        if (specialist.isPresent()) {
            // their own results of published specialist rounds, the same ones they read by id (R-EVAL-4)
            if (f.kind() != null && f.kind() != SubjectKind.SPECIALIST) {
                throw new ForbiddenException("city, county, unit or auditor", "A specialist reads their own "
                        + "SPECIALIST results only; the published list is at /api/evaluations/public");
            }
            return new Narrowed(new ResultFilter(f.roundId(), f.year(), SubjectKind.SPECIALIST, f.county(), f.unit(),
                    f.grade()), true, String.valueOf(specialist.get()));
        }
        throw new ForbiddenException("city, county, unit or auditor",
                "Evaluation results are read by the city office, the counties, the dispatching units and, their "
                        + "own, the specialists; the published list is at /api/evaluations/public");
    }

    /** A county or unit account may filter by its own scope only; asking for another's is refused, not emptied. */
    static void requireSame(String scope, String asked, String own) {
        if (asked != null && !asked.isBlank() && !asked.strip().equals(own)) {
            throw new ForbiddenException(scope + ":" + asked.strip(), "A " + scope + " account reads only its own "
                    + scope + "'s records (" + own + ")");
        }
    }

    static void requireReadable(Actor actor, EvaluationRoundEntity round, EvaluationResultEntity result) {
        Objects.requireNonNull(actor, "actor");
        boolean published = RoundStatus.PUBLISHED.name().equals(round.getStatus());
        boolean readable = actor.isCity() || actor.hasRole(Actor.ROLE_AUDITOR)
                || actor.county().filter(c -> c.equals(result.getCountyCode()) || c.equals(round.getCountyCode()))
                .isPresent()
                || published && actor.unit().filter(u -> u.equals(result.getUnitCode())).isPresent()
                || published && "SPECIALIST".equals(round.getKind())
                && actor.specialist().filter(id -> String.valueOf(id).equals(result.getSubjectKey())).isPresent();
        if (!readable) {
            throw new ForbiddenException("city", "Result " + result.getId() + " is not yours to read"
                    + (published ? "" : " (round " + round.getId() + " is not published yet)"));
        }
    }
}
