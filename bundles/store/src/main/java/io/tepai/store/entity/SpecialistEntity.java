package io.tepai.store.entity;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.persistence.CollectionTable;
import javax.persistence.Column;
import javax.persistence.ElementCollection;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.JoinColumn;
import javax.persistence.OrderColumn;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

/**
 * A specialist. Enumerations are stored by name (strings) so that reordering an enum never corrupts data;
 * the small collections are element collections batch-fetched per page to avoid one query per row.
 */
@Entity(name = "Specialist")
@Table(name = "specialist")
public class SpecialistEntity extends TimestampedSampleEntity {

    /** From a sequence, 50 ids per round trip, so that many rows are inserted in batches (V018). */
    @Id
    @SequenceGenerator(name = "specialist_ids", sequenceName = "specialist_ids", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "specialist_ids")
    @Column(name = "id")
    private Long id;

    @Column(name = "name")
    private String name;

    @Column(name = "unit_code")
    private String unitCode;

    @Column(name = "title_level")
    private String titleLevel;

    @Column(name = "title")
    private String title;

    @Column(name = "degree")
    private String degree;

    @Column(name = "tier_id")
    private String tierId;

    @Column(name = "classification")
    private String classification;

    @Column(name = "phone")
    private String phone;

    @Column(name = "email")
    private String email;

    @Column(name = "service_experience")
    private String serviceExperience;

    @Column(name = "eligibility_exception")
    private String eligibilityException;

    @Column(name = "status")
    private String status;

    @ElementCollection
    @CollectionTable(name = "specialist_field", joinColumns = @JoinColumn(name = "specialist_id"))
    @OrderColumn(name = "seq")
    @Column(name = "field")
    @BatchFetch(BatchFetchType.IN)
    private List<String> fields = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "specialist_sector", joinColumns = @JoinColumn(name = "specialist_id"))
    @Column(name = "sector")
    @BatchFetch(BatchFetchType.IN)
    private Set<String> sectors = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "specialist_segment", joinColumns = @JoinColumn(name = "specialist_id"))
    @Column(name = "segment")
    @BatchFetch(BatchFetchType.IN)
    private Set<String> chainSegments = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "specialist_county", joinColumns = @JoinColumn(name = "specialist_id"))
    @Column(name = "county_code")
    @BatchFetch(BatchFetchType.IN)
    private Set<String> counties = new LinkedHashSet<>();

    /** The R-ELIG-1 shortfalls the eligibility exception was recorded for (issue 20). */
    @ElementCollection
    @CollectionTable(name = "specialist_exception_problem", joinColumns = @JoinColumn(name = "specialist_id"))
    @Column(name = "problem")
    @BatchFetch(BatchFetchType.IN)
    private Set<String> exceptionProblems = new LinkedHashSet<>();

    /**
     * The grams of name, title and fields that {@code q} and {@code field} search seek by (V022, {@link SearchGrams}):
     * derived, never set from outside. The setters of those three keep them in step, so whatever persists a specialist
     * writes its grams in the same transaction; never read for a page, hence lazy.
     */
    @ElementCollection
    @CollectionTable(name = "specialist_gram", joinColumns = @JoinColumn(name = "specialist_id"))
    @Column(name = "gram")
    private Set<String> grams = new LinkedHashSet<>();

    protected SpecialistEntity() {
    }

    public SpecialistEntity(Instant createdAt) {
        super(createdAt, createdAt);
    }

    private static <C extends Collection<String>> void replace(C target, Collection<String> values) {
        target.clear();
        target.addAll(values);
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
        regram();
    }

    public String getUnitCode() {
        return unitCode;
    }

    public void setUnitCode(String unitCode) {
        this.unitCode = unitCode;
    }

    public String getTitleLevel() {
        return titleLevel;
    }

    public void setTitleLevel(String titleLevel) {
        this.titleLevel = titleLevel;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
        regram();
    }

    public String getDegree() {
        return degree;
    }

    public void setDegree(String degree) {
        this.degree = degree;
    }

    public String getTierId() {
        return tierId;
    }

    public void setTierId(String tierId) {
        this.tierId = tierId;
    }

    public String getClassification() {
        return classification;
    }

    public void setClassification(String classification) {
        this.classification = classification;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getServiceExperience() {
        return serviceExperience;
    }

    public void setServiceExperience(String serviceExperience) {
        this.serviceExperience = serviceExperience;
    }

    public String getEligibilityException() {
        return eligibilityException;
    }

    public void setEligibilityException(String eligibilityException) {
        this.eligibilityException = eligibilityException;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    /** Read-only: {@link #setFields} changes them, and their grams with them. */
    public List<String> getFields() {
        return Collections.unmodifiableList(fields);
    }

    public void setFields(Collection<String> values) {
        replace(fields, values);
        regram();
    }

    /** The grams stored for the search (V022), read-only. */
    public Set<String> getGrams() {
        return Collections.unmodifiableSet(grams);
    }

    /** Rewrites the grams from name, title and fields, only when they differ (an update loads them once to compare). */
    private void regram() {
        List<String> texts = new ArrayList<>(fields);
        texts.add(name);
        texts.add(title);
        Set<String> now = SearchGrams.of(texts);
        if (!grams.equals(now)) {
            replace(grams, now);
        }
    }

    public Set<String> getSectors() {
        return sectors;
    }

    public void setSectors(Collection<String> values) {
        replace(sectors, values);
    }

    public Set<String> getChainSegments() {
        return chainSegments;
    }

    public void setChainSegments(Collection<String> values) {
        replace(chainSegments, values);
    }

    public Set<String> getCounties() {
        return counties;
    }

    public void setCounties(Collection<String> values) {
        replace(counties, values);
    }


    public Set<String> getExceptionProblems() {
        return exceptionProblems;
    }

    public void setExceptionProblems(Collection<String> exceptionProblems) {
        replace(this.exceptionProblems, exceptionProblems);
    }
}
