package io.tepai.core.evaluation;

import io.tepai.api.evaluation.Adjustment;
import io.tepai.api.evaluation.CriterionLine;
import io.tepai.api.evaluation.EvaluationResult;
import io.tepai.api.evaluation.LineStatus;
import io.tepai.api.evaluation.Renewal;
import io.tepai.api.evaluation.Round;
import io.tepai.api.evaluation.RoundStatus;
import io.tepai.spi.evaluation.Grade;
import io.tepai.spi.evaluation.Subject;
import io.tepai.spi.evaluation.SubjectKind;
import io.tepai.store.entity.CriterionLineRow;
import io.tepai.store.entity.EvaluationResultEntity;
import io.tepai.store.entity.EvaluationRoundEntity;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/** Maps evaluation entities to the API's records (rounds, results, lines) and lines back to rows. */
final class EvaluationMapper {

    private EvaluationMapper() {
    }

    static Round round(EvaluationRoundEntity round, List<EvaluationResultEntity> results) {
        Map<String, Long> counts = new java.util.HashMap<>();
        results.forEach(r -> counts.merge(r.getGrade(), 1L, Long::sum));
        return round(round, counts);
    }

    /** @param gradeCounts the round's results per grade in force, as counted in the database (issue 17) */
    static Round round(EvaluationRoundEntity round, Map<String, Long> gradeCounts) {
        Map<Grade, Integer> counts = new EnumMap<>(Grade.class);
        gradeCounts.forEach((grade, count) -> counts.put(Grade.valueOf(grade), Math.toIntExact(count)));
        int subjects = counts.values().stream().mapToInt(Integer::intValue).sum();
        List<String> problems = round.getProblems().isBlank() ? List.of()
                : Arrays.asList(round.getProblems().split("\n"));
        return new Round(round.getId(), round.getYear(), SubjectKind.valueOf(round.getKind()), round.getCountyCode(),
                round.getEvaluator(), RoundStatus.valueOf(round.getStatus()), round.isStale(), subjects, counts,
                round.getExcellentQuota(), problems, round.getCreatedAt(), round.getCreatedBy(),
                round.getComputedAt(), round.getReviewedAt(), round.getPublishedAt(), round.getVersion());
    }

    static Subject subject(SubjectKind kind, EvaluationResultEntity result) {
        return new Subject(kind, result.getSubjectKey(), result.getSubjectName(), result.getCountyCode(),
                result.getUnitCode(), result.getTier(), industries(result.getIndustries()));
    }

    static LinkedHashSet<String> industries(String joined) {
        return joined.isBlank() ? new LinkedHashSet<>() : new LinkedHashSet<>(Arrays.asList(joined.split("\n")));
    }

    static EvaluationResult result(EvaluationRoundEntity round, EvaluationResultEntity result) {
        List<CriterionLine> lines = result.getLines().stream().map(EvaluationMapper::line).toList();
        Adjustment adjustment = result.getAdjustedTo() == null ? null
                : new Adjustment(Grade.valueOf(result.getAdjustedFrom()), Grade.valueOf(result.getAdjustedTo()),
                        result.getAdjustReason(), result.getAdjustedBy(), result.getAdjustedAt());
        return new EvaluationResult(result.getId(), result.getRoundId(), round.getYear(),
                subject(SubjectKind.valueOf(round.getKind()), result), result.getTotalScore(), result.getRank(),
                Grade.valueOf(result.getComputedGrade()), Grade.valueOf(result.getGrade()),
                result.getCapNote().isBlank() ? null : result.getCapNote(), lines, result.getInputs(), adjustment,
                result.getRenewal() == null ? null : Renewal.valueOf(result.getRenewal()), result.getCertificateNo(),
                result.getVersion());
    }

    static CriterionLine line(CriterionLineRow row) {
        return new CriterionLine(row.getCriterionId(), row.getNameZh(), row.getNameEn(), row.getSource(),
                row.getWeight(), row.getEffectiveWeight(), row.getScore(), LineStatus.valueOf(row.getStatus()),
                row.getExplanation());
    }

    static CriterionLineRow row(CriterionLine line) {
        return new CriterionLineRow(line.criterionId(), line.nameZh(), line.nameEn(), line.source(), line.weight(),
                line.effectiveWeight(), line.score(), line.status().name(), line.explanation());
    }
}
