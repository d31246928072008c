package io.tepai.store.entity;

import java.time.Instant;
import java.time.LocalDate;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

/** A technology transfer or licence (R-INC-3); money in whole fen. */
@Entity(name = "TechnologyTransfer")
@Table(name = "technology_transfer")
public class TechnologyTransferEntity extends TimestampedSampleEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "specialist_id")
    private long specialistId;

    @Column(name = "kind")
    private String kind;

    @Column(name = "title")
    private String title;

    @Column(name = "concluded_on")
    private LocalDate concludedOn;

    @Column(name = "net_income_fen")
    private long netIncomeFen;

    @Column(name = "team_share_fen")
    private long teamShareFen;

    protected TechnologyTransferEntity() {
    }

    public TechnologyTransferEntity(long specialistId, String kind, String title, LocalDate concludedOn,
                                    long netIncomeFen, long teamShareFen, Instant createdAt) {
        super(createdAt, createdAt);
        this.specialistId = specialistId;
        this.kind = kind;
        this.title = title;
        this.concludedOn = concludedOn;
        this.netIncomeFen = netIncomeFen;
        this.teamShareFen = teamShareFen;
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

    public String getTitle() {
        return title;
    }

    public LocalDate getConcludedOn() {
        return concludedOn;
    }

    public long getNetIncomeFen() {
        return netIncomeFen;
    }

    public long getTeamShareFen() {
        return teamShareFen;
    }
}
