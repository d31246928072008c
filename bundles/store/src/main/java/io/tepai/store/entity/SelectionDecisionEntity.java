package io.tepai.store.entity;

import java.math.BigDecimal;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

/** A step's decision on one candidate; written once with its step. */
@Entity(name = "SelectionDecision")
@Table(name = "selection_decision")
public class SelectionDecisionEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "step_id")
    private long stepId;

    @Column(name = "registration_id")
    private long registrationId;

    @Column(name = "passed")
    private boolean passed;

    @Column(name = "score")
    private BigDecimal score;

    @Column(name = "note")
    private String note;

    protected SelectionDecisionEntity() {
    }

    public SelectionDecisionEntity(long stepId, long registrationId, boolean passed, BigDecimal score, String note) {
        this.stepId = stepId;
        this.registrationId = registrationId;
        this.passed = passed;
        this.score = score;
        this.note = note;
    }

    public long getStepId() {
        return stepId;
    }

    public long getRegistrationId() {
        return registrationId;
    }

    public boolean isPassed() {
        return passed;
    }

    public BigDecimal getScore() {
        return score;
    }

    public String getNote() {
        return note;
    }
}
