package io.tepai.store.entity;

import java.time.LocalDate;
import javax.persistence.Column;
import javax.persistence.Embeddable;

/** One member of a team: the specialist and the chain segment they cover on it. */
@Embeddable
public class TeamMemberRow {

    @Column(name = "specialist_id")
    private long specialistId;

    @Column(name = "segment")
    private String segment;

    @Column(name = "joined_on")
    private LocalDate joinedOn;

    protected TeamMemberRow() {
    }

    public TeamMemberRow(long specialistId, String segment, LocalDate joinedOn) {
        this.specialistId = specialistId;
        this.segment = segment;
        this.joinedOn = joinedOn;
    }

    public long getSpecialistId() {
        return specialistId;
    }

    public String getSegment() {
        return segment;
    }

    public LocalDate getJoinedOn() {
        return joinedOn;
    }
}
