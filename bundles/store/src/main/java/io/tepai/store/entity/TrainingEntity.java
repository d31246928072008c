package io.tepai.store.entity;

import java.math.BigDecimal;
import java.time.LocalDate;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

/** A training session a specialist attended or gave. Written once; corrected by deleting and re-entering. */
@Entity(name = "Training")
@Table(name = "training")
public class TrainingEntity extends SampleEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "specialist_id")
    private long specialistId;

    @Column(name = "kind")
    private String kind;

    @Column(name = "gave")
    private boolean gave;

    @Column(name = "title")
    private String title;

    @Column(name = "hours")
    private BigDecimal hours;

    @Column(name = "held_on")
    private LocalDate heldOn;

    protected TrainingEntity() {
    }

    public TrainingEntity(long specialistId, String kind, boolean gave, String title, BigDecimal hours,
                          LocalDate heldOn, boolean sample) {
        this.specialistId = specialistId;
        this.kind = kind;
        this.gave = gave;
        this.title = title;
        this.hours = hours;
        this.heldOn = heldOn;
        setSample(sample);
    }

    public long getId() {
        return id;
    }

    public long getSpecialistId() {
        return specialistId;
    }

    public String getKind() {
        return kind;
    }

    public boolean isGave() {
        return gave;
    }

    public String getTitle() {
        return title;
    }

    public BigDecimal getHours() {
        return hours;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

}
