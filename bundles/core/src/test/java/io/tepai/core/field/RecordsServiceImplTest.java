package io.tepai.core.field;

import static io.tepai.core.testing.FieldActors.AUDITOR;
import static io.tepai.core.testing.FieldActors.HPU;
import static io.tepai.core.testing.FieldActors.JZU;
import static io.tepai.core.testing.Organisation.CITY;
import static io.tepai.core.testing.Organisation.WUZHI;
import static io.tepai.core.testing.Organisation.XIUWU;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;

import io.tepai.api.Actor;
import io.tepai.api.ConflictException;
import io.tepai.api.FieldError;
import io.tepai.api.ForbiddenException;
import io.tepai.api.NotFoundException;
import io.tepai.api.PageRequest;
import io.tepai.api.ValidationException;
import io.tepai.api.field.DemonstrationBase;
import io.tepai.api.field.DemonstrationBaseDraft;
import io.tepai.api.field.Mentee;
import io.tepai.api.field.MenteeDraft;
import io.tepai.api.field.MenteeKind;
import io.tepai.api.field.Training;
import io.tepai.api.field.TrainingDraft;
import io.tepai.api.field.TrainingKind;
import io.tepai.core.team.TeamServiceImpl;
import io.tepai.core.testing.FieldActors;
import io.tepai.core.testing.MutableClock;
import io.tepai.core.testing.Organisation;
import io.tepai.core.testing.Organisation.Specialists;
import io.tepai.core.testing.TestStore;
import io.tepai.store.Store;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RecordsServiceImplTest {

    /** What the demo data set acts as: the services mark what it writes sample. */
    private static final Actor SAMPLE_DATA = Actor.sampleData("demo-data");

    /** 16:00 on 2024-03-01 in Jiaozuo. */
    private static final Instant START = Instant.parse("2024-03-01T08:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2024, 3, 1);

    private TestStore db;
    private MutableClock clock;
    private Specialists specialists;
    private RecordsServiceImpl service;
    /** 李振华 of unit hpu, with his own account. */
    private long li;
    private Actor self;

    @BeforeEach
    void setUp() {
        db = TestStore.open();
        clock = new MutableClock(START);
        Organisation.units(db.store());
        specialists = new Specialists(db.store(), Organisation.builtInTiers());
        li = specialists.active("李振华");
        self = FieldActors.specialist(li);
        service = new RecordsServiceImpl(db.store(), clock);
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    private long rows(String table) {
        return db.count("SELECT COUNT(*) FROM " + table);
    }

    private long audits(String entity, String action) {
        return db.count("SELECT COUNT(*) FROM audit_record WHERE entity = '" + entity + "' AND action = '" + action
                + "'");
    }

    private static List<String> fields(ValidationException e) {
        return e.errors().stream().map(FieldError::field).toList();
    }

    // --- training (R-TRN-1)

    private TrainingDraft training(String hours, LocalDate date) {
        return new TrainingDraft(li, TrainingKind.SKILLS_TRAINING, true, "怀山药绿色高效栽培技术", new BigDecimal(hours), date);
    }

    @Test
    void R_TRN_1_aSpecialistRecordsTrainingTheyGave() {
        Training created = service.createTraining(self, new TrainingDraft(li, TrainingKind.SKILLS_TRAINING, true,
                " 怀山药绿色高效栽培技术 ", new BigDecimal("3.50"), LocalDate.of(2024, 2, 27)));

        assertTrue(created.id() > 0);
        assertEquals(new Training(created.id(), li, TrainingKind.SKILLS_TRAINING, true, "怀山药绿色高效栽培技术",
                new BigDecimal("3.5"), LocalDate.of(2024, 2, 27), false, 1), created);
        assertEquals(List.of(created), service.trainings(li, null, PageRequest.first()).items());
        assertEquals(1, db.count("SELECT COUNT(*) FROM audit_record WHERE entity = 'Training' AND action = 'create'"
                + " AND actor = '" + self.username() + "' AND entity_id = '" + created.id() + "'"));
    }

    @Test
    void R_TRN_1_trainingAttendedIsRecordedToo() {
        Training attended = service.createTraining(self, new TrainingDraft(li, TrainingKind.ONLINE_COURSE, false,
                "农村电商直播带货网络课程", new BigDecimal("2"), TODAY));

        assertFalse(attended.gave());
        assertEquals(new BigDecimal("2.0"), attended.hours());
    }

    @Test
    void R_TRN_1_theSpecialistsUnitOrTheCityRecordsTheirTrainingToo() {
        assertEquals(li, service.createTraining(HPU, training("4", TODAY)).specialistId());
        assertEquals(li, service.createTraining(CITY, training("4", TODAY)).specialistId());
        assertEquals(2, rows("training"));
    }

    @Test
    void R_TRN_1_nobodyElseRecordsASpecialistsTraining() {
        long guo = specialists.active("郭明亮");

        for (Actor actor : List.of(FieldActors.specialist(guo), JZU, WUZHI, AUDITOR)) {
            ForbiddenException e = assertThrows(ForbiddenException.class,
                    () -> service.createTraining(actor, training("4", TODAY)), actor.username());
            assertEquals("unit:hpu", e.missingScope());
        }
        assertEquals(0, rows("training"));
        assertEquals(0, audits("Training", "create"));
    }

    @Test
    void R_TRN_1_hoursAreHalfHoursUpToADay() {
        for (String hours : List.of("0.5", "1", "7.5", "24", "24.0")) {
            assertEquals(new BigDecimal(hours).setScale(1), service.createTraining(self, training(hours, TODAY))
                    .hours(), hours);
        }
        for (String hours : List.of("0", "-1", "0.3", "1.25", "24.5", "25")) {
            ValidationException e = assertThrows(ValidationException.class,
                    () -> service.createTraining(self, training(hours, TODAY)), hours);
            assertEquals(List.of("hours"), fields(e), hours);
        }
        assertEquals(5, rows("training"));
    }

    @Test
    void R_TRN_1_trainingHeldTodayInJiaozuoIsAcceptedButNotTomorrow() {
        clock = new MutableClock(Instant.parse("2024-03-01T20:00:00Z")); // already 2 March in Jiaozuo
        service = new RecordsServiceImpl(db.store(), clock);

        assertEquals(LocalDate.of(2024, 3, 2), service.createTraining(self, training("2", LocalDate.of(2024, 3, 2)))
                .date());
        ValidationException e = assertThrows(ValidationException.class,
                () -> service.createTraining(self, training("2", LocalDate.of(2024, 3, 3))));
        assertEquals(List.of("date"), fields(e));
    }

    @Test
    void anInvalidTrainingIsRefusedWithEveryProblemBeforeTheStoreIsTouched() {
        Store store = mock(Store.class);
        RecordsServiceImpl isolated = new RecordsServiceImpl(store, clock);

        ValidationException e = assertThrows(ValidationException.class, () -> isolated.createTraining(CITY,
                new TrainingDraft(null, null, null, "题".repeat(257), null, null)));
        assertThrows(ValidationException.class, () -> isolated.createTraining(CITY, null));
        assertThrows(ValidationException.class, () -> isolated.trainings(null, 1999, PageRequest.first()));

        assertEquals(List.of("specialistId", "kind", "gave", "title", "hours", "date"), fields(e));
        verifyNoInteractions(store);
    }

    @Test
    void trainingOfAnUnknownSpecialistIsRefused() {
        ValidationException e = assertThrows(ValidationException.class, () -> service.createTraining(CITY,
                new TrainingDraft(4242L, TrainingKind.MENTORING, false, "传帮带", BigDecimal.ONE, TODAY)));

        assertEquals(List.of("specialistId"), fields(e));
        assertEquals(0, rows("training"));
    }

    @Test
    void R_TRN_1_trainingsAreListedByCalendarYearNewestFirst() {
        long guo = specialists.active("郭明亮");
        Training lastYear = service.createTraining(CITY, training("2", LocalDate.of(2023, 12, 31)));
        Training newYear = service.createTraining(CITY, training("2", LocalDate.of(2024, 1, 1)));
        Training leapDay = service.createTraining(CITY, training("2", LocalDate.of(2024, 2, 29)));
        Training others = service.createTraining(CITY, new TrainingDraft(guo, TrainingKind.SITE_VISIT, false,
                "寿光蔬菜基地考察", new BigDecimal("8"), LocalDate.of(2024, 2, 1)));

        assertEquals(List.of(leapDay, newYear), service.trainings(li, 2024, PageRequest.first()).items());
        assertEquals(List.of(lastYear), service.trainings(li, 2023, PageRequest.first()).items());
        assertEquals(List.of(leapDay, others, newYear), service.trainings(null, 2024, PageRequest.first()).items());
        assertEquals(4, service.trainings(null, null, new PageRequest(1, 1)).total());
    }

    @Test
    void R_TRN_1_theSpecialistTheirUnitOrTheCityDeletesATraining() {
        Training bySelf = service.createTraining(self, training("2", TODAY));
        Training byUnit = service.createTraining(self, training("2", TODAY));
        Training byCity = service.createTraining(self, training("2", TODAY));

        service.deleteTraining(self, bySelf.id(), bySelf.version());
        service.deleteTraining(HPU, byUnit.id(), byUnit.version());
        service.deleteTraining(CITY, byCity.id(), byCity.version());

        assertEquals(0, rows("training"));
        assertEquals(3, audits("Training", "delete"));
    }

    @Test
    void deletingATrainingOutsideTheScopeOrOnAStaleVersionChangesNothing() {
        Training created = service.createTraining(self, training("2", TODAY));

        ForbiddenException e = assertThrows(ForbiddenException.class,
                () -> service.deleteTraining(JZU, created.id(), created.version()));
        assertThrows(ForbiddenException.class, () -> service.deleteTraining(WUZHI, created.id(), created.version()));
        assertThrows(ConflictException.class, () -> service.deleteTraining(self, created.id(), created.version() + 1));
        assertThrows(NotFoundException.class, () -> service.deleteTraining(CITY, 4242, 1));

        assertEquals("unit:hpu", e.missingScope());
        assertEquals(List.of(created), service.trainings(li, null, PageRequest.first()).items());
        assertEquals(0, audits("Training", "delete"));
    }

    @Test
    void aDemoTrainingIsMarkedAsSample() {
        assertTrue(service.createTraining(SAMPLE_DATA, training("2", TODAY)).sample());
    }

    // --- demonstration bases (R-SVC-1)

    private DemonstrationBaseDraft base(String name, String county, Long specialistId, Long teamId) {
        return new DemonstrationBaseDraft(name, county, "四大怀药", new BigDecimal("120.5"), specialistId, teamId,
                LocalDate.of(2023, 4, 1));
    }

    @Test
    void R_SVC_1_aCountyRegistersADemonstrationBase() {
        DemonstrationBase created = service.createBase(WUZHI, new DemonstrationBaseDraft(" 大封镇怀山药标准化示范基地 ",
                " wuzhi ", " 四大怀药 ", new BigDecimal("120.50"), li, null, LocalDate.of(2023, 4, 1)));

        assertTrue(created.id() > 0);
        assertEquals(new DemonstrationBase(created.id(), "大封镇怀山药标准化示范基地", "wuzhi", "四大怀药",
                new BigDecimal("120.5"), li, null, LocalDate.of(2023, 4, 1), false, 1), created);
        assertEquals(List.of(created), service.bases("wuzhi", null, null, PageRequest.first()).items());
        assertEquals(1, db.count("SELECT COUNT(*) FROM audit_record WHERE entity = 'DemonstrationBase'"
                + " AND action = 'create' AND actor = 'wuzhi-kjj'"));
    }

    @Test
    void R_SVC_1_aTeamsBaseNeedsNoSpecialist() {
        long team = new TeamServiceImpl(db.store(), Map.of()).create(CITY,
                Organisation.cityTeam("四大怀药产业服务团", "四大怀药")).id();

        DemonstrationBase created = service.createBase(WUZHI, base("温县铁棍山药示范基地", "wuzhi", null, team));

        assertNull(created.specialistId());
        assertEquals(team, created.teamId());
        assertEquals(List.of(created), service.bases(null, null, team, PageRequest.first()).items());
    }

    @Test
    void R_SVC_1_theSpecialistNamedOnABaseKeepsIt() {
        DemonstrationBase created = service.createBase(self, base("修武县示范基地", "xiuwu", li, null));

        DemonstrationBase updated = service.updateBase(self, created.id(), created.version(),
                base("修武县山药示范基地", "xiuwu", li, null));
        service.deleteBase(self, updated.id(), updated.version());

        assertEquals("修武县山药示范基地", updated.name());
        assertEquals(created.version() + 1, updated.version());
        assertEquals(0, rows("demonstration_base"));
        assertEquals(1, audits("DemonstrationBase", "update"));
        assertEquals(1, audits("DemonstrationBase", "delete"));
    }

    @Test
    void R_SVC_1_anotherCountySpecialistOrUnitCannotRegisterABase() {
        long guo = specialists.active("郭明亮");

        for (Actor actor : List.of(XIUWU, FieldActors.specialist(guo), HPU, AUDITOR)) {
            ForbiddenException e = assertThrows(ForbiddenException.class,
                    () -> service.createBase(actor, base("基地", "wuzhi", li, null)), actor.username());
            assertEquals("county:wuzhi", e.missingScope());
        }
        assertEquals(0, rows("demonstration_base"));
        assertEquals("wuzhi", service.createBase(CITY, base("基地", "wuzhi", li, null)).county());
    }

    @Test
    void R_SVC_1_aBaseIsChangedOnlyByWhoKeepsItBeforeAndAfter() {
        long guo = specialists.active("郭明亮");
        DemonstrationBase created = service.createBase(WUZHI, base("基地", "wuzhi", li, null));
        long version = created.version();

        ForbiddenException otherCounty = assertThrows(ForbiddenException.class,
                () -> service.updateBase(XIUWU, created.id(), version, base("基地", "xiuwu", li, null)));
        ForbiddenException handedAway = assertThrows(ForbiddenException.class,
                () -> service.updateBase(self, created.id(), version, base("基地", "wuzhi", guo, null)));
        ForbiddenException movedAway = assertThrows(ForbiddenException.class,
                () -> service.updateBase(WUZHI, created.id(), version, base("基地", "xiuwu", li, null)));
        ForbiddenException notTheirs = assertThrows(ForbiddenException.class,
                () -> service.deleteBase(FieldActors.specialist(guo), created.id(), version));

        assertEquals("county:wuzhi", otherCounty.missingScope());
        assertEquals("county:wuzhi", handedAway.missingScope());
        assertEquals("county:xiuwu", movedAway.missingScope());
        assertEquals("county:wuzhi", notTheirs.missingScope());
        assertEquals(List.of(created), service.bases(null, null, null, PageRequest.first()).items());
        assertEquals(guo, service.updateBase(WUZHI, created.id(), version, base("基地", "wuzhi", guo, null))
                .specialistId(), "the county hands its base to another specialist");
    }

    @Test
    void aBaseNeedsASpecialistOrATeamThatExist() {
        ValidationException neither = assertThrows(ValidationException.class,
                () -> service.createBase(CITY, base("基地", "wuzhi", null, null)));
        ValidationException unknown = assertThrows(ValidationException.class,
                () -> service.createBase(CITY, base("基地", "beijing", 4242L, 4343L)));

        assertEquals(List.of("specialistId"), fields(neither));
        assertEquals(List.of("county", "specialistId", "teamId"), fields(unknown));
        assertEquals(0, rows("demonstration_base"));
    }

    @Test
    void anInvalidBaseIsRefusedWithEveryProblemBeforeTheStoreIsTouched() {
        Store store = mock(Store.class);
        RecordsServiceImpl isolated = new RecordsServiceImpl(store, clock);
        DemonstrationBaseDraft bad = new DemonstrationBaseDraft("名".repeat(129), " ", null, new BigDecimal("-1"), 1L,
                null, TODAY.plusDays(1));

        ValidationException e = assertThrows(ValidationException.class, () -> isolated.createBase(CITY, bad));
        assertThrows(ValidationException.class, () -> isolated.updateBase(CITY, 1, 1, bad));
        assertThrows(ValidationException.class, () -> isolated.createBase(CITY, null));

        assertEquals(List.of("name", "county", "industry", "areaMu", "establishedOn"), fields(e));
        verifyNoInteractions(store);
    }

    @Test
    void theAreaIsAtLeastZeroWithOneDecimalPlace() {
        for (String area : List.of("0", "0.5", "3000.0", "999999999.9")) {
            assertEquals(new BigDecimal(area).setScale(1), service.createBase(CITY, new DemonstrationBaseDraft("基地",
                    "wuzhi", "四大怀药", new BigDecimal(area), li, null, TODAY)).areaMu(), area);
        }
        for (String area : List.of("-0.1", "12.25", "1000000000")) {
            ValidationException e = assertThrows(ValidationException.class, () -> service.createBase(CITY,
                    new DemonstrationBaseDraft("基地", "wuzhi", "四大怀药", new BigDecimal(area), li, null, TODAY)), area);
            assertEquals(List.of("areaMu"), fields(e), area);
        }
    }

    @Test
    void updatingABaseOnAStaleVersionIsAConflictAndChangesNothing() {
        DemonstrationBase created = service.createBase(WUZHI, base("基地", "wuzhi", li, null));
        DemonstrationBase current = service.updateBase(WUZHI, created.id(), created.version(),
                base("新基地", "wuzhi", li, null));

        assertThrows(ConflictException.class, () -> service.updateBase(WUZHI, created.id(), created.version(),
                base("过时", "wuzhi", li, null)));
        assertThrows(ConflictException.class, () -> service.deleteBase(WUZHI, created.id(), created.version()));
        assertThrows(NotFoundException.class, () -> service.updateBase(CITY, 4242, 1, base("基地", "wuzhi", li,
                null)));

        assertEquals(List.of(current), service.bases(null, null, null, PageRequest.first()).items());
        assertEquals(0, audits("DemonstrationBase", "delete"));
    }

    @Test
    void basesAreListedByCountyAndSpecialist() {
        long guo = specialists.active("郭明亮");
        DemonstrationBase a = service.createBase(CITY, base("武陟甲", "wuzhi", li, null));
        DemonstrationBase b = service.createBase(CITY, base("修武乙", "xiuwu", guo, null));
        DemonstrationBase c = service.createBase(SAMPLE_DATA, base("武陟丙", "wuzhi", guo, null));

        assertEquals(List.of(a, c), service.bases("wuzhi", null, null, PageRequest.first()).items());
        assertEquals(List.of(c, b), service.bases(null, guo, null, PageRequest.first()).items());
        assertTrue(c.sample());
    }

    // --- mentees (R-SVC-1)

    private MenteeDraft mentee(String name, String county, long specialistId) {
        return new MenteeDraft(name, MenteeKind.YOUNG_FARM_OWNER, county, specialistId, LocalDate.of(2023, 6, 1),
                "返乡创业，种植怀山药200亩");
    }

    @Test
    void R_SVC_1_aSpecialistRecordsTheLocalLeadersTheyMentor() {
        Mentee created = service.createMentee(self, new MenteeDraft(" 王小军 ", MenteeKind.LOCAL_LEADER, " wuzhi ", li,
                LocalDate.of(2023, 6, 1), null));

        assertTrue(created.id() > 0);
        assertEquals(new Mentee(created.id(), "王小军", MenteeKind.LOCAL_LEADER, "wuzhi", li, LocalDate.of(2023, 6, 1),
                "", false, 1), created);
        assertEquals(List.of(created), service.mentees(null, li, PageRequest.first()).items());
        assertEquals(1, audits("Mentee", "create"));
    }

    @Test
    void R_SVC_1_theMenteesCountyOrTheCityRecordsMenteesToo() {
        assertEquals("wuzhi", service.createMentee(WUZHI, mentee("王小军", "wuzhi", li)).county());
        assertEquals("wuzhi", service.createMentee(CITY, mentee("李小红", "wuzhi", li)).county());
        assertEquals(2, rows("mentee"));
    }

    @Test
    void R_SVC_1_nobodyElseRecordsMentees() {
        long guo = specialists.active("郭明亮");

        for (Actor actor : List.of(XIUWU, FieldActors.specialist(guo), HPU, AUDITOR)) {
            ForbiddenException e = assertThrows(ForbiddenException.class,
                    () -> service.createMentee(actor, mentee("王小军", "wuzhi", li)), actor.username());
            assertEquals("county:wuzhi", e.missingScope());
        }
        assertEquals(0, rows("mentee"));
    }

    @Test
    void anInvalidMenteeIsRefusedWithEveryProblemBeforeTheStoreIsTouched() {
        Store store = mock(Store.class);
        RecordsServiceImpl isolated = new RecordsServiceImpl(store, clock);

        ValidationException e = assertThrows(ValidationException.class, () -> isolated.createMentee(CITY,
                new MenteeDraft("名".repeat(65), null, null, null, TODAY.plusDays(1), "注".repeat(1001))));
        assertThrows(ValidationException.class, () -> isolated.createMentee(CITY, null));

        assertEquals(List.of("name", "kind", "county", "specialistId", "since", "note"), fields(e));
        verifyNoInteractions(store);
    }

    @Test
    void aMenteeNeedsAKnownCountyAndSpecialist() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> service.createMentee(CITY, mentee("王小军", "beijing", 4242)));

        assertEquals(List.of("county", "specialistId"), fields(e));
        assertEquals(0, rows("mentee"));
    }

    @Test
    void R_SVC_1_aMenteeIsDeletedByTheSpecialistTheCountyOrTheCity() {
        Mentee bySelf = service.createMentee(self, mentee("甲", "wuzhi", li));
        Mentee byCounty = service.createMentee(self, mentee("乙", "wuzhi", li));
        Mentee byCity = service.createMentee(self, mentee("丙", "wuzhi", li));

        service.deleteMentee(self, bySelf.id(), bySelf.version());
        service.deleteMentee(WUZHI, byCounty.id(), byCounty.version());
        service.deleteMentee(CITY, byCity.id(), byCity.version());

        assertEquals(0, rows("mentee"));
        assertEquals(3, audits("Mentee", "delete"));
    }

    @Test
    void deletingAMenteeOutsideTheScopeOrOnAStaleVersionChangesNothing() {
        Mentee created = service.createMentee(self, mentee("王小军", "wuzhi", li));

        ForbiddenException e = assertThrows(ForbiddenException.class,
                () -> service.deleteMentee(XIUWU, created.id(), created.version()));
        assertThrows(ForbiddenException.class, () -> service.deleteMentee(HPU, created.id(), created.version()));
        assertThrows(ConflictException.class, () -> service.deleteMentee(self, created.id(), created.version() + 1));
        assertThrows(NotFoundException.class, () -> service.deleteMentee(CITY, 4242, 1));

        assertEquals("county:wuzhi", e.missingScope());
        assertEquals(List.of(created), service.mentees("wuzhi", null, PageRequest.first()).items());
        assertEquals(0, audits("Mentee", "delete"));
    }

    @Test
    void menteesAreListedByCountyAndSpecialist() {
        long guo = specialists.active("郭明亮");
        Mentee a = service.createMentee(CITY, mentee("甲", "wuzhi", li));
        Mentee b = service.createMentee(CITY, mentee("乙", "xiuwu", guo));
        Mentee c = service.createMentee(SAMPLE_DATA, mentee("丙", "wuzhi", guo));

        assertEquals(List.of(a, c), service.mentees("wuzhi", null, PageRequest.first()).items());
        assertEquals(List.of(c, b), service.mentees(null, guo, PageRequest.first()).items());
        assertTrue(c.sample());
    }
}
