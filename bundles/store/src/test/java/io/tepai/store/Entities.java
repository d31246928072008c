package io.tepai.store;

import io.tepai.store.entity.SpecialistEntity;
import io.tepai.store.entity.UnitEntity;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/** Ready-to-persist entities with every NOT NULL column filled, for store tests. */
public final class Entities {

    public static final Instant CREATED = Instant.parse("2024-03-01T08:00:00Z");

    private Entities() {
    }

    public static UnitEntity unit(String code, String nameZh, String nameEn, String type) {
        UnitEntity unit = new UnitEntity(code, CREATED);
        unit.setNameZh(nameZh);
        unit.setNameEn(nameEn);
        unit.setType(type);
        unit.setContactName("");
        unit.setContactPhone("");
        unit.setContactEmail("");
        return unit;
    }

    public static UnitEntity unit(String code) {
        return unit(code, code + "大学", code + " University", "UNIVERSITY");
    }

    /**
     * The cast several store tests start from: unit hpu, with 张三 (怀山药栽培) and 李四 (小麦育种); their ids in
     * that order.
     */
    public static long[] hpuWithZhangAndLi(Repositories repos) {
        repos.units().add(unit("hpu"));
        repos.flush();
        return new long[] {repos.specialists().add(specialist("张三", "hpu", "怀山药栽培")).getId(),
                repos.specialists().add(specialist("李四", "hpu", "小麦育种")).getId()};
    }

    /** A candidate of tier "city" serving no county, with the given fields of expertise. */
    public static SpecialistEntity specialist(String name, String unitCode, String... fields) {
        SpecialistEntity specialist = new SpecialistEntity(CREATED);
        specialist.setName(name);
        specialist.setUnitCode(unitCode);
        specialist.setTitleLevel("INTERMEDIATE");
        specialist.setTitle("农艺师");
        specialist.setDegree("BACHELOR");
        specialist.setTierId("city");
        specialist.setClassification("PUBLIC_WELFARE");
        specialist.setPhone("");
        specialist.setEmail("");
        specialist.setServiceExperience("");
        specialist.setEligibilityException("");
        specialist.setStatus("CANDIDATE");
        specialist.setFields(List.of(fields));
        specialist.setSectors(Set.of());
        specialist.setChainSegments(Set.of());
        specialist.setCounties(Set.of());
        return specialist;
    }
}
