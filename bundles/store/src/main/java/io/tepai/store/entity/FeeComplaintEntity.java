package io.tepai.store.entity;

import java.time.Instant;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

/** A county's complaint that a specialist charged recipients fees (R-FUND-4); written once, in whole fen. */
@Entity(name = "FeeComplaint")
@Table(name = "fee_complaint")
public class FeeComplaintEntity extends SampleEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "programme_year")
    private int year;

    @Column(name = "county_code")
    private String countyCode;

    @Column(name = "specialist_id")
    private Long specialistId;

    @Column(name = "allocation_id")
    private Long allocationId;

    @Column(name = "charged_fen")
    private long chargedFen;

    @Column(name = "note")
    private String note;

    @Column(name = "filed_by")
    private String filedBy;

    @Column(name = "filed_at")
    private Instant filedAt;

    protected FeeComplaintEntity() {
    }

    public FeeComplaintEntity(int year, String countyCode, Long specialistId, Long allocationId, long chargedFen,
                              String note, String filedBy, Instant filedAt) {
        this.year = year;
        this.countyCode = countyCode;
        this.specialistId = specialistId;
        this.allocationId = allocationId;
        this.chargedFen = chargedFen;
        this.note = note;
        this.filedBy = filedBy;
        this.filedAt = filedAt;
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

    public Long getSpecialistId() {
        return specialistId;
    }

    public Long getAllocationId() {
        return allocationId;
    }

    public long getChargedFen() {
        return chargedFen;
    }

    public String getNote() {
        return note;
    }

    public String getFiledBy() {
        return filedBy;
    }

    public Instant getFiledAt() {
        return filedAt;
    }
}
