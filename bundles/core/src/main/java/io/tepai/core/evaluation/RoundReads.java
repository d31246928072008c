package io.tepai.core.evaluation;

import static io.tepai.core.evaluation.RoundRows.findResult;
import static io.tepai.core.evaluation.RoundRows.findRound;

import io.tepai.api.Actor;
import io.tepai.api.Page;
import io.tepai.api.PageRequest;
import io.tepai.api.evaluation.EvaluationResult;
import io.tepai.api.evaluation.PublicResult;
import io.tepai.api.evaluation.ResultFilter;
import io.tepai.api.evaluation.Round;
import io.tepai.api.evaluation.RoundFilter;
import io.tepai.spi.evaluation.Grade;
import io.tepai.spi.evaluation.SubjectKind;
import io.tepai.store.Store;
import io.tepai.store.entity.EvaluationResultEntity;
import io.tepai.store.entity.EvaluationRoundEntity;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/** Reads rounds and results, each as far as the reader may see it ({@link ResultScope}), and the public list. */
final class RoundReads {

    private final Store store;

    RoundReads(Store store) {
        this.store = store;
    }

    Page<Round> rounds(Actor actor, RoundFilter filter, PageRequest page) {
        Objects.requireNonNull(actor, "actor");
        RoundFilter f = filter == null ? RoundFilter.ALL : filter;
        return store.read(repos -> repos.evaluations().rounds(f.year(), f.kind() == null ? null : f.kind().name(),
                        f.county(), f.status() == null ? null : f.status().name(), ResultScope.roundsVisibleTo(actor),
                        page)
                .map(r -> EvaluationMapper.round(r, repos.evaluations().gradeCounts(r.getId()))));
    }

    Round round(Actor actor, long id) {
        Objects.requireNonNull(actor, "actor");
        return store.read(repos -> {
            EvaluationRoundEntity round = findRound(repos, id);
            ResultScope.requireVisible(actor, round);
            return EvaluationMapper.round(round, repos.evaluations().gradeCounts(id));
        });
    }

    Page<EvaluationResult> results(Actor actor, ResultFilter filter, PageRequest page) {
        ResultScope.Narrowed scope = ResultScope.narrow(actor, filter == null ? ResultFilter.ALL : filter);
        ResultFilter f = scope.filter();
        return store.read(repos -> {
            Map<Long, EvaluationRoundEntity> rounds = new HashMap<>();
            return repos.evaluations().results(f.roundId(), f.year(), f.kind() == null ? null : f.kind().name(),
                    f.county(), f.unit(), f.grade() == null ? null : f.grade().name(), scope.subject(),
                    scope.publishedOnly(), page)
                    .map(r -> EvaluationMapper.result(rounds.computeIfAbsent(r.getRoundId(), k -> findRound(repos, k)), r));
        });
    }

    EvaluationResult result(Actor actor, long resultId) {
        return store.read(repos -> {
            EvaluationResultEntity result = findResult(repos, resultId);
            EvaluationRoundEntity round = findRound(repos, result.getRoundId());
            ResultScope.requireReadable(actor, round, result);
            return EvaluationMapper.result(round, result);
        });
    }

    Page<PublicResult> publicResults(Integer year, SubjectKind kind, PageRequest page) {
        return store.read(repos -> {
            Map<Long, EvaluationRoundEntity> rounds = new HashMap<>();
            return repos.evaluations().results(null, year, kind == null ? null : kind.name(), null, null, null, true,
                    page).map(r -> {
                        EvaluationRoundEntity round = rounds.computeIfAbsent(r.getRoundId(), k -> findRound(repos, k));
                        return new PublicResult(round.getYear(), SubjectKind.valueOf(round.getKind()),
                                r.getSubjectName(), r.getCountyCode(), r.getUnitCode(), Grade.valueOf(r.getGrade()));
                    });
        });
    }
}
