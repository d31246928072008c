package io.tepai.testkit;

import io.tepai.spi.evaluation.Subject;
import io.tepai.spi.evaluation.SubjectKind;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Builds a {@link Subject} as Tepai assembles one, e.g.
 * {@code SubjectBuilder.specialist("7", "郭明亮").county("wuzhi").unit("hpu").industries("四大怀药").build()}.
 * A specialist's tier defaults to {@code city}; everything else not given is empty or {@code null}, as in Tepai.
 */
public final class SubjectBuilder {

    private final SubjectKind kind;
    private final String key;
    private final String name;
    private String county;
    private String unit;
    private String tier;
    private final Set<String> industries = new LinkedHashSet<>();
    private final Set<String> fields = new LinkedHashSet<>();
    private String guidanceClass;

    private SubjectBuilder(SubjectKind kind, String key, String name) {
        this.kind = kind;
        this.key = key;
        this.name = name;
    }

    /** A specialist, evaluated by {@link #county(String) the county} they serve; tier {@code city} unless set. */
    public static SubjectBuilder specialist(String key, String name) {
        return new SubjectBuilder(SubjectKind.SPECIALIST, key, name).tier("city");
    }

    /** A city industry service team. */
    public static SubjectBuilder team(String key, String name) {
        return new SubjectBuilder(SubjectKind.TEAM, key, name);
    }

    /** A county's specialist work: its key and county are the county's code. */
    public static SubjectBuilder countyWork(String county, String name) {
        return new SubjectBuilder(SubjectKind.COUNTY_WORK, county, name).county(county);
    }

    /** A dispatching unit: its key and unit are the unit's code. */
    public static SubjectBuilder unit(String unit, String name) {
        return new SubjectBuilder(SubjectKind.UNIT, unit, name).unit(unit);
    }

    public SubjectBuilder county(String county) {
        this.county = county;
        return this;
    }

    public SubjectBuilder unit(String unit) {
        this.unit = unit;
        return this;
    }

    public SubjectBuilder tier(String tier) {
        this.tier = tier;
        return this;
    }

    /** The leading industries the subject serves. */
    public SubjectBuilder industries(String... industries) {
        this.industries.addAll(List.of(industries));
        return this;
    }

    /** Fields of expertise (R-FIELD-1). */
    public SubjectBuilder fields(String... fields) {
        this.fields.addAll(List.of(fields));
        return this;
    }

    /** The guidance class (R-TIER-2) by name, e.g. {@code PUBLIC_WELFARE}, {@code RURAL_ENTREPRENEURSHIP}. */
    public SubjectBuilder guidanceClass(String guidanceClass) {
        this.guidanceClass = guidanceClass;
        return this;
    }

    public Subject build() {
        return new Subject(kind, key, name, county, unit, tier, industries, fields, guidanceClass);
    }
}
