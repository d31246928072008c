package io.tepai.store.entity;

import java.time.Instant;
import java.time.LocalDate;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

/** Money paid out against an allocation, in whole fen; written once. */
@Entity(name = "Disbursement")
@Table(name = "disbursement")
public class DisbursementEntity extends SampleEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "allocation_id")
    private long allocationId;

    @Column(name = "programme_year")
    private int year;

    @Column(name = "paid_on")
    private LocalDate paidOn;

    @Column(name = "amount_fen")
    private long amountFen;

    @Column(name = "reference")
    private String reference;

    @Column(name = "paid_by")
    private String paidBy;

    @Column(name = "paid_at")
    private Instant paidAt;

    protected DisbursementEntity() {
    }

    public DisbursementEntity(AllocationEntity allocation, LocalDate paidOn, long amountFen, String reference,
                              String paidBy, Instant paidAt) {
        this.allocationId = allocation.getId();
        this.year = allocation.getYear();
        this.paidOn = paidOn;
        this.amountFen = amountFen;
        this.reference = reference;
        this.paidBy = paidBy;
        this.paidAt = paidAt;
    }

    public long getId() {
        return id;
    }

    public long getAllocationId() {
        return allocationId;
    }

    public int getYear() {
        return year;
    }

    public LocalDate getPaidOn() {
        return paidOn;
    }

    public long getAmountFen() {
        return amountFen;
    }

    public String getReference() {
        return reference;
    }

    public String getPaidBy() {
        return paidBy;
    }

    public Instant getPaidAt() {
        return paidAt;
    }
}
