package io.tepai.store.entity;

import java.time.Instant;
import javax.persistence.Column;
import javax.persistence.Embeddable;

/** One drawn allocation of an inspection and the finding about it (null until recorded). */
@Embeddable
public class InspectionItemRow {

    @Column(name = "allocation_id")
    private long allocationId;

    @Column(name = "finding")
    private String finding;

    @Column(name = "note")
    private String note;

    @Column(name = "follow_up")
    private String followUp;

    @Column(name = "recorded_by")
    private String recordedBy;

    @Column(name = "recorded_at")
    private Instant recordedAt;

    protected InspectionItemRow() {
    }

    public InspectionItemRow(long allocationId) {
        this.allocationId = allocationId;
        this.note = "";
        this.followUp = "";
        this.recordedBy = "";
    }

    public void record(String finding, String note, String followUp, String recordedBy, Instant recordedAt) {
        this.finding = finding;
        this.note = note;
        this.followUp = followUp;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public long getAllocationId() {
        return allocationId;
    }

    public String getFinding() {
        return finding;
    }

    public String getNote() {
        return note;
    }

    public String getFollowUp() {
        return followUp;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
