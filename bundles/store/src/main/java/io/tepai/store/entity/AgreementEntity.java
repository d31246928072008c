package io.tepai.store.entity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.persistence.AttributeOverride;
import javax.persistence.AttributeOverrides;
import javax.persistence.CollectionTable;
import javax.persistence.Column;
import javax.persistence.ElementCollection;
import javax.persistence.Embedded;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.JoinColumn;
import javax.persistence.OrderColumn;
import javax.persistence.Table;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

/** A "1+N" service agreement between a team and a county. */
@Entity(name = "Agreement")
@Table(name = "agreement")
public class AgreementEntity extends TimestampedSampleEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "team_id")
    private long teamId;

    @Column(name = "county_code")
    private String countyCode;

    @Column(name = "signed_on")
    private LocalDate signedOn;

    @Column(name = "term_start")
    private LocalDate termStart;

    @Column(name = "term_end")
    private LocalDate termEnd;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "name", column = @Column(name = "county_leader_name")),
        @AttributeOverride(name = "position", column = @Column(name = "county_leader_position")),
        @AttributeOverride(name = "phone", column = @Column(name = "county_leader_phone"))})
    private LeaderColumns countyLeader = new LeaderColumns();

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "name", column = @Column(name = "liaison_name")),
        @AttributeOverride(name = "position", column = @Column(name = "liaison_position")),
        @AttributeOverride(name = "phone", column = @Column(name = "liaison_phone"))})
    private LeaderColumns liaison = new LeaderColumns();

    @ElementCollection
    @CollectionTable(name = "agreement_task", joinColumns = @JoinColumn(name = "agreement_id"))
    @OrderColumn(name = "seq")
    @BatchFetch(BatchFetchType.IN)
    private List<AgreementTaskRow> tasks = new ArrayList<>();

    @Column(name = "status")
    private String status;

    @Column(name = "ended_on")
    private LocalDate endedOn;

    protected AgreementEntity() {
    }

    public AgreementEntity(long teamId, Instant createdAt) {
        super(createdAt, createdAt);
        this.teamId = teamId;
    }

    public long getId() {
        return id;
    }

    public long getTeamId() {
        return teamId;
    }

    public String getCountyCode() {
        return countyCode;
    }

    public void setCountyCode(String countyCode) {
        this.countyCode = countyCode;
    }

    public LocalDate getSignedOn() {
        return signedOn;
    }

    public void setSignedOn(LocalDate signedOn) {
        this.signedOn = signedOn;
    }

    public LocalDate getTermStart() {
        return termStart;
    }

    public void setTermStart(LocalDate termStart) {
        this.termStart = termStart;
    }

    public LocalDate getTermEnd() {
        return termEnd;
    }

    public void setTermEnd(LocalDate termEnd) {
        this.termEnd = termEnd;
    }

    public LeaderColumns getCountyLeader() {
        return countyLeader;
    }

    public void setCountyLeader(LeaderColumns countyLeader) {
        this.countyLeader = countyLeader;
    }

    public LeaderColumns getLiaison() {
        return liaison;
    }

    public void setLiaison(LeaderColumns liaison) {
        this.liaison = liaison;
    }

    public List<AgreementTaskRow> getTasks() {
        return List.copyOf(tasks);
    }

    /**
     * Sets the agreed tasks' texts. A task whose text is kept keeps its recorded fulfilment (the first such row for a
     * text given twice); a changed or new text is a new, open task.
     */
    public void setTaskTexts(List<String> texts) {
        List<AgreementTaskRow> old = new ArrayList<>(tasks);
        tasks.clear();
        for (String text : texts) {
            AgreementTaskRow kept = old.stream().filter(row -> row.getTask().equals(text)).findFirst().orElse(null);
            if (kept == null) {
                tasks.add(new AgreementTaskRow(text));
            } else {
                old.remove(kept);
                tasks.add(kept);
            }
        }
    }

    /** Replaces task {@code index} (from 0) by its recorded version. */
    public void setTask(int index, AgreementTaskRow row) {
        tasks.set(index, row);
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public LocalDate getEndedOn() {
        return endedOn;
    }

    public void setEndedOn(LocalDate endedOn) {
        this.endedOn = endedOn;
    }

}
