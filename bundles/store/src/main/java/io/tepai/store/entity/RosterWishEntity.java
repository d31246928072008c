package io.tepai.store.entity;

import java.time.Instant;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

/** A specialist's wish for a roster year, to stay or to leave (R-REC-4); one per specialist and year. */
@Entity(name = "RosterWish")
@Table(name = "roster_wish")
public class RosterWishEntity extends SampleEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "roster_year")
    private int year;

    @Column(name = "specialist_id")
    private long specialistId;

    @Column(name = "wish")
    private String wish;

    @Column(name = "note")
    private String note;

    @Column(name = "recorded_by")
    private String recordedBy;

    @Column(name = "recorded_at")
    private Instant recordedAt;

    protected RosterWishEntity() {
    }

    public RosterWishEntity(int year, long specialistId) {
        this.year = year;
        this.specialistId = specialistId;
    }

    public long getId() {
        return id;
    }

    public int getYear() {
        return year;
    }

    public long getSpecialistId() {
        return specialistId;
    }

    public String getWish() {
        return wish;
    }

    public String getNote() {
        return note;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public void record(String wish, String note, String recordedBy, Instant recordedAt) {
        this.wish = wish;
        this.note = note;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }
}
