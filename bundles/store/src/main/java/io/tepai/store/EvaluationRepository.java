package io.tepai.store;

import io.tepai.api.Page;
import io.tepai.api.PageRequest;
import io.tepai.store.entity.CriterionLineRow;
import io.tepai.store.entity.EvaluationResultEntity;
import io.tepai.store.entity.EvaluationRoundEntity;
import io.tepai.store.entity.IncentiveGrantEntity;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.persistence.EntityManager;

/** Evaluation rounds, their results and the incentives granted on publication. */
public final class EvaluationRepository {

    private static final String ROUND_OF_RESULT = "e.roundId IN (SELECT r.id FROM EvaluationRound r WHERE ";

    private final EntityManager em;

    EvaluationRepository(EntityManager em) {
        this.em = em;
    }

    /**
     * @param visibleTo null for every round; otherwise only published rounds and, when not blank, the rounds this
     *                  county evaluates
     */
    public Page<EvaluationRoundEntity> rounds(Integer year, String kind, String county, String status,
                                              String visibleTo, PageRequest page) {
        Queries<EvaluationRoundEntity> query = new Queries<>(em, EvaluationRoundEntity.class, "EvaluationRound");
        if (visibleTo != null) {
            query.where("(e.status = 'PUBLISHED' OR e.countyCode = :own)", "own", visibleTo);
        }
        if (year != null) {
            query.where("e.year = :year", "year", year);
        }
        if (kind != null) {
            query.where("e.kind = :kind", "kind", kind);
        }
        if (Queries.isSet(county)) {
            query.where("e.countyCode = :county", "county", county.strip());
        }
        if (status != null) {
            query.where("e.status = :status", "status", status);
        }
        return query.page("e.year DESC, e.kind, e.evaluator, e.id", page);
    }

    public Optional<EvaluationRoundEntity> round(long id) {
        return Optional.ofNullable(em.find(EvaluationRoundEntity.class, id));
    }

    public Optional<EvaluationRoundEntity> round(int year, String kind, String evaluator) {
        return em.createQuery("SELECT e FROM EvaluationRound e WHERE e.year = :year AND e.kind = :kind"
                        + " AND e.evaluator = :evaluator", EvaluationRoundEntity.class)
                .setParameter("year", year).setParameter("kind", kind).setParameter("evaluator", evaluator)
                .getResultStream().findFirst();
    }

    public EvaluationRoundEntity add(EvaluationRoundEntity round) {
        em.persist(round);
        em.flush();
        return round;
    }

    public void remove(EvaluationRoundEntity round) {
        em.remove(round);
    }

    /** Every result of a round, best rank first. */
    public List<EvaluationResultEntity> resultsOf(long roundId) {
        return em.createQuery("SELECT e FROM EvaluationResult e WHERE e.roundId = :round ORDER BY e.rank, e.id",
                EvaluationResultEntity.class).setParameter("round", roundId).getResultList();
    }

    /** The subject keys of a round's results with their ids, without loading the results. */
    public Map<String, Long> resultIdsOf(long roundId) {
        Map<String, Long> ids = new java.util.HashMap<>();
        em.createQuery("SELECT e.subjectKey, e.id FROM EvaluationResult e WHERE e.roundId = :round", Object[].class)
                .setParameter("round", roundId).getResultList()
                .forEach(row -> ids.put((String) row[0], ((Number) row[1]).longValue()));
        return ids;
    }

    /** How many of a round's results have each grade in force, counted in the database (issue 17). */
    public Map<String, Long> gradeCounts(long roundId) {
        Map<String, Long> counts = new java.util.LinkedHashMap<>();
        em.createQuery("SELECT e.grade, COUNT(e) FROM EvaluationResult e WHERE e.roundId = :round"
                        + " GROUP BY e.grade", Object[].class).setParameter("round", roundId).getResultList()
                .forEach(row -> counts.put((String) row[0], ((Number) row[1]).longValue()));
        return counts;
    }

    /**
     * A result's computed part, for {@link #writeScores}.
     *
     * @param band the grade its score band gives, in force until {@link #writeGrades} ranks the whole round
     */
    public record ScoredResult(String subjectKey, String name, String county, String unit, String tier,
                               String industries, BigDecimal fieldDays, BigDecimal total, String band,
                               List<CriterionLineRow> lines) {
    }

    /**
     * A stored result as a round's computation compares it: its computed part (no band), rank and grades, the grade
     * the evaluator set and the evaluator's inputs.
     */
    public record StoredResult(long id, ScoredResult scored, int rank, String computedGrade, String grade,
                               String capNote, String adjustedTo, Map<String, BigDecimal> inputs) {
    }

    /**
     * A page of the round's results as {@link StoredResult}s: those with ids above {@code after}, by id, at most
     * {@code size}; read as columns in three queries bounded by the round and a range of ids (issue 17).
     */
    public List<StoredResult> storedPage(long roundId, long after, int size) {
        return new StoredResults(em).page(roundId, after, size);
    }

    /** A result's rank and grades once its whole round is ranked. */
    public record GradedResult(long id, int rank, String computedGrade, String grade, String capNote) {
    }

    /**
     * Writes (adds or replaces) the computed part of these results of a round, their lines replaced, in a fixed
     * number of batched statements whatever their number (issue 17); a result's inputs and adjustment stay.
     *
     * @return the results' ids by subject key
     */
    public Map<String, Long> writeScores(long roundId, List<ScoredResult> results) {
        return new ResultBatches(em).writeScores(roundId, results);
    }

    /**
     * The same, for a caller that knows which of these results are stored already (a round's computation, which read
     * them): the ids of those, by subject key; the others are added.
     */
    public Map<String, Long> writeScores(long roundId, List<ScoredResult> results, Map<String, Long> known) {
        return new ResultBatches(em).writeScores(roundId, results, known);
    }

    /** Sets ranks and grades by result id, in one batched statement. */
    public void writeGrades(List<GradedResult> grades) {
        new ResultBatches(em).writeGrades(grades);
    }

    /**
     * Drops these results from the shared cache; for after the commit of {@link #writeScores} or {@link #writeGrades},
     * which write behind EclipseLink's back: a reader that cached a result before that commit would keep it.
     */
    public void forget(java.util.Collection<Long> ids) {
        new ResultBatches(em).evict(ids);
    }

    /** Removes these results with their lines and inputs (the database cascades), in one statement per thousand. */
    public void removeResults(java.util.Collection<Long> ids) {
        Queries.inChunks(ids, chunk -> {
            em.createQuery("DELETE FROM EvaluationResult e WHERE e.id IN :ids").setParameter("ids", chunk)
                    .executeUpdate();
            return List.of();
        });
    }

    /**
     * @param publishedOnly only results of published rounds (the public list, R-EVAL-4)
     */
    public Page<EvaluationResultEntity> results(Long roundId, Integer year, String kind, String county, String unit,
                                                String grade, boolean publishedOnly, PageRequest page) {
        return results(roundId, year, kind, county, unit, grade, null, publishedOnly, page);
    }

    /**
     * @param subjectKey only the results about this subject (a specialist's id: their own results), or null
     */
    public Page<EvaluationResultEntity> results(Long roundId, Integer year, String kind, String county, String unit,
                                                String grade, String subjectKey, boolean publishedOnly,
                                                PageRequest page) {
        Queries<EvaluationResultEntity> query = new Queries<>(em, EvaluationResultEntity.class, "EvaluationResult");
        if (subjectKey != null) {
            query.where("e.subjectKey = :subject", "subject", subjectKey);
        }
        if (roundId != null) {
            query.where("e.roundId = :round", "round", roundId);
        }
        if (year != null) {
            query.where(ROUND_OF_RESULT + "r.year = :year)", "year", year);
        }
        if (kind != null) {
            query.where(ROUND_OF_RESULT + "r.kind = :kind)", "kind", kind);
        }
        if (Queries.isSet(county)) {
            query.where("e.countyCode = :county", "county", county.strip());
        }
        if (Queries.isSet(unit)) {
            query.where("e.unitCode = :unit", "unit", unit.strip());
        }
        if (grade != null) {
            query.where("e.grade = :grade", "grade", grade);
        }
        if (publishedOnly) {
            query.where(ROUND_OF_RESULT + "r.status = :published)", "published", "PUBLISHED");
        }
        return query.page("e.roundId DESC, e.rank, e.id", page);
    }

    public Optional<EvaluationResultEntity> result(long id) {
        return Optional.ofNullable(em.find(EvaluationResultEntity.class, id));
    }

    /** The results with these ids (e.g. those a page of incentive grants was given for), in one query. */
    public List<EvaluationResultEntity> resultsByIds(java.util.Collection<Long> ids) {
        return Queries.inChunks(ids, chunk -> em.createQuery("SELECT e FROM EvaluationResult e WHERE e.id IN :ids"
                + " ORDER BY e.id", EvaluationResultEntity.class).setParameter("ids", List.copyOf(chunk))
                .getResultList());
    }

    /**
     * Makes a new result persistent; it is written at the next flush or commit, with its id. Not flushed here: a
     * round adds thousands, and each flush walks every object the unit of work manages, so flushing per result was
     * quadratic (issue 17: 1,962 results took 215 s).
     */
    public EvaluationResultEntity add(EvaluationResultEntity result) {
        em.persist(result);
        return result;
    }

    public void remove(EvaluationResultEntity result) {
        em.remove(result);
    }

    /**
     * The last certificate number issued that starts with {@code prefix}: the longest, then the highest, so that
     * a serial that outgrew its zero padding still comes last. What the numbers look like is core's business.
     */
    public Optional<String> lastCertificateNo(String prefix) {
        return em.createQuery("SELECT e.certificateNo FROM EvaluationResult e WHERE e.certificateNo LIKE :prefix"
                        + " ORDER BY LENGTH(e.certificateNo) DESC, e.certificateNo DESC", String.class)
                .setParameter("prefix", prefix + "%").setMaxResults(1).getResultList().stream().findFirst();
    }

    public IncentiveGrantEntity add(IncentiveGrantEntity grant) {
        em.persist(grant);
        return grant;
    }

    public Page<IncentiveGrantEntity> grants(Integer year, Long roundId, String county, String unit, String policy,
                                             PageRequest page) {
        Queries<IncentiveGrantEntity> query = new Queries<>(em, IncentiveGrantEntity.class, "IncentiveGrant");
        if (year != null) {
            query.where("e.year = :year", "year", year);
        }
        if (roundId != null) {
            query.where("e.roundId = :round", "round", roundId);
        }
        if (Queries.isSet(county)) {
            query.where("e.countyCode = :county", "county", county.strip());
        }
        if (Queries.isSet(unit)) {
            query.where("e.unitCode = :unit", "unit", unit.strip());
        }
        if (Queries.isSet(policy)) {
            query.where("e.policyId = :policy", "policy", policy.strip());
        }
        return query.page("e.grantedAt DESC, e.id", page);
    }
}
