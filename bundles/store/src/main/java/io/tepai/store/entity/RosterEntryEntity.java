package io.tepai.store.entity;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

/**
 * One specialist on a roster (R-REC-4): the inputs the outcome was computed from, copied when the roster was prepared
 * (so the draft shows why, and later changes to the inputs show only when it is prepared again), the computed
 * outcome, and the outcome in force, which the city office's adjustment sets with a reason. Lists are kept as text:
 * counties comma-separated, evaluations and reasons one per line.
 */
@Entity(name = "RosterEntry")
@Table(name = "roster_entry")
public class RosterEntryEntity extends VersionedEntity {

    private static final String COMMA = ",";
    private static final String LINE = "\n";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "roster_id")
    private long rosterId;

    @Column(name = "specialist_id")
    private long specialistId;

    @Column(name = "specialist_name")
    private String specialistName;

    @Column(name = "unit_code")
    private String unitCode;

    @Column(name = "served_counties")
    private String servedCounties = "";

    @Column(name = "evaluations")
    private String evaluations = "";

    @Column(name = "proposal")
    private String proposal;

    @Column(name = "wish")
    private String wish;

    @Column(name = "keep_by")
    private String keepBy = "";

    @Column(name = "release_by")
    private String releaseBy = "";

    @Column(name = "computed_outcome")
    private String computedOutcome;

    @Column(name = "outcome")
    private String outcome;

    @Column(name = "reasons")
    private String reasons = "";

    @Column(name = "adjust_reason")
    private String adjustReason = "";

    @Column(name = "adjusted_by")
    private String adjustedBy = "";

    @Column(name = "adjusted_at")
    private Instant adjustedAt;

    protected RosterEntryEntity() {
    }

    public RosterEntryEntity(long rosterId, long specialistId) {
        this.rosterId = rosterId;
        this.specialistId = specialistId;
    }

    /** Copies the inputs and the computed outcome; the outcome in force follows unless the city office adjusted it. */
    public void prepared(String specialistName, String unitCode, List<String> servedCounties,
                         List<String> evaluations, String proposal, String wish, List<String> keepBy,
                         List<String> releaseBy, String computedOutcome, List<String> reasons) {
        this.specialistName = specialistName;
        this.unitCode = unitCode;
        this.servedCounties = String.join(COMMA, servedCounties);
        this.evaluations = String.join(LINE, evaluations);
        this.proposal = proposal;
        this.wish = wish;
        this.keepBy = String.join(COMMA, keepBy);
        this.releaseBy = String.join(COMMA, releaseBy);
        this.computedOutcome = computedOutcome;
        this.reasons = String.join(LINE, reasons);
        if (adjustedAt == null) {
            this.outcome = computedOutcome;
        }
    }

    public void adjust(String outcome, String reason, String by, Instant at) {
        this.outcome = outcome;
        this.adjustReason = reason;
        this.adjustedBy = by;
        this.adjustedAt = at;
    }

    private static List<String> split(String text, String separator) {
        return text == null || text.isEmpty() ? List.of() : Arrays.asList(text.split(separator));
    }

    public long getId() {
        return id;
    }

    public long getRosterId() {
        return rosterId;
    }

    public long getSpecialistId() {
        return specialistId;
    }

    public String getSpecialistName() {
        return specialistName;
    }

    public String getUnitCode() {
        return unitCode;
    }

    public List<String> getServedCounties() {
        return split(servedCounties, COMMA);
    }

    public List<String> getEvaluations() {
        return split(evaluations, LINE);
    }

    public String getProposal() {
        return proposal;
    }

    public String getWish() {
        return wish;
    }

    public List<String> getKeepBy() {
        return split(keepBy, COMMA);
    }

    public List<String> getReleaseBy() {
        return split(releaseBy, COMMA);
    }

    public String getComputedOutcome() {
        return computedOutcome;
    }

    public String getOutcome() {
        return outcome;
    }

    public List<String> getReasons() {
        return split(reasons, LINE);
    }

    public String getAdjustReason() {
        return adjustReason;
    }

    public String getAdjustedBy() {
        return adjustedBy;
    }

    public Instant getAdjustedAt() {
        return adjustedAt;
    }
}
