package io.tepai.core.org;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tepai.api.Actor;
import io.tepai.api.ConflictException;
import io.tepai.api.Contact;
import io.tepai.api.FieldError;
import io.tepai.api.NotFoundException;
import io.tepai.api.Page;
import io.tepai.api.PageRequest;
import io.tepai.api.ValidationException;
import io.tepai.api.org.DispatchingUnit;
import io.tepai.api.org.UnitDraft;
import io.tepai.api.org.UnitFilter;
import io.tepai.api.org.UnitType;
import io.tepai.api.specialist.Specialist;
import io.tepai.core.specialist.SpecialistServiceImpl;
import io.tepai.core.testing.Drafts;
import io.tepai.core.testing.TestStore;
import io.tepai.core.tier.CityTier;
import io.tepai.core.tier.TierRegistry;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class UnitServiceImplTest {

    /** What the demo data set acts as: the services mark what it writes sample. */
    private static final Actor SAMPLE_DATA = Actor.sampleData("demo-data");

    private static final Actor ACTOR = Actor.system("test");

    private TestStore db;
    private UnitServiceImpl service;

    @BeforeEach
    void setUp() {
        db = TestStore.open();
        service = new UnitServiceImpl(db.store());
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    private static UnitDraft hpu() {
        return new UnitDraft("hpu", "河南理工大学", "Henan Polytechnic University", UnitType.UNIVERSITY,
                new Contact("周立伟", "0391-3986127", "kjc.zhou@example.edu.cn"));
    }

    private long unitRows() {
        return db.count("SELECT COUNT(*) FROM dispatching_unit");
    }

    private static List<String> fieldsOf(ValidationException e) {
        return e.errors().stream().map(FieldError::field).toList();
    }

    // --- create and get

    @Test
    void createStoresTheUnitWithVersion1() {
        DispatchingUnit created = service.create(ACTOR, hpu());

        assertEquals(new DispatchingUnit("hpu", "河南理工大学", "Henan Polytechnic University", UnitType.UNIVERSITY,
                new Contact("周立伟", "0391-3986127", "kjc.zhou@example.edu.cn"), false, 1), created);
        assertEquals(created, service.get("hpu"));
    }

    @Test
    void createStripsTextsAndAllowsMissingEnglishNameAndContact() {
        DispatchingUnit created = service.create(ACTOR, new UnitDraft(" jzu ", " 焦作大学 ", null,
                UnitType.UNIVERSITY, null));

        assertEquals("jzu", created.code());
        assertEquals("焦作大学", created.nameZh());
        assertEquals("", created.nameEn());
        assertEquals(Contact.NONE, created.contact());
        assertEquals(created, service.get("jzu"));
    }

    @Test
    void createWithSampleMarksTheUnitAsDemoData() {
        assertTrue(service.create(SAMPLE_DATA, hpu()).sample());
        assertTrue(service.get("hpu").sample());
    }

    @Test
    void getOfAnUnknownCodeIsNotFound() {
        assertThrows(NotFoundException.class, () -> service.get("nosuch"));
    }

    @Test
    void aTakenCodeIsAConflictAndTheExistingUnitIsKept() {
        service.create(ACTOR, hpu());

        assertThrows(ConflictException.class, () -> service.create(ACTOR, new UnitDraft("hpu", "冒名大学", "",
                UnitType.OTHER, null)));

        assertEquals("河南理工大学", service.get("hpu").nameZh());
        assertEquals(1, unitRows());
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"h", "HPU", "1hpu", "-hpu", "hpu_own", "hpu own", "河南理工",
            "abcdefghijklmnopqrstuvwxyz0123456"})
    void malformedCodesAreRefused(String code) {
        ValidationException e = assertThrows(ValidationException.class,
                () -> service.create(ACTOR, new UnitDraft(code, "某大学", "", UnitType.UNIVERSITY, null)));

        assertEquals(List.of("code"), fieldsOf(e));
        assertEquals(0, unitRows());
    }

    @ParameterizedTest
    @ValueSource(strings = {"hp", "hpu-own", "h2", "abcdefghijklmnopqrstuvwxyz012345"})
    void wellFormedCodesAreAccepted(String code) {
        assertEquals(code, service.create(ACTOR, new UnitDraft(code, "某大学", "", UnitType.UNIVERSITY, null)).code());
    }

    @Test
    void everyInvalidFieldIsReportedAtOnce() {
        UnitDraft draft = new UnitDraft("H", " ", "e".repeat(257), null,
                new Contact("名".repeat(65), "", ""));

        ValidationException e = assertThrows(ValidationException.class, () -> service.create(ACTOR, draft));

        assertEquals(List.of("code", "nameZh", "nameEn", "type", "contact"), fieldsOf(e));
        assertEquals(0, unitRows());
    }

    @Test
    void namesAtTheirMaximumLengthAreAccepted() {
        DispatchingUnit created = service.create(ACTOR, new UnitDraft("long", "名".repeat(128), "e".repeat(256),
                UnitType.OTHER, new Contact("名".repeat(64), "1".repeat(32), "e".repeat(128))));

        assertEquals(128, created.nameZh().length());
    }

    @Test
    void anOverlongChineseNameIsRefused() {
        ValidationException e = assertThrows(ValidationException.class, () -> service.create(ACTOR,
                new UnitDraft("long", "名".repeat(129), "", UnitType.OTHER, null)));

        assertEquals(List.of("nameZh"), fieldsOf(e));
    }

    // --- update

    @Test
    void updateChangesNamesTypeAndContactAndMovesTheVersion() {
        DispatchingUnit created = service.create(ACTOR, hpu());

        DispatchingUnit updated = service.update(ACTOR, "hpu", created.version(), new UnitDraft(null,
                "河南理工大学（焦作）", "HPU", UnitType.RESEARCH_INSTITUTE, new Contact("王老师", "", "")));

        assertEquals(new DispatchingUnit("hpu", "河南理工大学（焦作）", "HPU", UnitType.RESEARCH_INSTITUTE,
                new Contact("王老师", "", ""), false, created.version() + 1), updated);
        assertEquals(updated, service.get("hpu"));
    }

    @Test
    void updateMayRepeatTheSameCode() {
        DispatchingUnit created = service.create(ACTOR, hpu());

        DispatchingUnit updated = service.update(ACTOR, "hpu", created.version(), new UnitDraft(" hpu ", "新名字",
                "", UnitType.UNIVERSITY, null));

        assertEquals("新名字", updated.nameZh());
    }

    @Test
    void updateCannotChangeTheCode() {
        DispatchingUnit created = service.create(ACTOR, hpu());

        ValidationException e = assertThrows(ValidationException.class, () -> service.update(ACTOR, "hpu",
                created.version(), new UnitDraft("hpu2", "新名字", "", UnitType.UNIVERSITY, null)));

        assertEquals(List.of("code"), fieldsOf(e));
        assertEquals(created, service.get("hpu"));
    }

    @Test
    void updateWithAStaleVersionIsAConflictAndChangesNothing() {
        DispatchingUnit created = service.create(ACTOR, hpu());
        DispatchingUnit current = service.update(ACTOR, "hpu", created.version(), new UnitDraft(null, "第二版", "",
                UnitType.UNIVERSITY, null));

        assertThrows(ConflictException.class, () -> service.update(ACTOR, "hpu", created.version(),
                new UnitDraft(null, "第三版", "", UnitType.UNIVERSITY, null)));

        assertEquals(current, service.get("hpu"));
    }

    @Test
    void updateOfAnUnknownCodeIsNotFound() {
        assertThrows(NotFoundException.class, () -> service.update(ACTOR, "nosuch", 1,
                new UnitDraft(null, "某大学", "", UnitType.UNIVERSITY, null)));
    }

    @Test
    void anInvalidUpdateIsRefusedAndChangesNothing() {
        DispatchingUnit created = service.create(ACTOR, hpu());

        assertThrows(ValidationException.class, () -> service.update(ACTOR, "hpu", created.version(),
                new UnitDraft(null, "", "", null, null)));

        assertEquals(created, service.get("hpu"));
    }

    // --- delete

    @Test
    void deleteRemovesTheUnit() {
        DispatchingUnit created = service.create(ACTOR, hpu());

        service.delete(ACTOR, "hpu", created.version());

        assertThrows(NotFoundException.class, () -> service.get("hpu"));
        assertEquals(0, unitRows());
    }

    @Test
    void deleteWithAStaleVersionIsAConflict() {
        DispatchingUnit created = service.create(ACTOR, hpu());
        service.update(ACTOR, "hpu", created.version(), new UnitDraft(null, "第二版", "", UnitType.UNIVERSITY, null));

        assertThrows(ConflictException.class, () -> service.delete(ACTOR, "hpu", created.version()));

        assertEquals("第二版", service.get("hpu").nameZh());
    }

    @Test
    void deleteOfAnUnknownCodeIsNotFound() {
        assertThrows(NotFoundException.class, () -> service.delete(ACTOR, "nosuch", 1));
    }

    @Test
    void deleteIsRefusedWhileSpecialistsBelongToTheUnit() {
        DispatchingUnit unit = service.create(ACTOR, hpu());
        SpecialistServiceImpl specialists = specialists();
        specialists.create(ACTOR, Drafts.specialist().unitCode("hpu").name("甲").build());
        specialists.create(ACTOR, Drafts.specialist().unitCode("hpu").name("乙").build());

        ConflictException e = assertThrows(ConflictException.class,
                () -> service.delete(ACTOR, "hpu", unit.version()));

        assertTrue(e.getMessage().contains("2 specialists"), e.getMessage());
        assertEquals(unit, service.get("hpu"));
    }

    @Test
    void deleteSucceedsOnceTheSpecialistsAreGone() {
        DispatchingUnit unit = service.create(ACTOR, hpu());
        SpecialistServiceImpl specialists = specialists();
        Specialist only = specialists.create(ACTOR, Drafts.specialist().unitCode("hpu").build());
        specialists.delete(ACTOR, only.id(), only.version());

        service.delete(ACTOR, "hpu", unit.version());

        assertEquals(0, unitRows());
    }

    // --- search

    @Test
    void searchFiltersByTypeAndTextAndReportsTheTotal() {
        service.create(ACTOR, hpu());
        service.create(ACTOR, new UnitDraft("haas", "河南省农业科学院", "Henan Academy of Agricultural Sciences",
                UnitType.RESEARCH_INSTITUTE, null));
        service.create(ACTOR, new UnitDraft("jzu", "焦作大学", "Jiaozuo University", UnitType.UNIVERSITY, null));

        Page<DispatchingUnit> universities = service.search(new UnitFilter(UnitType.UNIVERSITY, null),
                PageRequest.first());
        Page<DispatchingUnit> henan = service.search(new UnitFilter(null, "河南"), PageRequest.first());

        assertEquals(List.of("hpu", "jzu"), universities.items().stream().map(DispatchingUnit::code).toList());
        assertEquals(2, universities.total());
        assertEquals(List.of("haas", "hpu"), henan.items().stream().map(DispatchingUnit::code).toList());
    }

    @Test
    void searchWithoutFilterListsAllByCode() {
        service.create(ACTOR, new UnitDraft("jzu", "焦作大学", "", UnitType.UNIVERSITY, null));
        service.create(ACTOR, hpu());

        Page<DispatchingUnit> all = service.search(null, new PageRequest(1, 1));

        assertEquals(List.of("hpu"), all.items().stream().map(DispatchingUnit::code).toList());
        assertEquals(2, all.total());
        assertFalse(all.items().get(0).sample());
    }

    private SpecialistServiceImpl specialists() {
        TierRegistry tiers = new TierRegistry();
        tiers.addTier(new CityTier());
        return new SpecialistServiceImpl(db.store(), tiers);
    }
}
