package io.tepai.store.entity;

import java.time.Instant;
import java.time.LocalDate;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/** A county's workstation; one per county, so the county code is its key. */
@Entity(name = "Workstation")
@Table(name = "workstation")
public class WorkstationEntity extends SampleEntity {

    @Id
    @Column(name = "county_code")
    private String countyCode;

    @Column(name = "name")
    private String name;

    @Column(name = "address")
    private String address;

    @Column(name = "staff_name")
    private String staffName;

    @Column(name = "staff_phone")
    private String staffPhone;

    @Column(name = "staff_email")
    private String staffEmail;

    @Column(name = "opened_on")
    private LocalDate openedOn;

    @Column(name = "updated_at")
    private Instant updatedAt;

    protected WorkstationEntity() {
    }

    public WorkstationEntity(String countyCode) {
        this.countyCode = countyCode;
    }

    public String getCountyCode() {
        return countyCode;
    }

    public String getName() {
        return name;
    }

    public String getAddress() {
        return address;
    }

    public String getStaffName() {
        return staffName;
    }

    public String getStaffPhone() {
        return staffPhone;
    }

    public String getStaffEmail() {
        return staffEmail;
    }

    public LocalDate getOpenedOn() {
        return openedOn;
    }

    /** Replaces every editable field at once: a workstation is always saved whole. */
    public void set(String name, String address, String staffName, String staffPhone, String staffEmail,
                    LocalDate openedOn, Instant updatedAt) {
        this.name = name;
        this.address = address;
        this.staffName = staffName;
        this.staffPhone = staffPhone;
        this.staffEmail = staffEmail;
        this.openedOn = openedOn;
        this.updatedAt = updatedAt;
    }

}
