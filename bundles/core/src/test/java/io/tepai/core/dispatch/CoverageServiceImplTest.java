package io.tepai.core.dispatch;

import static io.tepai.core.testing.Organisation.CITY;
import static io.tepai.core.testing.Organisation.LIAISON;
import static io.tepai.core.testing.Organisation.MENGZHOU;
import static io.tepai.core.testing.Organisation.UNIT_LEADER;
import static io.tepai.core.testing.Organisation.agreement;
import static io.tepai.core.testing.Organisation.cityTeam;
import static io.tepai.core.testing.Organisation.countyTeam;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tepai.api.NotFoundException;
import io.tepai.api.Page;
import io.tepai.api.PageRequest;
import io.tepai.api.ValidationException;
import io.tepai.api.dispatch.AssignmentDraft;
import io.tepai.api.dispatch.Coverage;
import io.tepai.api.specialist.ClassCount;
import io.tepai.api.specialist.Classification;
import io.tepai.api.dispatch.Coverage.CountyCoverage;
import io.tepai.api.dispatch.Coverage.CoveringSpecialist;
import io.tepai.api.dispatch.Coverage.CoveringTeam;
import io.tepai.api.dispatch.Coverage.Gap;
import io.tepai.api.dispatch.Coverage.IndustryCoverage;
import io.tepai.api.dispatch.SquadOfficers;
import io.tepai.api.specialist.ChainSegment;
import io.tepai.api.specialist.SpecialistStatus;
import io.tepai.api.team.Agreement;
import io.tepai.api.team.AgreementStatus;
import io.tepai.api.team.Team;
import io.tepai.api.team.TeamStatus;
import io.tepai.core.calendar.ProgrammeCalendarService;
import io.tepai.core.team.TeamServiceImpl;
import io.tepai.core.testing.Drafts;
import io.tepai.core.testing.Modules;
import io.tepai.core.testing.Organisation;
import io.tepai.core.testing.Organisation.Specialists;
import io.tepai.core.testing.TestStore;
import io.tepai.spi.tier.SupportLevel;
import io.tepai.store.entity.ServiceLogEntity;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * R-GOAL-1 on the counties' real leading industries (migration V002), e.g. 武陟县: 四大怀药, 小麦良种, 畜禽养殖;
 * 修武县: 乡村旅游, 小麦良种, 绿色果蔬; 温县: 四大怀药, 小麦良种, 农产品加工; 孟州市: 畜牧养殖, 皮毛加工, 四大怀药.
 */
class CoverageServiceImplTest {

    /** Eleven counties with 28 leading industries in all. */
    private static final int CELLS = 28;

    private TestStore db;
    private Specialists specialists;
    private TeamServiceImpl teams;
    private AssignmentServiceImpl assignments;
    private CoverageServiceImpl service;

    @BeforeEach
    void setUp() {
        db = TestStore.open();
        Organisation.units(db.store());
        specialists = new Specialists(db.store(), Organisation.builtInTiers());
        // the components' constructors (system clock): every date below lies in the past
        teams = new TeamServiceImpl(db.store(), Map.of("minMembers", "1"));
        assignments = new AssignmentServiceImpl(db.store(), Organisation.builtInTiers(), Modules.acceptingEveryTier());
        service = new CoverageServiceImpl(db.store(), ProgrammeCalendarService.calendarYear(Clock.systemUTC()));
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    // --- fixture helpers

    private Team activeTeam(Team team) {
        Team member = teams.addMember(CITY, team.id(), team.version(), specialists.active(team.name() + "成员"),
                ChainSegment.PRODUCTION);
        return teams.changeStatus(CITY, member.id(), member.version(), TeamStatus.ACTIVE);
    }

    private Agreement inForce(Team team, String county, LocalDate termStart, LocalDate termEnd) {
        Agreement draft = teams.createAgreement(CITY, team.id(), agreement(county, termStart, termEnd));
        return teams.changeAgreementStatus(CITY, team.id(), draft.id(), draft.version(), AgreementStatus.ACTIVE);
    }

    private void dispatch(long specialistId, String county, int year, String... industries) {
        assignments.create(CITY, new AssignmentDraft(specialistId, county, year, null, List.of(industries), List.of(),
                null));
    }

    /** The cell's covering specialists, through its drill-down (the matrix only counts them). */
    private List<CoveringSpecialist> specialists(Coverage coverage, String county, String industry) {
        Page<CoveringSpecialist> page = service.covering(coverage.year(), county, industry, new PageRequest(1, 200));
        assertEquals(cell(coverage, county, industry).specialistCount(), page.total());
        return page.items();
    }

    private static IndustryCoverage cell(Coverage coverage, String county, String industry) {
        return coverage.counties().stream().filter(c -> c.county().equals(county)).findFirst().orElseThrow()
                .industries().stream().filter(i -> i.industry().equals(industry)).findFirst().orElseThrow();
    }

    // --- the whole matrix

    @Test
    void R_GOAL_1_withNobodyDispatchedEveryCellIsAGap() {
        Coverage coverage = service.coverage(2024);

        assertEquals(2024, coverage.year());
        assertEquals(11, coverage.counties().size());
        assertEquals(CELLS, coverage.cells());
        assertEquals(0, coverage.covered());
        assertEquals(CELLS, coverage.gaps().size());
        assertEquals(List.of("jiefang", "zhongzhan", "macun", "shanyang", "xiuwu", "boai", "wuzhi", "wenxian",
                "qinyang", "mengzhou", "shifanqu"), coverage.counties().stream().map(CountyCoverage::county).toList());
        CountyCoverage wuzhi = coverage.counties().get(6);
        assertEquals("武陟县", wuzhi.countyName());
        assertEquals(List.of("四大怀药", "小麦良种", "畜禽养殖"),
                wuzhi.industries().stream().map(IndustryCoverage::industry).toList());
        assertEquals(new Gap("jiefang", "解放区", "都市农业"), coverage.gaps().get(0));
    }

    @Test
    void R_GOAL_1_theMatrixShowsWhoServesEachCellAndWhereNobodyDoes() {
        // a city team with an agreement in force with 武陟县, a draft with 博爱县
        Team yam = activeTeam(teams.create(CITY, cityTeam("四大怀药产业服务团", "四大怀药")));
        Agreement wuzhi = inForce(yam, "wuzhi", LocalDate.of(2024, 1, 1), LocalDate.of(2026, 12, 31));
        teams.createAgreement(CITY, yam.id(), agreement("boai"));
        // a city team whose agreement with 修武县 ran 2022–2023 and has ended
        Team wheat = activeTeam(teams.create(CITY, cityTeam("小麦良种产业服务团", "小麦良种")));
        Agreement xiuwu = inForce(wheat, "xiuwu", LocalDate.of(2022, 1, 1), LocalDate.of(2023, 12, 31));
        teams.changeAgreementStatus(CITY, wheat.id(), xiuwu.id(), xiuwu.version(), AgreementStatus.ENDED);
        // 孟州市's own active team, named more briefly than the industry; 马村区's team is still forming
        Team mengzhouTeam = activeTeam(teams.create(MENGZHOU, countyTeam("mengzhou", "孟州市怀药服务团", "怀药")));
        teams.create(CITY, countyTeam("macun", "马村区食用菌服务团", "食用菌"));
        // specialists: one through the industry the assignment names, one through a field
        long tourism = specialists.create(Drafts.specialist().name("乡村旅游专家").fields("绿色果蔬种植")
                .status(SpecialistStatus.ACTIVE));
        long seeds = specialists.create(Drafts.specialist().name("良种专家").tierId("province")
                .fields("怀山药栽培", "小麦良种繁育").status(SpecialistStatus.ACTIVE));
        long earlier = specialists.active("往年专家");
        dispatch(tourism, "xiuwu", 2024, "乡村旅游");
        dispatch(seeds, "wenxian", 2024);
        dispatch(earlier, "jiefang", 2023, "都市农业");

        Coverage coverage = service.coverage(2024);

        assertEquals(List.of(new CoveringTeam(yam.id(), "四大怀药产业服务团", "agreement:" + wuzhi.id())),
                cell(coverage, "wuzhi", "四大怀药").teams());
        assertTrue(cell(coverage, "wuzhi", "四大怀药").covered());
        assertFalse(cell(coverage, "wuzhi", "小麦良种").covered(), "the team serves its own industry only");
        assertFalse(cell(coverage, "boai", "四大怀药").covered(), "a draft agreement is not in force");
        assertFalse(cell(coverage, "wenxian", "四大怀药").covered(), "no agreement with 温县");
        assertFalse(cell(coverage, "xiuwu", "小麦良种").covered(), "the agreement ended before 2024");
        assertEquals(List.of(new CoveringTeam(mengzhouTeam.id(), "孟州市怀药服务团", "county-team")),
                cell(coverage, "mengzhou", "四大怀药").teams());
        assertFalse(cell(coverage, "qinyang", "四大怀药").covered(), "a county team serves its own county only");
        assertFalse(cell(coverage, "macun", "食用菌").covered(), "a forming team serves nobody yet");
        assertEquals(List.of(new CoveringSpecialist(tourism, "乡村旅游专家", SupportLevel.CITY, "assignment")),
                specialists(coverage, "xiuwu", "乡村旅游"));
        assertFalse(cell(coverage, "xiuwu", "绿色果蔬").covered(),
                "an assignment naming industries serves those, whatever the specialist's fields");
        assertEquals(List.of(new CoveringSpecialist(seeds, "良种专家", SupportLevel.PROVINCE, "field:小麦良种繁育")),
                specialists(coverage, "wenxian", "小麦良种"));
        assertFalse(cell(coverage, "jiefang", "都市农业").covered(), "dispatched in 2023 only");

        assertEquals(CELLS, coverage.cells());
        assertEquals(4, coverage.covered());
        assertEquals(CELLS - 4, coverage.gaps().size());
        assertTrue(coverage.gaps().contains(new Gap("boai", "博爱县", "四大怀药")));
        assertFalse(coverage.gaps().contains(new Gap("wuzhi", "武陟县", "四大怀药")));
        assertEquals(coverage.covered(), coverage.counties().stream().flatMap(c -> c.industries().stream())
                .filter(IndustryCoverage::covered).count());

        Coverage earlierYear = service.coverage(2023);
        assertEquals(List.of(new CoveringTeam(wheat.id(), "小麦良种产业服务团", "agreement:" + xiuwu.id())),
                cell(earlierYear, "xiuwu", "小麦良种").teams(), "an ended agreement still covers its own years");
        assertTrue(cell(earlierYear, "jiefang", "都市农业").covered());
        assertFalse(cell(earlierYear, "wuzhi", "四大怀药").covered(), "the agreement starts in 2024");
        assertFalse(cell(earlierYear, "mengzhou", "四大怀药").covered(), "the county team's term starts in 2024");
        assertEquals(2, earlierYear.covered());
    }

    @Test
    void R_GOAL_1_aCellServedSeveralWaysListsEveryone() {
        Team yam = activeTeam(teams.create(CITY, cityTeam("四大怀药产业服务团", "四大怀药")));
        Agreement agreement = inForce(yam, "wuzhi", LocalDate.of(2024, 1, 1), LocalDate.of(2026, 12, 31));
        Team own = activeTeam(teams.create(CITY, countyTeam("wuzhi", "武陟县怀药服务团", "四大怀药")));
        long byName = specialists.create(Drafts.specialist().name("甲").fields("小麦育种")
                .status(SpecialistStatus.ACTIVE));
        long byField = specialists.create(Drafts.specialist().name("乙").tierId("county").fields("四大怀药加工")
                .status(SpecialistStatus.ACTIVE));
        dispatch(byName, "wuzhi", 2024, "四大怀药", "小麦良种");
        dispatch(byField, "wuzhi", 2024);

        Coverage coverage = service.coverage(2024);
        IndustryCoverage cell = cell(coverage, "wuzhi", "四大怀药");

        assertEquals(List.of(new CoveringTeam(yam.id(), "四大怀药产业服务团", "agreement:" + agreement.id()),
                new CoveringTeam(own.id(), "武陟县怀药服务团", "county-team")), cell.teams());
        assertEquals(List.of(new CoveringSpecialist(byName, "甲", SupportLevel.CITY, "assignment"),
                new CoveringSpecialist(byField, "乙", SupportLevel.COUNTY, "field:四大怀药加工")),
                specialists(coverage, "wuzhi", "四大怀药"));
        assertEquals(2, cell.specialistCount());
        assertEquals(List.of(), cell.specialists(), "the matrix counts; the cell's drill-down names them");
        assertTrue(cell(service.coverage(2024), "wuzhi", "小麦良种").covered());
        assertFalse(cell(service.coverage(2024), "wuzhi", "畜禽养殖").covered());
    }

    @Test
    void R_GOAL_1_aFieldMatchesOnlyByContainmentNeverFuzzily() {
        long id = specialists.create(Drafts.specialist().name("畜牧专家").fields("畜禽", "养殖技术", "羊")
                .status(SpecialistStatus.ACTIVE));
        dispatch(id, "mengzhou", 2024);
        dispatch(id, "wuzhi", 2024);

        Coverage coverage = service.coverage(2024);

        assertEquals("field:畜禽", specialists(coverage, "wuzhi", "畜禽养殖").get(0).basis());
        assertFalse(cell(coverage, "mengzhou", "畜牧养殖").covered(), "畜禽 and 养殖技术 are not 畜牧养殖");
        assertFalse(cell(coverage, "mengzhou", "皮毛加工").covered());
        assertEquals(1, coverage.covered());
    }

    @Test
    void R_SQUAD_1_coverageShowsEachCountysMissingSquadOfficersAndTheCityOverviewListsThem() {
        int year = LocalDate.now(ProgrammeCalendarService.ZONE).getYear();
        SquadServiceImpl squads = new SquadServiceImpl(db.store(), ProgrammeCalendarService.calendarYear(Clock.systemUTC()));
        squads.updateOfficers(CITY, "xiuwu", year, 0, new SquadOfficers(UNIT_LEADER, null, LIAISON));
        squads.updateOfficers(CITY, "wuzhi", year, 0, new SquadOfficers(UNIT_LEADER, null, null));

        Coverage coverage = service.coverage(year);

        Map<String, List<String>> missing = coverage.counties().stream()
                .collect(java.util.stream.Collectors.toMap(c -> c.county(), c -> c.missingSquadOfficers()));
        assertEquals(List.of(), missing.get("xiuwu"));
        assertEquals(List.of("liaison"), missing.get("wuzhi"));
        assertEquals(List.of("captain", "liaison"), missing.get("boai"));
        assertEquals(10, coverage.incompleteSquads().size(), "every county but 修武县");
        assertEquals(new Coverage.IncompleteSquad("wuzhi", "武陟县", List.of("liaison")), coverage.incompleteSquads()
                .stream().filter(s -> s.county().equals("wuzhi")).findFirst().orElseThrow());
    }

    @Test
    void R_TIER_2_coverageCountsTheDispatchedSpecialistsPerGuidanceClassPerCountyAndOnceForTheCity() {
        long welfare = specialists.active("公益甲");
        long entrepreneur = specialists.create(io.tepai.core.testing.Drafts.specialist().name("创业乙")
                .status(io.tepai.api.specialist.SpecialistStatus.ACTIVE)
                .classification(io.tepai.api.specialist.Classification.RURAL_ENTREPRENEURSHIP));
        dispatch(welfare, "wuzhi", 2024);
        dispatch(entrepreneur, "wuzhi", 2024);
        dispatch(entrepreneur, "xiuwu", 2024);
        dispatch(welfare, "wuzhi", 2023);

        Coverage coverage = service.coverage(2024);

        assertEquals(List.of(new ClassCount(Classification.PUBLIC_WELFARE, 1),
                new ClassCount(Classification.RURAL_ENTREPRENEURSHIP, 1)), coverage.guidanceClasses(),
                "a specialist serving two counties counts once for the city");
        Map<String, List<ClassCount>> byCounty = coverage.counties().stream()
                .collect(java.util.stream.Collectors.toMap(c -> c.county(), c -> c.guidanceClasses()));
        assertEquals(List.of(new ClassCount(Classification.PUBLIC_WELFARE, 1),
                new ClassCount(Classification.RURAL_ENTREPRENEURSHIP, 1)), byCounty.get("wuzhi"));
        assertEquals(List.of(new ClassCount(Classification.PUBLIC_WELFARE, 0),
                new ClassCount(Classification.RURAL_ENTREPRENEURSHIP, 1)), byCounty.get("xiuwu"));
        assertEquals(List.of(new ClassCount(Classification.PUBLIC_WELFARE, 0),
                new ClassCount(Classification.RURAL_ENTREPRENEURSHIP, 0)), byCounty.get("boai"));
    }

    @Test
    void theYearIsChecked() {
        assertThrows(ValidationException.class, () -> service.coverage(1999));
        assertThrows(ValidationException.class, () -> service.coverage(2101));
    }

    @Test
    void theDrillDownNamesAKnownCountyAndOneOfItsLeadingIndustries() {
        assertThrows(NotFoundException.class, () -> service.covering(2024, "nowhere", "四大怀药", new PageRequest(1, 20)));
        assertThrows(ValidationException.class, () -> service.covering(2024, "wuzhi", "乡村旅游", new PageRequest(1, 20)));
        assertThrows(ValidationException.class, () -> service.covering(2024, "wuzhi", null, new PageRequest(1, 20)));
    }

    /** Issue 19: a confirmed log naming a leading industry shows its specialist serving that cell (basis "log"). */
    @Test
    void R_GOAL_1_aConfirmedLogNamingALeadingIndustryCoversItsCellADraftDoesNot() {
        long guo = specialists.create(Drafts.specialist().name("郭明亮").fields("农业机械")
                .status(SpecialistStatus.ACTIVE));
        dispatch(guo, "wenxian", 2024);
        log(guo, "wenxian", "农产品加工", LocalDate.of(2024, 5, 4), "CONFIRMED");
        log(guo, "wenxian", "四大怀药", LocalDate.of(2024, 5, 5), "SUBMITTED");
        log(guo, "wenxian", "小麦良种", LocalDate.of(2023, 5, 5), "CONFIRMED");

        Coverage coverage = service.coverage(2024);

        assertEquals(List.of(new CoveringSpecialist(guo, "郭明亮", SupportLevel.CITY, "log")),
                specialists(coverage, "wenxian", "农产品加工"));
        assertFalse(cell(coverage, "wenxian", "四大怀药").covered(), "a log not confirmed proves nothing");
        assertFalse(cell(coverage, "wenxian", "小麦良种").covered(), "a log of another year");
    }

    /** Issue 17: the ways to cover are merged (a UNION in SQL), so an assignment counts once per cell however many. */
    @Test
    void R_GOAL_1_anAssignmentCoveringACellSeveralWaysCountsOnce() {
        long named = specialists.create(Drafts.specialist().name("甲").fields("四大怀药栽培")
                .status(SpecialistStatus.ACTIVE));
        long fields = specialists.create(Drafts.specialist().name("乙").fields("怀药", "四大怀药加工", "怀山药")
                .status(SpecialistStatus.ACTIVE));
        dispatch(named, "wuzhi", 2024, "四大怀药");
        dispatch(fields, "wuzhi", 2024);
        for (long specialist : List.of(named, fields)) {
            log(specialist, "wuzhi", "四大怀药", LocalDate.of(2024, 5, 4), "CONFIRMED");
            log(specialist, "wuzhi", "四大怀药", LocalDate.of(2024, 6, 4), "CONFIRMED");
        }

        Coverage coverage = service.coverage(2024);

        assertEquals(2, cell(coverage, "wuzhi", "四大怀药").specialistCount());
        assertEquals(List.of(new CoveringSpecialist(named, "甲", SupportLevel.CITY, "assignment"),
                new CoveringSpecialist(fields, "乙", SupportLevel.CITY, "field:怀药")),
                specialists(coverage, "wuzhi", "四大怀药"));
    }

    /** The drill-down pages the cell's covering specialists in the order of dispatch; who left is not among them. */
    @Test
    void R_GOAL_1_R_REC_4_theDrillDownPagesInTheOrderOfDispatchWithoutWhoLeft() {
        List<Long> ids = new java.util.ArrayList<>();
        for (int i = 0; i < 5; i++) {
            long id = specialists.active("专家" + i);
            dispatch(id, "wuzhi", 2024, "小麦良种");
            ids.add(id);
        }
        db.store().write(repos -> {
            repos.specialists().find(ids.get(2)).orElseThrow().setStatus("EXITED");
            return null;
        });

        Page<CoveringSpecialist> first = service.covering(2024, "wuzhi", "小麦良种", new PageRequest(1, 3));
        Page<CoveringSpecialist> second = service.covering(2024, "wuzhi", "小麦良种", new PageRequest(2, 3));

        assertEquals(4, first.total());
        assertEquals(4, cell(service.coverage(2024), "wuzhi", "小麦良种").specialistCount());
        assertEquals(List.of(ids.get(0), ids.get(1), ids.get(3)),
                first.items().stream().map(CoveringSpecialist::specialistId).toList());
        assertEquals(List.of(ids.get(4)), second.items().stream().map(CoveringSpecialist::specialistId).toList());
    }

    private void log(long specialist, String county, String industry, LocalDate day, String status) {
        db.store().write(repos -> {
            ServiceLogEntity log = new ServiceLogEntity(specialist, Instant.parse("2024-06-01T00:00:00Z"));
            log.setContent(county, Set.of(), day, day, BigDecimal.ONE, "TECHNICAL_GUIDANCE", "服务", Map.of());
            log.setIndustry(industry);
            log.setStatus(status);
            return repos.logs().add(log);
        });
    }
}
