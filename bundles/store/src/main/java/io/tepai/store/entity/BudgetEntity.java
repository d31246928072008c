package io.tepai.store.entity;

import java.time.Instant;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

/** One source's budget for one programme year (R-FUND-1, R-FUND-2); money in whole fen. */
@Entity(name = "Budget")
@Table(name = "budget")
public class BudgetEntity extends TimestampedSampleEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "programme_year")
    private int year;

    @Column(name = "source")
    private String source;

    @Column(name = "amount_fen")
    private long amountFen;

    @Column(name = "note")
    private String note;

    protected BudgetEntity() {
    }

    public BudgetEntity(int year, String source, long amountFen, String note, Instant createdAt) {
        super(createdAt, createdAt);
        this.year = year;
        this.source = source;
        this.amountFen = amountFen;
        this.note = note;
    }

    public long getId() {
        return id;
    }

    public int getYear() {
        return year;
    }

    public String getSource() {
        return source;
    }

    public long getAmountFen() {
        return amountFen;
    }

    public String getNote() {
        return note;
    }
}
