package io.tepai.store.entity;

import java.time.LocalDate;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

/** A local leader or young farm owner a specialist mentors. Written once; corrected by deleting and re-entering. */
@Entity(name = "Mentee")
@Table(name = "mentee")
public class MenteeEntity extends SampleEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "name")
    private String name;

    @Column(name = "kind")
    private String kind;

    @Column(name = "county_code")
    private String countyCode;

    @Column(name = "specialist_id")
    private long specialistId;

    @Column(name = "since_date")
    private LocalDate since;

    @Column(name = "note")
    private String note;

    protected MenteeEntity() {
    }

    public MenteeEntity(String name, String kind, String countyCode, long specialistId, LocalDate since, String note,
                        boolean sample) {
        this.name = name;
        this.kind = kind;
        this.countyCode = countyCode;
        this.specialistId = specialistId;
        this.since = since;
        this.note = note;
        setSample(sample);
    }

    public long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getKind() {
        return kind;
    }

    public String getCountyCode() {
        return countyCode;
    }

    public long getSpecialistId() {
        return specialistId;
    }

    public LocalDate getSince() {
        return since;
    }

    public String getNote() {
        return note;
    }

}
