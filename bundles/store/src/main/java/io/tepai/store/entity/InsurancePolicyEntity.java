package io.tepai.store.entity;

import java.time.Instant;
import java.time.LocalDate;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

/** A specialist's personal accident insurance for a period (R-FUND-5); the premium in whole fen. */
@Entity(name = "InsurancePolicy")
@Table(name = "insurance_policy")
public class InsurancePolicyEntity extends TimestampedSampleEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "specialist_id")
    private long specialistId;

    @Column(name = "insurer")
    private String insurer;

    @Column(name = "policy_number")
    private String policyNumber;

    @Column(name = "valid_from")
    private LocalDate validFrom;

    @Column(name = "valid_to")
    private LocalDate validTo;

    @Column(name = "premium_fen")
    private long premiumFen;

    protected InsurancePolicyEntity() {
    }

    public InsurancePolicyEntity(long specialistId, String insurer, String policyNumber, LocalDate validFrom,
                                 LocalDate validTo, long premiumFen, Instant createdAt) {
        super(createdAt, createdAt);
        this.specialistId = specialistId;
        this.insurer = insurer;
        this.policyNumber = policyNumber;
        this.validFrom = validFrom;
        this.validTo = validTo;
        this.premiumFen = premiumFen;
    }

    public long getId() {
        return id;
    }

    public long getSpecialistId() {
        return specialistId;
    }

    public String getInsurer() {
        return insurer;
    }

    public String getPolicyNumber() {
        return policyNumber;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public LocalDate getValidTo() {
        return validTo;
    }

    public long getPremiumFen() {
        return premiumFen;
    }
}
