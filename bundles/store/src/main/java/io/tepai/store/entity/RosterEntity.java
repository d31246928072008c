package io.tepai.store.entity;

import java.time.Instant;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

/** The roster of a programme year (R-REC-4): a draft the city office prepares and adjusts, then confirms. */
@Entity(name = "Roster")
@Table(name = "roster")
public class RosterEntity extends SampleEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "roster_year")
    private int year;

    @Column(name = "status")
    private String status;

    @Column(name = "prepared_by")
    private String preparedBy;

    @Column(name = "prepared_at")
    private Instant preparedAt;

    @Column(name = "confirmed_by")
    private String confirmedBy;

    @Column(name = "confirmed_at")
    private Instant confirmedAt;

    protected RosterEntity() {
    }

    public RosterEntity(int year, String status) {
        this.year = year;
        this.status = status;
    }

    public long getId() {
        return id;
    }

    public int getYear() {
        return year;
    }

    public String getStatus() {
        return status;
    }

    public String getPreparedBy() {
        return preparedBy;
    }

    public Instant getPreparedAt() {
        return preparedAt;
    }

    public String getConfirmedBy() {
        return confirmedBy;
    }

    public Instant getConfirmedAt() {
        return confirmedAt;
    }

    public void prepared(String by, Instant at) {
        this.preparedBy = by;
        this.preparedAt = at;
    }

    public void confirmed(String status, String by, Instant at) {
        this.status = status;
        this.confirmedBy = by;
        this.confirmedAt = at;
    }
}
