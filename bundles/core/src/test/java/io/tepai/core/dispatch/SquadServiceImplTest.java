package io.tepai.core.dispatch;

import static io.tepai.core.testing.Organisation.CITY;
import static io.tepai.core.testing.Organisation.COUNTY_LEADER;
import static io.tepai.core.testing.Organisation.LIAISON;
import static io.tepai.core.testing.Organisation.TERM_END;
import static io.tepai.core.testing.Organisation.TERM_START;
import static io.tepai.core.testing.Organisation.WUZHI;
import static io.tepai.core.testing.Organisation.XIUWU;
import static io.tepai.core.testing.Organisation.agreement;
import static io.tepai.core.testing.Organisation.cityTeam;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tepai.api.ConflictException;
import io.tepai.api.FieldError;
import io.tepai.api.ForbiddenException;
import io.tepai.api.NotFoundException;
import io.tepai.api.RuleViolationException;
import io.tepai.api.ValidationException;
import io.tepai.api.PageRequest;
import io.tepai.api.dispatch.Assignment;
import io.tepai.api.dispatch.AssignmentDraft;
import io.tepai.api.dispatch.Squad;
import io.tepai.api.dispatch.SquadMember;
import io.tepai.api.dispatch.SquadPage;
import io.tepai.core.testing.Drafts;
import io.tepai.api.specialist.SpecialistStatus;
import io.tepai.api.specialist.Classification;
import io.tepai.api.dispatch.SquadOfficers;
import io.tepai.api.specialist.ChainSegment;
import io.tepai.api.team.Agreement;
import io.tepai.api.team.AgreementStatus;
import io.tepai.api.team.Leader;
import io.tepai.api.team.Team;
import io.tepai.api.team.TeamStatus;
import io.tepai.core.calendar.ProgrammeCalendarService;
import io.tepai.core.team.TeamServiceImpl;
import io.tepai.core.testing.Modules;
import io.tepai.core.testing.MutableClock;
import io.tepai.core.testing.Organisation;
import io.tepai.core.testing.Organisation.Specialists;
import io.tepai.core.testing.TestStore;
import io.tepai.spi.tier.SupportLevel;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SquadServiceImplTest {

    private static final Instant START = Instant.parse("2024-03-01T08:00:00Z");
    private static final Leader CAPTAIN = new Leader("刘洋", "副县长", "0391-7001001");
    private static final Leader DEPUTY = new Leader("陈静", "科技局副局长", "0391-7001002");
    private static final Leader SQUAD_LIAISON = new Leader("张磊", "科技局科员", "0391-7001003");

    private TestStore db;
    private MutableClock clock;
    private Specialists specialists;
    private AssignmentServiceImpl assignments;
    private TeamServiceImpl teams;
    private SquadServiceImpl service;

    @BeforeEach
    void setUp() {
        db = TestStore.open();
        clock = new MutableClock(START);
        Organisation.units(db.store());
        specialists = new Specialists(db.store(), Organisation.builtInTiers());
        assignments = new AssignmentServiceImpl(db.store(), Organisation.builtInTiers(), Modules.acceptingEveryTier(), clock);
        // the component's constructor (system clock); a one-member team is enough here
        teams = new TeamServiceImpl(db.store(), Map.of("minMembers", "1", "maxMembers", "10"));
        service = new SquadServiceImpl(db.store(), ProgrammeCalendarService.calendarYear(clock), clock);
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    private Assignment dispatch(long specialistId, String county, int year, String... industries) {
        return assignments.create(CITY, new AssignmentDraft(specialistId, county, year, null, List.of(industries),
                List.of(), null));
    }

    private Team activeTeam(String name, String industry) {
        Team team = teams.create(CITY, cityTeam(name, industry));
        team = teams.addMember(CITY, team.id(), team.version(), specialists.active(name + "成员"),
                ChainSegment.PRODUCTION);
        return teams.changeStatus(CITY, team.id(), team.version(), TeamStatus.ACTIVE);
    }

    private Agreement inForce(Team team, String county, Leader countyLeader) {
        Agreement draft = teams.createAgreement(CITY, team.id(),
                agreement(county, TERM_START, TERM_END, countyLeader, LIAISON));
        return teams.changeAgreementStatus(CITY, team.id(), draft.id(), draft.version(), AgreementStatus.ACTIVE);
    }

    /** A member as the fixture's specialists are: of the default guidance class. */
    private static SquadMember member(Assignment a) {
        return new SquadMember(a.specialistId(), a.specialistName(), a.unitCode(), a.level(), a.industries(), a.id(),
                Classification.PUBLIC_WELFARE);
    }

    // --- R-SQUAD-1: members derived from dispatch

    @Test
    void R_SQUAD_1_aCountyWithoutDispatchOrOfficersHasAnEmptySquad() {
        Squad squad = service.get("wuzhi", 2024);

        assertEquals("wuzhi", squad.county());
        assertEquals("武陟县", squad.countyName());
        assertEquals(2024, squad.year());
        assertEquals(List.of(), squad.members());
        assertEquals(Leader.NONE, squad.captain());
        assertEquals("county", squad.captainSource());
        assertEquals(Leader.NONE, squad.deputyCaptain());
        assertEquals(Leader.NONE, squad.liaison());
        assertEquals(0, squad.officersVersion());
        assertEquals(List.of("captain", "liaison"), squad.missingOfficers(), "incomplete");
    }

    @Test
    void R_SQUAD_1_aSquadIsIncompleteWithoutCaptainOrLiaisonAndTheAgreementsCoLeaderCounts() {
        Squad noLiaison = service.updateOfficers(XIUWU, "xiuwu", 2024, 0, new SquadOfficers(CAPTAIN, DEPUTY, null));
        Squad complete = service.updateOfficers(XIUWU, "xiuwu", 2024, noLiaison.officersVersion(),
                new SquadOfficers(CAPTAIN, null, SQUAD_LIAISON));
        inForce(activeTeam("四大怀药产业服务团", "四大怀药"), "wuzhi", COUNTY_LEADER);
        Squad signing = service.updateOfficers(WUZHI, "wuzhi", 2024, 0, new SquadOfficers(null, null, SQUAD_LIAISON));

        assertEquals(List.of("liaison"), noLiaison.missingOfficers());
        assertEquals(List.of(), complete.missingOfficers(), "a deputy captain is not required");
        assertEquals(List.of(), signing.missingOfficers(), "the agreement's co-leader is the captain");
    }

    @Test
    void R_SQUAD_1_theMembersAreExactlyTheYearsAssignmentsToTheCountyAtEveryLevel() {
        long city = specialists.active("乙市派", "city");
        long province = specialists.active("甲省派", "province");
        long county = specialists.active("丙县派", "county");
        long elsewhere = specialists.active("丁外县", "city");
        Assignment a = dispatch(city, "wuzhi", 2024, "四大怀药");
        Assignment b = dispatch(province, "wuzhi", 2024);
        Assignment c = dispatch(county, "wuzhi", 2024, "畜禽养殖", "小麦良种");
        dispatch(elsewhere, "xiuwu", 2024);
        dispatch(elsewhere, "wuzhi", 2023);

        Squad squad = service.get("wuzhi", 2024);

        // by level (province, city, county), then name
        assertEquals(List.of(member(b), member(a), member(c)), squad.members());
        assertEquals(List.of(SupportLevel.PROVINCE, SupportLevel.CITY, SupportLevel.COUNTY),
                squad.members().stream().map(SquadMember::level).toList());
        assertEquals(List.of("畜禽养殖", "小麦良种"), squad.members().get(2).industries());
        assertEquals(1, service.get("wuzhi", 2023).members().size());
        assertEquals(1, service.get("xiuwu", 2024).members().size());
    }

    @Test
    void R_TIER_2_aSquadIsListedByGuidanceClassAndEachMemberShowsTheirs() {
        Assignment welfare = dispatch(specialists.active("甲公益", "city"), "wuzhi", 2024);
        Assignment founder = dispatch(specialists.create(Drafts.specialist().name("乙创业").tierId("city")
                .classification(Classification.RURAL_ENTREPRENEURSHIP).status(SpecialistStatus.ACTIVE)),
                "wuzhi", 2024);
        service.updateOfficers(WUZHI, "wuzhi", 2024, 0, new SquadOfficers(CAPTAIN, DEPUTY, SQUAD_LIAISON));

        Squad founders = service.get("wuzhi", 2024, Classification.RURAL_ENTREPRENEURSHIP);

        assertEquals(List.of(founder.id()), founders.members().stream().map(SquadMember::assignmentId).toList());
        assertEquals(Classification.RURAL_ENTREPRENEURSHIP, founders.members().get(0).guidanceClass());
        assertEquals(CAPTAIN, founders.captain(), "the officers are the squad's, whatever the class listed");
        assertEquals(List.of(welfare.id()), service.get("wuzhi", 2024, Classification.PUBLIC_WELFARE).members()
                .stream().map(SquadMember::assignmentId).toList());
        assertEquals(2, service.get("wuzhi", 2024).members().size());
    }

    /**
     * Issue 17: a squad is read a page at a time in the squad's order (R-SQUAD-1: level, then name), its members
     * counted in the database, the officers on every page; who left the programme is not a member (R-REC-4); a
     * page of 2 costs the same statements whatever the squad's size.
     */
    @Test
    void R_SQUAD_1_R_REC_4_aSquadIsPagedInItsOrderAndCountedInTheDatabase() {
        Assignment a = dispatch(specialists.active("乙市派", "city"), "wuzhi", 2024, "四大怀药");
        Assignment b = dispatch(specialists.active("甲省派", "province"), "wuzhi", 2024);
        Assignment c = dispatch(specialists.active("丙县派", "county"), "wuzhi", 2024, "畜禽养殖", "小麦良种");
        Assignment d = dispatch(specialists.active("丁市派", "city"), "wuzhi", 2024);
        dispatch(specialists.active("戊外县", "city"), "xiuwu", 2024);
        service.updateOfficers(WUZHI, "wuzhi", 2024, 0, new SquadOfficers(CAPTAIN, DEPUTY, SQUAD_LIAISON));
        Squad whole = service.get("wuzhi", 2024);

        SquadPage first = service.get("wuzhi", 2024, null, new PageRequest(1, 3));
        SquadPage second = service.get("wuzhi", 2024, null, new PageRequest(2, 3));

        assertEquals(4, first.members().total());
        assertEquals(whole.members(), java.util.stream.Stream.concat(first.members().items().stream(),
                second.members().items().stream()).toList(), "the pages are the whole squad in its order");
        assertEquals(List.of(b.id(), d.id(), a.id()), first.members().items().stream()
                .map(SquadMember::assignmentId).toList(), "province first, then the city's by name");
        assertEquals(List.of(c.id()), second.members().items().stream().map(SquadMember::assignmentId).toList());
        assertEquals(CAPTAIN, second.captain());
        assertEquals(whole.officersVersion(), second.officersVersion());
        assertEquals(0, service.get("wuzhi", 2024, Classification.RURAL_ENTREPRENEURSHIP, new PageRequest(1, 3))
                .members().total());

        db.execute("UPDATE specialist SET status = 'EXITED' WHERE id = " + d.specialistId());
        assertEquals(3, service.get("wuzhi", 2024, null, new PageRequest(1, 3)).members().total());

        db.coldCache();
        long small = db.statements().during(() -> service.get("wuzhi", 2024, null, new PageRequest(1, 2)));
        for (int i = 0; i < 12; i++) {
            dispatch(specialists.active("专家" + i, "city"), "wuzhi", 2024, "四大怀药");
        }
        db.coldCache();
        assertEquals(small, db.statements().during(() -> service.get("wuzhi", 2024, null, new PageRequest(1, 2))),
                "statements of a page of 2 of a squad of 3 vs of 15");
    }

    /** Statements one cold read of the county's squad sends. */
    private long statementsOfTheSquad() {
        db.coldCache();
        return db.statements().during(() -> service.get("wuzhi", 2024));
    }

    /**
     * Issue 17: R-SQUAD-1's members are read with their names in one query, not looked up one by one: ten times the
     * members, the same number of statements.
     */
    @Test
    void R_SQUAD_1_theSquadIsReadInTheSameNumberOfStatementsWhateverItsSize() {
        dispatch(specialists.active("甲", "city"), "wuzhi", 2024, "四大怀药");
        dispatch(specialists.active("乙", "city"), "wuzhi", 2024);
        long two = statementsOfTheSquad();
        for (int i = 0; i < 18; i++) {
            dispatch(specialists.active("专家" + i, "city"), "wuzhi", 2024, "四大怀药");
        }

        long twenty = statementsOfTheSquad();

        assertEquals(20, service.get("wuzhi", 2024).members().size());
        assertEquals(two, twenty, "statements for 2 members vs 20");
    }

    @Test
    void R_SQUAD_1_theSquadFollowsDispatchBecauseItIsDerivedNotCopied() {
        long first = specialists.active("李振华");
        long second = specialists.active("王建国");
        Assignment a = dispatch(first, "wuzhi", 2024);
        assertEquals(List.of(member(a)), service.get("wuzhi", 2024).members());

        Assignment b = dispatch(second, "wuzhi", 2024);
        assertEquals(List.of(member(a), member(b)), service.get("wuzhi", 2024).members());

        assignments.delete(CITY, a.id(), a.version());
        assertEquals(List.of(member(b)), service.get("wuzhi", 2024).members());

        Assignment changed = assignments.update(CITY, b.id(), b.version(), new AssignmentDraft(second, "wuzhi", 2024,
                null, List.of("四大怀药"), List.of(), null));
        assertEquals(List.of(member(changed)), service.get("wuzhi", 2024).members());
        assertEquals(List.of("四大怀药"), service.get("wuzhi", 2024).members().get(0).industries());

        Assignment moved = assignments.update(CITY, changed.id(), changed.version(), new AssignmentDraft(second,
                "wuzhi", 2025, null, List.of(), List.of(), null));
        assertEquals(List.of(), service.get("wuzhi", 2024).members());
        assertEquals(List.of(member(moved)), service.get("wuzhi", 2025).members());
        assertEquals(0, db.count("SELECT COUNT(*) FROM squad_officers"));
    }

    @Test
    void anUnknownCountyIsNotFoundAndTheYearIsChecked() {
        assertThrows(NotFoundException.class, () -> service.get("beijing", 2024));
        ValidationException e = assertThrows(ValidationException.class, () -> service.get("wuzhi", 1999));
        assertEquals("year", e.errors().get(0).field());
        assertThrows(ValidationException.class, () -> service.updateOfficers(CITY, "wuzhi", 2101, 0,
                new SquadOfficers(CAPTAIN, DEPUTY, SQUAD_LIAISON)));
        assertThrows(NotFoundException.class, () -> service.updateOfficers(CITY, "beijing", 2024, 0,
                new SquadOfficers(CAPTAIN, DEPUTY, SQUAD_LIAISON)));
    }

    // --- R-SQUAD-1: the captain

    @Test
    void R_SQUAD_1_aSigningCountysCaptainIsItsCoLeaderOfTheTeam() {
        Agreement agreement = inForce(activeTeam("四大怀药产业服务团", "四大怀药"), "wuzhi", COUNTY_LEADER);

        Squad squad = service.get("wuzhi", 2024);

        assertEquals(COUNTY_LEADER, squad.captain());
        assertEquals("agreement:" + agreement.id(), squad.captainSource());
        assertEquals(0, squad.officersVersion());
        assertEquals("county", service.get("xiuwu", 2024).captainSource());
    }

    @Test
    void R_SQUAD_1_theCaptainFollowsTheAgreementsCoLeader() {
        Team team = activeTeam("四大怀药产业服务团", "四大怀药");
        Agreement agreement = inForce(team, "wuzhi", COUNTY_LEADER);
        Leader successor = new Leader("孙伟", "副县长", "0391-7221009");

        teams.updateAgreement(CITY, team.id(), agreement.id(), agreement.version(),
                agreement("wuzhi", TERM_START, TERM_END, successor, LIAISON));

        assertEquals(successor, service.get("wuzhi", 2024).captain());
    }

    @Test
    void R_SQUAD_1_onlyAnAgreementInForceThatYearNamesTheCaptain() {
        Team team = activeTeam("四大怀药产业服务团", "四大怀药");
        teams.createAgreement(CITY, team.id(), agreement("xiuwu")); // a draft
        Agreement wuzhi = inForce(team, "wuzhi", COUNTY_LEADER);

        assertEquals("county", service.get("xiuwu", 2024).captainSource());
        assertEquals(Leader.NONE, service.get("xiuwu", 2024).captain());
        assertEquals("county", service.get("wuzhi", 2023).captainSource(), "the term starts in 2024");
        assertEquals("county", service.get("wuzhi", 2027).captainSource(), "the term ends in 2026");
        assertEquals("agreement:" + wuzhi.id(), service.get("wuzhi", 2026).captainSource());

        teams.changeAgreementStatus(CITY, team.id(), wuzhi.id(), wuzhi.version(), AgreementStatus.ENDED);
        assertEquals("county", service.get("wuzhi", 2024).captainSource(), "an ended agreement names no captain");
    }

    @Test
    void R_SQUAD_1_aCountyWithoutAgreementNamesItsOwnOfficers() {
        Squad squad = service.updateOfficers(XIUWU, "xiuwu", 2024, 0, new SquadOfficers(CAPTAIN, DEPUTY,
                SQUAD_LIAISON));

        assertEquals(CAPTAIN, squad.captain());
        assertEquals("county", squad.captainSource());
        assertEquals(DEPUTY, squad.deputyCaptain());
        assertEquals(SQUAD_LIAISON, squad.liaison());
        assertEquals(1, squad.officersVersion());
        assertEquals(squad, service.get("xiuwu", 2024));
        assertEquals(0, service.get("xiuwu", 2025).officersVersion(), "officers are named per year");
        assertEquals(1, db.count("SELECT COUNT(*) FROM audit_record WHERE entity = 'SquadOfficers'"
                + " AND entity_id = 'xiuwu/2024' AND action = 'create' AND actor = 'xiuwu-kjj'"));
    }

    @Test
    void R_SQUAD_1_aSigningCountyNamingAnotherCaptainIsRefused() {
        Agreement agreement = inForce(activeTeam("四大怀药产业服务团", "四大怀药"), "wuzhi", COUNTY_LEADER);

        RuleViolationException e = assertThrows(RuleViolationException.class, () -> service.updateOfficers(WUZHI,
                "wuzhi", 2024, 0, new SquadOfficers(CAPTAIN, DEPUTY, SQUAD_LIAISON)));

        assertEquals("R-SQUAD-1", e.ruleId());
        assertEquals(List.of("captain"), e.errors().stream().map(FieldError::field).toList());
        assertEquals(0, db.count("SELECT COUNT(*) FROM squad_officers"));
        assertEquals("agreement:" + agreement.id(), service.get("wuzhi", 2024).captainSource());
    }

    @Test
    void R_SQUAD_1_aSigningCountyNamesTheDeputyAndLiaisonAndMayRepeatOrOmitTheCaptain() {
        inForce(activeTeam("四大怀药产业服务团", "四大怀药"), "wuzhi", COUNTY_LEADER);

        Squad omitted = service.updateOfficers(WUZHI, "wuzhi", 2024, 0, new SquadOfficers(null, DEPUTY,
                SQUAD_LIAISON));
        Squad repeated = service.updateOfficers(WUZHI, "wuzhi", 2024, omitted.officersVersion(),
                new SquadOfficers(new Leader(COUNTY_LEADER.name(), "", ""), DEPUTY, SQUAD_LIAISON));

        assertEquals(COUNTY_LEADER, omitted.captain());
        assertEquals(DEPUTY, omitted.deputyCaptain());
        assertEquals(SQUAD_LIAISON, omitted.liaison());
        assertEquals(COUNTY_LEADER, repeated.captain(), "the agreement's record of the co-leader wins");
    }

    @Test
    void R_SQUAD_1_theCountysOwnCaptainReturnsWhenTheAgreementEnds() {
        Team team = activeTeam("四大怀药产业服务团", "四大怀药");
        Squad own = service.updateOfficers(WUZHI, "wuzhi", 2024, 0, new SquadOfficers(CAPTAIN, DEPUTY,
                SQUAD_LIAISON));
        Agreement agreement = inForce(team, "wuzhi", COUNTY_LEADER);
        assertEquals(COUNTY_LEADER, service.get("wuzhi", 2024).captain());

        teams.changeAgreementStatus(CITY, team.id(), agreement.id(), agreement.version(), AgreementStatus.ENDED);

        assertEquals(own, service.get("wuzhi", 2024));
    }

    // --- officers: versions and scope

    @Test
    void officersFollowVersionsStartingFromZero() {
        Squad first = service.updateOfficers(XIUWU, "xiuwu", 2024, 0, new SquadOfficers(CAPTAIN, DEPUTY,
                SQUAD_LIAISON));

        ConflictException stale = assertThrows(ConflictException.class, () -> service.updateOfficers(XIUWU,
                "xiuwu", 2024, 0, new SquadOfficers(DEPUTY, CAPTAIN, SQUAD_LIAISON)));
        Squad second = service.updateOfficers(XIUWU, "xiuwu", 2024, first.officersVersion(),
                new SquadOfficers(DEPUTY, CAPTAIN, null));

        assertEquals(first.officersVersion() + 1, second.officersVersion());
        assertEquals(DEPUTY, second.captain());
        assertEquals(CAPTAIN, second.deputyCaptain());
        assertEquals(Leader.NONE, second.liaison());
        assertEquals(second, service.get("xiuwu", 2024));
        assertEquals(1, db.count("SELECT COUNT(*) FROM squad_officers"));
        assertEquals(1, db.count("SELECT COUNT(*) FROM audit_record WHERE entity = 'SquadOfficers'"
                + " AND action = 'update'"));
        assertTrue(stale.getMessage().contains("version 0"), stale.getMessage());
    }

    @Test
    void aVersionForOfficersNeverSetIsAConflict() {
        assertThrows(ConflictException.class, () -> service.updateOfficers(XIUWU, "xiuwu", 2024, 1,
                new SquadOfficers(CAPTAIN, DEPUTY, SQUAD_LIAISON)));

        assertEquals(0, db.count("SELECT COUNT(*) FROM squad_officers"));
    }

    @Test
    void anotherCountyCannotNameTheOfficersButTheCityCan() {
        ForbiddenException e = assertThrows(ForbiddenException.class, () -> service.updateOfficers(WUZHI, "xiuwu",
                2024, 0, new SquadOfficers(CAPTAIN, DEPUTY, SQUAD_LIAISON)));
        Squad byCity = service.updateOfficers(CITY, "xiuwu", 2024, 0, new SquadOfficers(CAPTAIN, DEPUTY,
                SQUAD_LIAISON));

        assertEquals("county:xiuwu", e.missingScope());
        assertEquals(CAPTAIN, byCity.captain());
    }

    @Test
    void officersAreValidated() {
        ValidationException e = assertThrows(ValidationException.class, () -> service.updateOfficers(XIUWU, "xiuwu",
                2024, 0, new SquadOfficers(new Leader("刘".repeat(65), "", ""), DEPUTY,
                        new Leader("张磊", "", "0".repeat(33)))));
        assertThrows(ValidationException.class, () -> service.updateOfficers(XIUWU, "xiuwu", 2024, 0, null));

        assertEquals(List.of("captain.name", "liaison.phone"), e.errors().stream().map(FieldError::field).toList());
        assertEquals(0, db.count("SELECT COUNT(*) FROM squad_officers"));
    }

    @Test
    void theFirstDayOfTheYearCounts() {
        Team team = activeTeam("四大怀药产业服务团", "四大怀药");
        Agreement draft = teams.createAgreement(CITY, team.id(),
                agreement("wuzhi", LocalDate.of(2023, 6, 1), LocalDate.of(2024, 1, 1)));
        Agreement active = teams.changeAgreementStatus(CITY, team.id(), draft.id(), draft.version(),
                AgreementStatus.ACTIVE);

        assertEquals("agreement:" + active.id(), service.get("wuzhi", 2024).captainSource());
        assertEquals("agreement:" + active.id(), service.get("wuzhi", 2023).captainSource());
    }
}
