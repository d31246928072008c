package io.tepai.store.entity;

import java.time.Instant;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

/** A county's request to keep or release a specialist who served it, for a roster year (R-REC-4). */
@Entity(name = "RosterCountyRequest")
@Table(name = "roster_county_request")
public class RosterCountyRequestEntity extends SampleEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "roster_year")
    private int year;

    @Column(name = "county_code")
    private String countyCode;

    @Column(name = "specialist_id")
    private long specialistId;

    @Column(name = "request")
    private String request;

    @Column(name = "reason")
    private String reason;

    @Column(name = "recorded_by")
    private String recordedBy;

    @Column(name = "recorded_at")
    private Instant recordedAt;

    protected RosterCountyRequestEntity() {
    }

    public RosterCountyRequestEntity(int year, String countyCode, long specialistId) {
        this.year = year;
        this.countyCode = countyCode;
        this.specialistId = specialistId;
    }

    public long getId() {
        return id;
    }

    public int getYear() {
        return year;
    }

    public String getCountyCode() {
        return countyCode;
    }

    public long getSpecialistId() {
        return specialistId;
    }

    public String getRequest() {
        return request;
    }

    public String getReason() {
        return reason;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public void record(String request, String reason, String recordedBy, Instant recordedAt) {
        this.request = request;
        this.reason = reason;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }
}
