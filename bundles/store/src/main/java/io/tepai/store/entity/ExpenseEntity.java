package io.tepai.store.entity;

import java.time.Instant;
import java.time.LocalDate;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

/** One entry against an allocation, in signed fen; written once, corrected only by a further entry. */
@Entity(name = "Expense")
@Table(name = "expense")
public class ExpenseEntity extends SampleEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "allocation_id")
    private long allocationId;

    @Column(name = "programme_year")
    private int year;

    @Column(name = "category")
    private String category;

    @Column(name = "spent_on")
    private LocalDate spentOn;

    @Column(name = "amount_fen")
    private long amountFen;

    @Column(name = "description")
    private String description;

    @Column(name = "corrects_id")
    private Long correctsId;

    @Column(name = "reason")
    private String reason;

    @Column(name = "booked_by")
    private String bookedBy;

    @Column(name = "booked_at")
    private Instant bookedAt;

    protected ExpenseEntity() {
    }

    public ExpenseEntity(AllocationEntity allocation, String category, LocalDate spentOn, long amountFen,
                         String description, Long correctsId, String reason, String bookedBy, Instant bookedAt) {
        this.allocationId = allocation.getId();
        this.year = allocation.getYear();
        this.category = category;
        this.spentOn = spentOn;
        this.amountFen = amountFen;
        this.description = description;
        this.correctsId = correctsId;
        this.reason = reason;
        this.bookedBy = bookedBy;
        this.bookedAt = bookedAt;
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

    public String getCategory() {
        return category;
    }

    public LocalDate getSpentOn() {
        return spentOn;
    }

    public long getAmountFen() {
        return amountFen;
    }

    public String getDescription() {
        return description;
    }

    public Long getCorrectsId() {
        return correctsId;
    }

    public String getReason() {
        return reason;
    }

    public String getBookedBy() {
        return bookedBy;
    }

    public Instant getBookedAt() {
        return bookedAt;
    }
}
