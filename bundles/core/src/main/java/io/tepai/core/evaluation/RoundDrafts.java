package io.tepai.core.evaluation;

import static io.tepai.core.evaluation.RoundRows.ROUND_WRITE;

import io.tepai.api.Actor;
import io.tepai.api.ConflictException;
import io.tepai.api.NotFoundException;
import io.tepai.api.evaluation.Round;
import io.tepai.api.evaluation.RoundDraft;
import io.tepai.api.evaluation.RoundStatus;
import io.tepai.core.validation.FieldErrors;
import io.tepai.spi.evaluation.SubjectKind;
import io.tepai.store.Store;
import io.tepai.store.entity.EvaluationRoundEntity;
import java.time.Clock;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Opens a round for a year, a kind of subject and its evaluator (R-EVAL-2), and deletes one still in draft. */
final class RoundDrafts {

    private static final Logger LOG = LoggerFactory.getLogger(RoundDrafts.class);

    private final Store store;
    private final Clock clock;

    RoundDrafts(Store store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    Round create(Actor actor, RoundDraft draft) {
        FieldErrors errors = new FieldErrors().required("draft", draft);
        errors.throwIfAny();
        errors.year("year", draft.year()).required("kind", draft.kind());
        boolean specialists = draft.kind() == SubjectKind.SPECIALIST;
        String county = draft.county() == null || draft.county().isBlank() ? null : draft.county().strip();
        if (specialists && county == null) {
            errors.add("county", "A specialist round is run by the receiving county (R-EVAL-2): name the county");
        }
        // R-TEAM-4, R-EVAL-2 (issue 20): a county evaluates the county-level teams it leads in its own TEAM round;
        // the city's TEAM round (no county) keeps the city teams
        if (county != null && !specialists && draft.kind() != SubjectKind.TEAM) {
            errors.add("county", "Only specialist and team rounds belong to a county; the city office evaluates "
                    + draft.kind() + " (R-EVAL-2)");
        }
        errors.throwIfAny();
        RoundRows.requireEvaluator(actor, county, "run this evaluation round (R-EVAL-2)");
        String evaluator = county == null ? "city" : "county:" + county;
        Round round = store.write(repos -> {
            if (county != null && repos.counties().find(county).isEmpty()) {
                throw new NotFoundException("County", county);
            }
            repos.evaluations().round(draft.year(), draft.kind().name(), evaluator).ifPresent(existing -> {
                throw new ConflictException("There is already a " + draft.kind() + " round for " + draft.year()
                        + " evaluated by " + evaluator + ": round " + existing.getId());
            });
            Instant now = clock.instant();
            EvaluationRoundEntity entity = repos.evaluations().add(new EvaluationRoundEntity(draft.year(),
                    draft.kind().name(), county, evaluator, actor.username(), now));
            entity.setSample(actor.writesSample());
            return ROUND_WRITE.created(repos, actor, now, entity, null);
        });
        LOG.info("{} created evaluation round {} ({} {}, {})", actor.username(), round.id(), round.year(),
                round.kind(), evaluator);
        return round;
    }

    void delete(Actor actor, long id, long expectedVersion) {
        store.write(repos -> {
            EvaluationRoundEntity round = RoundRows.findRound(repos, id);
            RoundRows.requireEvaluator(actor, round.getCountyCode(), "delete this round");
            ROUND_WRITE.delete(repos, actor, clock.instant(), round, expectedVersion, row -> {
                RoundRows.requireStatus(row, RoundStatus.DRAFT, "deleted");
                repos.evaluations().remove(row);
            });
            return null;
        });
        LOG.info("{} deleted draft evaluation round {}", actor.username(), id);
    }
}
