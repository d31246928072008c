package io.tepai.store.entity;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.persistence.CollectionTable;
import javax.persistence.Column;
import javax.persistence.ElementCollection;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.JoinColumn;
import javax.persistence.OrderColumn;
import javax.persistence.Table;

/** A random inspection (R-FUND-4): the seed, the population it was drawn from, and the drawn allocations in order. */
@Entity(name = "Inspection")
@Table(name = "inspection")
public class InspectionEntity extends TimestampedSampleEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "programme_year")
    private int year;

    @Column(name = "sample_size")
    private int sampleSize;

    @Column(name = "seed")
    private long seed;

    @Column(name = "population")
    private long population;

    @Column(name = "drawn_by")
    private String drawnBy;

    @ElementCollection
    @CollectionTable(name = "inspection_item", joinColumns = @JoinColumn(name = "inspection_id"))
    @OrderColumn(name = "position")
    private List<InspectionItemRow> items = new ArrayList<>();

    protected InspectionEntity() {
    }

    public InspectionEntity(int year, int sampleSize, long seed, long population, String drawnBy, Instant createdAt) {
        super(createdAt, createdAt);
        this.year = year;
        this.sampleSize = sampleSize;
        this.seed = seed;
        this.population = population;
        this.drawnBy = drawnBy;
    }

    public long getId() {
        return id;
    }

    public int getYear() {
        return year;
    }

    public int getSampleSize() {
        return sampleSize;
    }

    public long getSeed() {
        return seed;
    }

    public long getPopulation() {
        return population;
    }

    public String getDrawnBy() {
        return drawnBy;
    }

    public List<InspectionItemRow> getItems() {
        return items;
    }
}
