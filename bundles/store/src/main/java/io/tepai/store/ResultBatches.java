package io.tepai.store;

import io.tepai.store.entity.CriterionLineRow;
import io.tepai.store.entity.EvaluationResultEntity;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.persistence.Cache;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceException;

/**
 * Writes a round's computed results a chunk of subjects at a time in JDBC batches, a fixed number of statements per
 * chunk whatever its size (issue 17: persisting each result with its lines through the unit of work sent an INSERT
 * or UPDATE per result and per line, and kept every result managed until the commit). The rows are written behind
 * EclipseLink's back, so the results written are evicted from its shared cache.
 */
final class ResultBatches {

    private static final String INSERT_RESULT = "INSERT INTO evaluation_result (round_id, subject_key, subject_name,"
            + " county_code, unit_code, tier, industries, field_days, total_score, rank_no, computed_grade, grade,"
            + " cap_note, adjust_reason, adjusted_by, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, '', '', '',"
            + " 1)";
    private static final String UPDATE_RESULT = "UPDATE evaluation_result SET subject_name = ?, county_code = ?,"
            + " unit_code = ?, tier = ?, industries = ?, field_days = ?, total_score = ?, version = version + 1"
            + " WHERE id = ?";
    private static final String INSERT_LINE = "INSERT INTO evaluation_line (result_id, seq, criterion_id, name_zh,"
            + " name_en, source, weight, effective_weight, score, status, explanation)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String UPDATE_GRADE = "UPDATE evaluation_result SET rank_no = ?, computed_grade = ?,"
            + " grade = ?, cap_note = ?, version = version + 1 WHERE id = ?";

    private final EntityManager em;

    ResultBatches(EntityManager em) {
        this.em = em;
    }

    /** The ids of the round's results about these subjects, by subject key: one query per thousand keys. */
    Map<String, Long> idsOf(long roundId, Collection<String> keys) {
        Map<String, Long> ids = new HashMap<>();
        List<String> all = List.copyOf(keys);
        for (int start = 0; start < all.size(); start += Queries.IN_CHUNK) {
            em.createQuery("SELECT e.subjectKey, e.id FROM EvaluationResult e WHERE e.roundId = :round"
                            + " AND e.subjectKey IN :keys", Object[].class).setParameter("round", roundId)
                    .setParameter("keys", all.subList(start, Math.min(all.size(), start + Queries.IN_CHUNK)))
                    .getResultList().forEach(row -> ids.put((String) row[0], ((Number) row[1]).longValue()));
        }
        return ids;
    }

    Map<String, Long> writeScores(long roundId, List<EvaluationRepository.ScoredResult> results) {
        return writeScores(roundId, results, idsOf(roundId, results.stream()
                .map(EvaluationRepository.ScoredResult::subjectKey).toList()));
    }

    /** @param known the ids of those of the results that are stored already, by subject key */
    Map<String, Long> writeScores(long roundId, List<EvaluationRepository.ScoredResult> results,
                                  Map<String, Long> known) {
        Map<String, Long> ids = new HashMap<>();
        results.forEach(r -> {
            Long id = known.get(r.subjectKey());
            if (id != null) {
                ids.put(r.subjectKey(), id);
            }
        });
        List<EvaluationRepository.ScoredResult> added = results.stream().filter(r -> !ids.containsKey(r.subjectKey()))
                .toList();
        java.util.Set<String> addedKeys = new java.util.HashSet<>();
        added.forEach(r -> addedKeys.add(r.subjectKey()));
        List<Long> replaced = new ArrayList<>(ids.values());
        Connection connection = em.unwrap(Connection.class);
        try {
            if (!added.isEmpty()) {
                long before = lastId();
                try (PreparedStatement insert = connection.prepareStatement(INSERT_RESULT)) {
                    for (EvaluationRepository.ScoredResult r : added) {
                        insert.setLong(1, roundId);
                        insert.setString(2, r.subjectKey());
                        describe(insert, 3, r);
                        // rank and grades follow once the whole round is ranked (writeGrades); the band until then
                        insert.setString(10, r.band());
                        insert.setString(11, r.band());
                        insert.addBatch();
                    }
                    insert.executeBatch();
                }
                // Derby returns no generated keys for a batch: read them back, one query over the ids above the last
                // before the batch (a range; the thousand new keys in an IN list cost Derby seconds, issue 17). Only
                // this transaction adds results to the round: its computation holds the round's version.
                ids.putAll(idsAbove(roundId, before));
                if (!ids.keySet().containsAll(addedKeys)) {
                    throw new PersistenceException("Could not read back the ids of the results added to round "
                            + roundId);
                }
            }
            if (!replaced.isEmpty()) {
                try (PreparedStatement update = connection.prepareStatement(UPDATE_RESULT)) {
                    for (EvaluationRepository.ScoredResult r : results) {
                        if (addedKeys.contains(r.subjectKey())) {
                            continue;
                        }
                        describe(update, 1, r);
                        update.setLong(8, ids.get(r.subjectKey()));
                        update.addBatch();
                    }
                    update.executeBatch();
                }
                deleteLines(connection, replaced);
            }
            try (PreparedStatement insert = connection.prepareStatement(INSERT_LINE)) {
                for (EvaluationRepository.ScoredResult r : results) {
                    int seq = 0;
                    for (CriterionLineRow line : r.lines()) {
                        insert.setLong(1, ids.get(r.subjectKey()));
                        insert.setInt(2, seq++);
                        insert.setString(3, line.getCriterionId());
                        insert.setString(4, line.getNameZh());
                        insert.setString(5, line.getNameEn());
                        insert.setString(6, line.getSource());
                        insert.setInt(7, line.getWeight());
                        insert.setBigDecimal(8, line.getEffectiveWeight());
                        setDecimal(insert, 9, line.getScore());
                        insert.setString(10, line.getStatus());
                        insert.setString(11, line.getExplanation());
                        insert.addBatch();
                    }
                }
                insert.executeBatch();
            }
        } catch (SQLException e) {
            throw new PersistenceException("Could not write evaluation results of round " + roundId, e);
        }
        evict(ids.values());
        return ids;
    }

    /** The highest result id there is (0 when none): the ids a batch of inserts is given come above it. */
    private long lastId() {
        Number last = em.createQuery("SELECT MAX(e.id) FROM EvaluationResult e", Number.class).getSingleResult();
        return last == null ? 0 : last.longValue();
    }

    /** The round's results with ids above {@code after}, by subject key. */
    private Map<String, Long> idsAbove(long roundId, long after) {
        Map<String, Long> ids = new HashMap<>();
        em.createQuery("SELECT e.subjectKey, e.id FROM EvaluationResult e WHERE e.roundId = :round AND e.id > :after",
                        Object[].class).setParameter("round", roundId).setParameter("after", after).getResultList()
                .forEach(row -> ids.put((String) row[0], ((Number) row[1]).longValue()));
        return ids;
    }

    /** Rank and grades per result id, one batched statement. */
    void writeGrades(List<EvaluationRepository.GradedResult> grades) {
        if (grades.isEmpty()) {
            return;
        }
        Connection connection = em.unwrap(Connection.class);
        try (PreparedStatement update = connection.prepareStatement(UPDATE_GRADE)) {
            int pending = 0;
            for (EvaluationRepository.GradedResult g : grades) {
                update.setInt(1, g.rank());
                update.setString(2, g.computedGrade());
                update.setString(3, g.grade());
                update.setString(4, g.capNote());
                update.setLong(5, g.id());
                update.addBatch();
                // bounded batches: the driver holds a batch's parameters until it runs
                if (++pending == Queries.IN_CHUNK) {
                    update.executeBatch();
                    pending = 0;
                }
            }
            update.executeBatch();
        } catch (SQLException e) {
            throw new PersistenceException("Could not write evaluation grades", e);
        }
        evict(grades.stream().map(EvaluationRepository.GradedResult::id).toList());
    }

    private static void describe(PreparedStatement statement, int first, EvaluationRepository.ScoredResult r)
            throws SQLException {
        statement.setString(first, r.name());
        statement.setString(first + 1, r.county());
        statement.setString(first + 2, r.unit());
        statement.setString(first + 3, r.tier());
        statement.setString(first + 4, r.industries());
        statement.setBigDecimal(first + 5, r.fieldDays());
        statement.setBigDecimal(first + 6, r.total());
    }

    private static void setDecimal(PreparedStatement statement, int index, BigDecimal value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.DECIMAL);
        } else {
            statement.setBigDecimal(index, value);
        }
    }

    private static void deleteLines(Connection connection, List<Long> resultIds) throws SQLException {
        for (int start = 0; start < resultIds.size(); start += Queries.IN_CHUNK) {
            List<Long> chunk = resultIds.subList(start, Math.min(resultIds.size(), start + Queries.IN_CHUNK));
            String marks = String.join(", ", java.util.Collections.nCopies(chunk.size(), "?"));
            try (PreparedStatement delete = connection.prepareStatement(
                    "DELETE FROM evaluation_line WHERE result_id IN (" + marks + ")")) {
                for (int i = 0; i < chunk.size(); i++) {
                    delete.setLong(i + 1, chunk.get(i));
                }
                delete.executeUpdate();
            }
        }
    }

    /**
     * Rows written over JDBC: EclipseLink's shared cache must not answer with the old ones. Evicted when written and
     * again once committed ({@link EvaluationRepository#forget}): a reader may cache the old row in between.
     */
    void evict(Collection<Long> ids) {
        Cache cache = em.getEntityManagerFactory().getCache();
        ids.forEach(id -> cache.evict(EvaluationResultEntity.class, id));
    }
}
