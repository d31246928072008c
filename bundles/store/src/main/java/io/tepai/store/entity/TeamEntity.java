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

/** An industry service team with its members; agreements are separate ({@link AgreementEntity}). */
@Entity(name = "Team")
@Table(name = "team")
public class TeamEntity extends TimestampedSampleEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "name")
    private String name;

    @Column(name = "industry")
    private String industry;

    @Column(name = "team_level")
    private String level;

    /** The owning county of a county-level team; null for a city team. */
    @Column(name = "county_code")
    private String countyCode;

    @Column(name = "unit_code")
    private String unitCode;

    @Column(name = "term_start")
    private LocalDate termStart;

    @Column(name = "term_end")
    private LocalDate termEnd;

    @Column(name = "status")
    private String status;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "name", column = @Column(name = "leader_name")),
        @AttributeOverride(name = "position", column = @Column(name = "leader_position")),
        @AttributeOverride(name = "phone", column = @Column(name = "leader_phone"))})
    private LeaderColumns dispatchingLeader = new LeaderColumns();

    @ElementCollection
    @CollectionTable(name = "team_member", joinColumns = @JoinColumn(name = "team_id"))
    @OrderColumn(name = "seq")
    @BatchFetch(BatchFetchType.IN)
    private List<TeamMemberRow> members = new ArrayList<>();

    protected TeamEntity() {
    }

    public TeamEntity(String level, String countyCode, Instant createdAt) {
        super(createdAt, createdAt);
        this.level = level;
        this.countyCode = countyCode;
    }

    public long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getIndustry() {
        return industry;
    }

    public void setIndustry(String industry) {
        this.industry = industry;
    }

    public String getLevel() {
        return level;
    }

    public String getCountyCode() {
        return countyCode;
    }

    public String getUnitCode() {
        return unitCode;
    }

    public void setUnitCode(String unitCode) {
        this.unitCode = unitCode;
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

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public LeaderColumns getDispatchingLeader() {
        return dispatchingLeader;
    }

    public void setDispatchingLeader(LeaderColumns dispatchingLeader) {
        this.dispatchingLeader = dispatchingLeader;
    }

    /** The live member list; changing it changes the team. */
    public List<TeamMemberRow> getMembers() {
        return members;
    }

}
