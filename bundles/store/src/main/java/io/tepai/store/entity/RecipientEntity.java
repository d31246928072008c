package io.tepai.store.entity;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;
import javax.persistence.CollectionTable;
import javax.persistence.Column;
import javax.persistence.ElementCollection;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.JoinColumn;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

/** A recipient of service in a county, with the specialists serving it. */
@Entity(name = "Recipient")
@Table(name = "recipient")
public class RecipientEntity extends TimestampedSampleEntity {

    /** From a sequence, 50 ids per round trip, so that many rows are inserted in batches (V018). */
    @Id
    @SequenceGenerator(name = "recipient_ids", sequenceName = "recipient_ids", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "recipient_ids")
    @Column(name = "id")
    private Long id;

    @Column(name = "name")
    private String name;

    @Column(name = "kind")
    private String kind;

    @Column(name = "county_code")
    private String countyCode;

    @Column(name = "contact_name")
    private String contactName;

    @Column(name = "contact_phone")
    private String contactPhone;

    @Column(name = "contact_email")
    private String contactEmail;

    @ElementCollection
    @CollectionTable(name = "recipient_specialist", joinColumns = @JoinColumn(name = "recipient_id"))
    @Column(name = "specialist_id")
    @BatchFetch(BatchFetchType.IN)
    private Set<Long> specialistIds = new LinkedHashSet<>();

    protected RecipientEntity() {
    }

    public RecipientEntity(Instant createdAt) {
        super(createdAt, createdAt);
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

    public String getContactName() {
        return contactName;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    /** Replaces every editable field at once. */
    public void set(String name, String kind, String countyCode, String contactName, String contactPhone,
                    String contactEmail, Set<Long> specialistIds, Instant updatedAt) {
        this.name = name;
        this.kind = kind;
        this.countyCode = countyCode;
        this.contactName = contactName;
        this.contactPhone = contactPhone;
        this.contactEmail = contactEmail;
        this.specialistIds.clear();
        this.specialistIds.addAll(specialistIds);
        setUpdatedAt(updatedAt);
    }

    public Set<Long> getSpecialistIds() {
        return specialistIds;
    }

}
