package io.tepai.store.entity;

import javax.persistence.Column;
import javax.persistence.Embeddable;

/** A named leader stored inline (name, position, phone); entities rename the columns with attribute overrides. */
@Embeddable
public class LeaderColumns {

    @Column(name = "name")
    private String name = "";

    @Column(name = "position")
    private String position = "";

    @Column(name = "phone")
    private String phone = "";

    protected LeaderColumns() {
    }

    public LeaderColumns(String name, String position, String phone) {
        this.name = name;
        this.position = position;
        this.phone = phone;
    }

    public String getName() {
        return name;
    }

    public String getPosition() {
        return position;
    }

    public String getPhone() {
        return phone;
    }
}
