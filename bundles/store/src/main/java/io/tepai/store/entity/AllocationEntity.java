package io.tepai.store.entity;

import java.time.Instant;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

/**
 * Money from a budget to a team or a specialist. Year, source, unit and county are copied from the budget and the
 * recipient when it is made, so that the ledger sums them without joining half the schema.
 */
@Entity(name = "Allocation")
@Table(name = "allocation")
public class AllocationEntity extends TimestampedSampleEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "budget_id")
    private long budgetId;

    @Column(name = "programme_year")
    private int year;

    @Column(name = "source")
    private String source;

    @Column(name = "team_id")
    private Long teamId;

    @Column(name = "specialist_id")
    private Long specialistId;

    @Column(name = "unit_code")
    private String unitCode;

    @Column(name = "county_code")
    private String countyCode;

    @Column(name = "amount_fen")
    private long amountFen;

    @Column(name = "exception_reason")
    private String exceptionReason;

    protected AllocationEntity() {
    }

    public AllocationEntity(BudgetEntity budget, Long teamId, Long specialistId, String unitCode, String countyCode,
                            long amountFen, String exceptionReason, Instant createdAt) {
        super(createdAt, createdAt);
        this.budgetId = budget.getId();
        this.year = budget.getYear();
        this.source = budget.getSource();
        this.teamId = teamId;
        this.specialistId = specialistId;
        this.unitCode = unitCode;
        this.countyCode = countyCode;
        this.amountFen = amountFen;
        this.exceptionReason = exceptionReason;
    }

    public long getId() {
        return id;
    }

    public long getBudgetId() {
        return budgetId;
    }

    public int getYear() {
        return year;
    }

    public String getSource() {
        return source;
    }

    public Long getTeamId() {
        return teamId;
    }

    public Long getSpecialistId() {
        return specialistId;
    }

    public String getUnitCode() {
        return unitCode;
    }

    public String getCountyCode() {
        return countyCode;
    }

    public long getAmountFen() {
        return amountFen;
    }

    public String getExceptionReason() {
        return exceptionReason;
    }
}
