package io.tepai.store.entity;

import java.math.BigDecimal;
import java.time.LocalDate;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

/** A demonstration base built by a specialist or a team. */
@Entity(name = "DemonstrationBase")
@Table(name = "demonstration_base")
public class DemonstrationBaseEntity extends SampleEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "name")
    private String name;

    @Column(name = "county_code")
    private String countyCode;

    @Column(name = "industry")
    private String industry;

    @Column(name = "area_mu")
    private BigDecimal areaMu;

    @Column(name = "specialist_id")
    private Long specialistId;

    @Column(name = "team_id")
    private Long teamId;

    @Column(name = "established_on")
    private LocalDate establishedOn;

    protected DemonstrationBaseEntity() {
    }

    public DemonstrationBaseEntity(boolean sample) {
        setSample(sample);
    }

    /** Replaces every editable field at once. */
    public void set(String name, String countyCode, String industry, BigDecimal areaMu, Long specialistId,
                    Long teamId, LocalDate establishedOn) {
        this.name = name;
        this.countyCode = countyCode;
        this.industry = industry;
        this.areaMu = areaMu;
        this.specialistId = specialistId;
        this.teamId = teamId;
        this.establishedOn = establishedOn;
    }

    public long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getCountyCode() {
        return countyCode;
    }

    public String getIndustry() {
        return industry;
    }

    public BigDecimal getAreaMu() {
        return areaMu;
    }

    public Long getSpecialistId() {
        return specialistId;
    }

    public Long getTeamId() {
        return teamId;
    }

    public LocalDate getEstablishedOn() {
        return establishedOn;
    }

}
