package io.tepai.store;

import io.tepai.store.entity.CriterionLineRow;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.persistence.EntityManager;

/**
 * What a round's computation needs of its stored results, read as columns a page at a time by id (issue 17): three
 * queries per thousand results (results, their lines, their inputs), each bounded by the round and a range of ids,
 * instead of a thousand result entities with their lines and inputs fetched in batches and stored in the shared cache
 * only to be compared and dropped. A range, not a list of subject keys: Derby probes a long IN list of a second index
 * column row by row (a chunk's thousand keys took seconds on the city's data set).
 */
final class StoredResults {

    private static final String OF_PAGE = " WHERE e.roundId = :round AND e.id >= :first AND e.id <= :last";

    private final EntityManager em;

    StoredResults(EntityManager em) {
        this.em = em;
    }

    /** The round's results with ids above {@code after}, by id, at most {@code size} of them. */
    List<EvaluationRepository.StoredResult> page(long roundId, long after, int size) {
        List<Object[]> rows = em.createQuery("SELECT e.id, e.subjectKey, e.subjectName, e.countyCode, e.unitCode,"
                        + " e.tier, e.industries, e.fieldDays, e.totalScore, e.rank, e.computedGrade, e.grade,"
                        + " e.capNote, e.adjustedTo FROM EvaluationResult e WHERE e.roundId = :round AND e.id > :after"
                        + " ORDER BY e.id", Object[].class)
                .setParameter("round", roundId).setParameter("after", after).setMaxResults(size).getResultList();
        if (rows.isEmpty()) {
            return List.of();
        }
        long first = ((Number) rows.get(0)[0]).longValue();
        long last = ((Number) rows.get(rows.size() - 1)[0]).longValue();
        Map<Long, List<CriterionLineRow>> lines = new HashMap<>();
        em.createQuery("SELECT e.id, l.criterionId, l.nameZh, l.nameEn, l.source, l.weight, l.effectiveWeight,"
                        + " l.score, l.status, l.explanation FROM EvaluationResult e JOIN e.lines l" + OF_PAGE
                        + " ORDER BY e.id, INDEX(l)", Object[].class)
                .setParameter("round", roundId).setParameter("first", first).setParameter("last", last)
                .getResultList()
                .forEach(row -> lines.computeIfAbsent(((Number) row[0]).longValue(), id -> new ArrayList<>())
                        .add(new CriterionLineRow((String) row[1], (String) row[2], (String) row[3],
                                (String) row[4], ((Number) row[5]).intValue(), (BigDecimal) row[6],
                                (BigDecimal) row[7], (String) row[8], (String) row[9])));
        Map<Long, Map<String, BigDecimal>> inputs = new HashMap<>();
        em.createQuery("SELECT e.id, KEY(i), VALUE(i) FROM EvaluationResult e JOIN e.inputs i" + OF_PAGE,
                        Object[].class)
                .setParameter("round", roundId).setParameter("first", first).setParameter("last", last)
                .getResultList()
                .forEach(row -> inputs.computeIfAbsent(((Number) row[0]).longValue(), id -> new LinkedHashMap<>())
                        .put((String) row[1], (BigDecimal) row[2]));
        List<EvaluationRepository.StoredResult> results = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            long id = ((Number) row[0]).longValue();
            results.add(new EvaluationRepository.StoredResult(id, new EvaluationRepository.ScoredResult(
                    (String) row[1], (String) row[2], (String) row[3], (String) row[4], (String) row[5],
                    (String) row[6], (BigDecimal) row[7], (BigDecimal) row[8], null,
                    lines.getOrDefault(id, List.of())), ((Number) row[9]).intValue(), (String) row[10],
                    (String) row[11], (String) row[12], (String) row[13], inputs.getOrDefault(id, Map.of())));
        }
        return results;
    }
}
