package io.tepai.store;

import io.tepai.store.entity.CriterionLineRow;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.persistence.EntityManager;

/**
 * What a round's computation needs of its stored results, read as columns (issue 17): three queries per thousand
 * subjects (results, their lines, their inputs) instead of a thousand results built as entities, with their lines and
 * inputs fetched in batches and every one stored in the shared cache, only to be compared and dropped.
 */
final class StoredResults {

    private static final String OF_SUBJECTS = " WHERE e.roundId = :round AND e.subjectKey IN :keys";

    private final EntityManager em;

    StoredResults(EntityManager em) {
        this.em = em;
    }

    List<EvaluationRepository.StoredResult> of(long roundId, Collection<String> subjectKeys) {
        List<String> keys = List.copyOf(subjectKeys);
        List<EvaluationRepository.StoredResult> results = new ArrayList<>();
        for (int start = 0; start < keys.size(); start += Queries.IN_CHUNK) {
            results.addAll(chunk(roundId, keys.subList(start, Math.min(keys.size(), start + Queries.IN_CHUNK))));
        }
        return results;
    }

    private List<EvaluationRepository.StoredResult> chunk(long roundId, List<String> keys) {
        Map<Long, List<CriterionLineRow>> lines = new HashMap<>();
        em.createQuery("SELECT e.id, l.criterionId, l.nameZh, l.nameEn, l.source, l.weight, l.effectiveWeight,"
                        + " l.score, l.status, l.explanation FROM EvaluationResult e JOIN e.lines l" + OF_SUBJECTS
                        + " ORDER BY e.id, INDEX(l)", Object[].class)
                .setParameter("round", roundId).setParameter("keys", keys).getResultList()
                .forEach(row -> lines.computeIfAbsent(((Number) row[0]).longValue(), id -> new ArrayList<>())
                        .add(new CriterionLineRow((String) row[1], (String) row[2], (String) row[3],
                                (String) row[4], ((Number) row[5]).intValue(), (BigDecimal) row[6],
                                (BigDecimal) row[7], (String) row[8], (String) row[9])));
        Map<Long, Map<String, BigDecimal>> inputs = new HashMap<>();
        em.createQuery("SELECT e.id, KEY(i), VALUE(i) FROM EvaluationResult e JOIN e.inputs i" + OF_SUBJECTS,
                        Object[].class)
                .setParameter("round", roundId).setParameter("keys", keys).getResultList()
                .forEach(row -> inputs.computeIfAbsent(((Number) row[0]).longValue(), id -> new LinkedHashMap<>())
                        .put((String) row[1], (BigDecimal) row[2]));
        List<EvaluationRepository.StoredResult> results = new ArrayList<>();
        em.createQuery("SELECT e.id, e.subjectKey, e.subjectName, e.countyCode, e.unitCode, e.tier, e.industries,"
                        + " e.fieldDays, e.totalScore, e.rank, e.computedGrade, e.grade, e.capNote, e.adjustedTo"
                        + " FROM EvaluationResult e" + OF_SUBJECTS + " ORDER BY e.id", Object[].class)
                .setParameter("round", roundId).setParameter("keys", keys).getResultList()
                .forEach(row -> {
                    long id = ((Number) row[0]).longValue();
                    results.add(new EvaluationRepository.StoredResult(id, new EvaluationRepository.ScoredResult(
                            (String) row[1], (String) row[2], (String) row[3], (String) row[4], (String) row[5],
                            (String) row[6], (BigDecimal) row[7], (BigDecimal) row[8], null,
                            lines.getOrDefault(id, List.of())), ((Number) row[9]).intValue(), (String) row[10],
                            (String) row[11], (String) row[12], (String) row[13],
                            inputs.getOrDefault(id, Map.of())));
                });
        return results;
    }
}
