package io.tepai.store.entity;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.persistence.CollectionTable;
import javax.persistence.Column;
import javax.persistence.ElementCollection;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.JoinColumn;
import javax.persistence.OrderColumn;
import javax.persistence.Table;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

/** A coordination request with its assigned members and its steps. */
@Entity(name = "CoordinationRequest")
@Table(name = "coordination_request")
public class CoordinationRequestEntity extends SampleEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "specialist_id")
    private long specialistId;

    @Column(name = "county_code")
    private String countyCode;

    @Column(name = "recipient_id")
    private Long recipientId;

    @Column(name = "team_id")
    private Long teamId;

    @Column(name = "problem")
    private String problem;

    @Column(name = "urgency")
    private String urgency;

    @Column(name = "status")
    private String status;

    @Column(name = "holder")
    private String holder;

    @Column(name = "raised_at")
    private Instant raisedAt;

    @ElementCollection
    @CollectionTable(name = "request_member", joinColumns = @JoinColumn(name = "request_id"))
    @Column(name = "specialist_id")
    @BatchFetch(BatchFetchType.IN)
    private Set<Long> members = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "request_step", joinColumns = @JoinColumn(name = "request_id"))
    @OrderColumn(name = "seq")
    @BatchFetch(BatchFetchType.IN)
    private List<RequestStepRow> steps = new ArrayList<>();

    protected CoordinationRequestEntity() {
    }

    public CoordinationRequestEntity(long specialistId, String countyCode, Long recipientId, Long teamId,
                                     String problem, String urgency, Instant raisedAt) {
        this.specialistId = specialistId;
        this.countyCode = countyCode;
        this.recipientId = recipientId;
        this.teamId = teamId;
        this.problem = problem;
        this.urgency = urgency;
        this.raisedAt = raisedAt;
    }

    public long getId() {
        return id;
    }

    public long getSpecialistId() {
        return specialistId;
    }

    public String getCountyCode() {
        return countyCode;
    }

    public Long getRecipientId() {
        return recipientId;
    }

    public Long getTeamId() {
        return teamId;
    }

    public String getProblem() {
        return problem;
    }

    public String getUrgency() {
        return urgency;
    }

    public String getStatus() {
        return status;
    }

    public String getHolder() {
        return holder;
    }

    public Instant getRaisedAt() {
        return raisedAt;
    }

    public Set<Long> getMembers() {
        return members;
    }

    public List<RequestStepRow> getSteps() {
        return steps;
    }

    /** Records a step: the new status and holder, and the step itself. */
    public void step(RequestStepRow step, String status) {
        this.steps.add(step);
        this.status = status;
        this.holder = step.getHolder();
    }

}
