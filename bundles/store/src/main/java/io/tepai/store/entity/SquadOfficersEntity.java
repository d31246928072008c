package io.tepai.store.entity;

import java.time.Instant;
import javax.persistence.AttributeOverride;
import javax.persistence.AttributeOverrides;
import javax.persistence.Column;
import javax.persistence.Embedded;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

/**
 * The officers a county names for its squad in a year. The squad's members are not stored: they are the
 * year's assignments to the county.
 */
@Entity(name = "SquadOfficers")
@Table(name = "squad_officers")
public class SquadOfficersEntity extends VersionedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "county_code")
    private String countyCode;

    @Column(name = "programme_year")
    private int year;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "name", column = @Column(name = "captain_name")),
        @AttributeOverride(name = "position", column = @Column(name = "captain_position")),
        @AttributeOverride(name = "phone", column = @Column(name = "captain_phone"))})
    private LeaderColumns captain = new LeaderColumns();

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "name", column = @Column(name = "deputy_name")),
        @AttributeOverride(name = "position", column = @Column(name = "deputy_position")),
        @AttributeOverride(name = "phone", column = @Column(name = "deputy_phone"))})
    private LeaderColumns deputyCaptain = new LeaderColumns();

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "name", column = @Column(name = "liaison_name")),
        @AttributeOverride(name = "position", column = @Column(name = "liaison_position")),
        @AttributeOverride(name = "phone", column = @Column(name = "liaison_phone"))})
    private LeaderColumns liaison = new LeaderColumns();

    @Column(name = "updated_at")
    private Instant updatedAt;

    protected SquadOfficersEntity() {
    }

    public SquadOfficersEntity(String countyCode, int year) {
        this.countyCode = countyCode;
        this.year = year;
    }

    public String getCountyCode() {
        return countyCode;
    }

    public int getYear() {
        return year;
    }

    public LeaderColumns getCaptain() {
        return captain;
    }

    public LeaderColumns getDeputyCaptain() {
        return deputyCaptain;
    }

    public LeaderColumns getLiaison() {
        return liaison;
    }

    public void setOfficers(LeaderColumns captain, LeaderColumns deputyCaptain, LeaderColumns liaison,
                            Instant updatedAt) {
        this.captain = captain;
        this.deputyCaptain = deputyCaptain;
        this.liaison = liaison;
        this.updatedAt = updatedAt;
    }

}
