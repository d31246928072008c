package io.tepai.core.team;

import static io.tepai.core.testing.Organisation.CITY;
import static io.tepai.core.testing.Organisation.COUNTY_LEADER;
import static io.tepai.core.testing.Organisation.LIAISON;
import static io.tepai.core.testing.Organisation.TERM_END;
import static io.tepai.core.testing.Organisation.TERM_START;
import static io.tepai.core.testing.Organisation.UNIT_LEADER;
import static io.tepai.core.testing.Organisation.WUZHI;
import static io.tepai.core.testing.Organisation.XIUWU;
import static io.tepai.core.testing.Organisation.agreement;
import static io.tepai.core.testing.Organisation.cityTeam;
import static io.tepai.core.testing.Organisation.countyTeam;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tepai.api.ConflictException;
import io.tepai.api.FieldError;
import io.tepai.api.ForbiddenException;
import io.tepai.api.NotFoundException;
import io.tepai.api.PageRequest;
import io.tepai.api.RuleViolationException;
import io.tepai.api.ValidationException;
import io.tepai.api.specialist.ChainSegment;
import io.tepai.api.specialist.SpecialistStatus;
import io.tepai.api.team.Agreement;
import io.tepai.api.team.AgreementDraft;
import io.tepai.api.team.AgreementStatus;
import io.tepai.api.team.Leader;
import io.tepai.api.team.Team;
import io.tepai.api.team.TeamDraft;
import io.tepai.api.team.TeamFilter;
import io.tepai.api.team.TeamLevel;
import io.tepai.api.team.TeamMember;
import io.tepai.api.team.TeamStatus;
import io.tepai.core.testing.Drafts;
import io.tepai.core.testing.MutableClock;
import io.tepai.core.testing.Organisation;
import io.tepai.core.testing.Organisation.Specialists;
import io.tepai.core.testing.TestStore;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TeamServiceImplTest {

    /** 16:00 on 2024-03-01 in Jiaozuo. */
    private static final Instant START = Instant.parse("2024-03-01T08:00:00Z");
    private static final ChainSegment[] SEGMENTS = ChainSegment.values();

    private TestStore db;
    private MutableClock clock;
    private Specialists specialists;
    private TeamServiceImpl service;

    @BeforeEach
    void setUp() {
        db = TestStore.open();
        clock = new MutableClock(START);
        Organisation.units(db.store());
        specialists = new Specialists(db.store(), Organisation.builtInTiers());
        service = new TeamServiceImpl(db.store(), clock);
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    // --- helpers

    private List<Long> appointed(int count) {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ids.add(specialists.active("专家" + i));
        }
        return ids;
    }

    /** Adds the specialists one by one, each time with the version the previous change returned. */
    private Team addAll(Team team, List<Long> ids) {
        Team current = team;
        for (int i = 0; i < ids.size(); i++) {
            current = service.addMember(CITY, current.id(), current.version(), ids.get(i),
                    SEGMENTS[i % SEGMENTS.length]);
        }
        return current;
    }

    private Team formingTeamWith(int members) {
        return addAll(service.create(CITY, cityTeam("四大怀药产业服务团", "四大怀药")), appointed(members));
    }

    private Team activeTeamWith(int members) {
        Team team = formingTeamWith(members);
        return service.changeStatus(CITY, team.id(), team.version(), TeamStatus.ACTIVE);
    }

    private long rows(String table) {
        return db.count("SELECT COUNT(*) FROM " + table);
    }

    // --- create, get, update

    @Test
    void createStoresAFormingTeamWithVersionAndTimestamps() {
        Team created = service.create(CITY, cityTeam("四大怀药产业服务团", "四大怀药"));

        assertTrue(created.id() > 0);
        assertEquals(TeamStatus.FORMING, created.status());
        assertEquals(TeamLevel.CITY, created.level());
        assertEquals("", created.county());
        assertEquals("hpu", created.unitCode());
        assertEquals(TERM_START, created.termStart());
        assertEquals(TERM_END, created.termEnd());
        assertEquals(UNIT_LEADER, created.dispatchingLeader());
        assertEquals(List.of(), created.members());
        assertEquals(1, created.version());
        assertEquals(START, created.createdAt());
        assertFalse(created.sample());
        assertEquals(created, service.get(created.id()));
        assertEquals(1, db.count("SELECT COUNT(*) FROM audit_record WHERE entity = 'Team' AND action = 'create'"));
    }

    @Test
    void textsAreStripped() {
        Team created = service.create(CITY, new TeamDraft(" 小麦良种产业服务团 ", " 小麦良种 ", TeamLevel.CITY, " ",
                " hpu ", TERM_START, TERM_END, new Leader(" 周立伟 ", null, null)));

        assertEquals("小麦良种产业服务团", created.name());
        assertEquals("小麦良种", created.industry());
        assertEquals("", created.county());
        assertEquals("hpu", created.unitCode());
        assertEquals(new Leader("周立伟", "", ""), created.dispatchingLeader());
    }

    @Test
    void anInvalidTeamIsRefusedWithEveryProblemAndNothingIsWritten() {
        ValidationException e = assertThrows(ValidationException.class, () -> service.create(CITY,
                new TeamDraft("", "四大怀药", TeamLevel.CITY, "wuzhi", "hpu", TERM_END, TERM_START, null)));

        assertEquals(List.of("name", "termEnd", "county"), e.errors().stream().map(FieldError::field).toList());
        assertEquals(0, rows("team"));
    }

    @Test
    void aCountyLevelTeamNeedsItsCounty() {
        ValidationException e = assertThrows(ValidationException.class, () -> service.create(CITY,
                countyTeam(" ", "武陟县怀药服务团", "四大怀药")));

        assertEquals(List.of("county"), e.errors().stream().map(FieldError::field).toList());
    }

    @Test
    void unknownUnitAndCountyAreReportedTogether() {
        ValidationException e = assertThrows(ValidationException.class, () -> service.create(CITY,
                new TeamDraft("某县服务团", "四大怀药", TeamLevel.COUNTY, "beijing", "nosuch", TERM_START, TERM_END,
                        UNIT_LEADER)));

        assertEquals(List.of("unitCode", "county"), e.errors().stream().map(FieldError::field).toList());
        assertEquals(0, rows("team"));
    }

    @Test
    void getOfAnUnknownTeamIsNotFound() {
        assertThrows(NotFoundException.class, () -> service.get(4242));
    }

    @Test
    void updateChangesTheFieldsAndTheVersion() {
        Team created = service.create(CITY, cityTeam("四大怀药产业服务团", "四大怀药"));
        clock.advance(Duration.ofHours(1));

        Team updated = service.update(CITY, created.id(), created.version(),
                new TeamDraft("怀药全产业链服务团", "怀药", TeamLevel.CITY, null, "jzu", TERM_START,
                        LocalDate.of(2025, 12, 31), COUNTY_LEADER));

        assertEquals(created.version() + 1, updated.version());
        assertEquals("怀药全产业链服务团", updated.name());
        assertEquals("怀药", updated.industry());
        assertEquals("jzu", updated.unitCode());
        assertEquals(LocalDate.of(2025, 12, 31), updated.termEnd());
        assertEquals(COUNTY_LEADER, updated.dispatchingLeader());
        assertEquals(START.plus(Duration.ofHours(1)), updated.updatedAt());
        assertEquals(updated, service.get(created.id()));
    }

    @Test
    void theLevelAndOwningCountyCannotChange() {
        Team city = service.create(CITY, cityTeam("四大怀药产业服务团", "四大怀药"));
        Team county = service.create(CITY, countyTeam("wuzhi", "武陟县怀药服务团", "四大怀药"));

        ValidationException toCounty = assertThrows(ValidationException.class, () -> service.update(CITY, city.id(),
                city.version(), countyTeam("wuzhi", "四大怀药产业服务团", "四大怀药")));
        ValidationException otherCounty = assertThrows(ValidationException.class, () -> service.update(CITY,
                county.id(), county.version(), countyTeam("xiuwu", "武陟县怀药服务团", "四大怀药")));

        assertEquals("level", toCounty.errors().get(0).field());
        assertEquals("level", otherCounty.errors().get(0).field());
        assertEquals(city, service.get(city.id()));
        assertEquals("wuzhi", service.get(county.id()).county());
    }

    @Test
    void updateWithAStaleVersionIsAConflictAndChangesNothing() {
        Team created = service.create(CITY, cityTeam("四大怀药产业服务团", "四大怀药"));
        Team current = service.update(CITY, created.id(), created.version(), cityTeam("怀药服务团", "四大怀药"));

        assertThrows(ConflictException.class, () -> service.update(CITY, created.id(), created.version(),
                cityTeam("另一个名字", "四大怀药")));

        assertEquals(current, service.get(created.id()));
    }

    // --- R-TEAM-1: members and size

    @Test
    void R_TEAM_1_activatingNeedsFiveMembers_fourAreRefused() {
        Team four = formingTeamWith(4);

        RuleViolationException e = assertThrows(RuleViolationException.class,
                () -> service.changeStatus(CITY, four.id(), four.version(), TeamStatus.ACTIVE));

        assertEquals("R-TEAM-1", e.ruleId());
        assertTrue(e.getMessage().contains("5–10"), e.getMessage());
        assertEquals(TeamStatus.FORMING, service.get(four.id()).status());
    }

    @Test
    void R_TEAM_1_activatingWithFiveMembersIsAllowed() {
        Team five = formingTeamWith(5);

        Team active = service.changeStatus(CITY, five.id(), five.version(), TeamStatus.ACTIVE);

        assertEquals(TeamStatus.ACTIVE, active.status());
        assertEquals(TeamStatus.ACTIVE, service.get(five.id()).status());
        assertEquals(5, active.members().size());
    }

    @Test
    void R_TEAM_1_tenMembersAreAllowedAndAnEleventhIsRefused() {
        Team ten = formingTeamWith(10);
        long eleventh = specialists.active("第十一位");

        RuleViolationException e = assertThrows(RuleViolationException.class,
                () -> service.addMember(CITY, ten.id(), ten.version(), eleventh, ChainSegment.SALES));

        assertEquals("R-TEAM-1", e.ruleId());
        assertEquals(10, service.get(ten.id()).members().size());
        assertEquals(10, rows("team_member"));
        Team active = service.changeStatus(CITY, ten.id(), ten.version(), TeamStatus.ACTIVE);
        assertEquals(TeamStatus.ACTIVE, active.status());
    }

    @Test
    void R_TEAM_1_anActiveTeamCannotFallBelowFiveMembers() {
        Team active = activeTeamWith(5);
        long leaving = active.members().get(0).specialistId();

        RuleViolationException e = assertThrows(RuleViolationException.class,
                () -> service.removeMember(CITY, active.id(), active.version(), leaving));

        assertEquals("R-TEAM-1", e.ruleId());
        assertEquals(active, service.get(active.id()));
    }

    @Test
    void R_TEAM_1_anActiveTeamAboveTheMinimumMayLoseAMember() {
        Team active = activeTeamWith(6);
        long leaving = active.members().get(2).specialistId();

        Team smaller = service.removeMember(CITY, active.id(), active.version(), leaving);

        assertEquals(5, smaller.members().size());
        assertTrue(smaller.members().stream().noneMatch(m -> m.specialistId() == leaving));
        assertEquals(smaller, service.get(active.id()));
    }

    @Test
    void R_TEAM_1_aFormingTeamMayFallBelowFiveMembers() {
        Team forming = formingTeamWith(5);
        long leaving = forming.members().get(0).specialistId();

        Team four = service.removeMember(CITY, forming.id(), forming.version(), leaving);

        assertEquals(4, four.members().size());
        assertEquals(4, rows("team_member"));
    }

    @Test
    void R_TEAM_1_configuredBoundsTakeEffect() {
        service.configure(Map.of("minMembers", "3", "maxMembers", 4));
        Team three = formingTeamWith(3);

        Team active = service.changeStatus(CITY, three.id(), three.version(), TeamStatus.ACTIVE);
        Team four = service.addMember(CITY, active.id(), active.version(), specialists.active("第四位"),
                ChainSegment.SALES);
        long fifth = specialists.active("第五位");
        RuleViolationException tooMany = assertThrows(RuleViolationException.class,
                () -> service.addMember(CITY, four.id(), four.version(), fifth, ChainSegment.SALES));
        Team backToThree = service.removeMember(CITY, four.id(), four.version(), four.members().get(0).specialistId());
        RuleViolationException tooFew = assertThrows(RuleViolationException.class, () -> service.removeMember(CITY,
                backToThree.id(), backToThree.version(), backToThree.members().get(0).specialistId()));

        assertEquals(TeamStatus.ACTIVE, active.status());
        assertEquals("R-TEAM-1", tooMany.ruleId());
        assertEquals("R-TEAM-1", tooFew.ruleId());
        assertEquals(3, service.get(three.id()).members().size());
    }

    @Test
    void R_TEAM_1_configuredBoundsApplyToActivation() {
        service.configure(Map.of("minMembers", "6", "maxMembers", "8"));
        Team five = formingTeamWith(5);

        RuleViolationException e = assertThrows(RuleViolationException.class,
                () -> service.changeStatus(CITY, five.id(), five.version(), TeamStatus.ACTIVE));

        assertEquals("R-TEAM-1", e.ruleId());
        assertTrue(e.getMessage().contains("6–8"), e.getMessage());
    }

    @Test
    void R_TEAM_1_R_TEAM_4_aCountyTeamIsHeldToItsCountysBounds() {
        service.configure(Map.of("countyMembers", new String[] {"mengzhou=3..4"}));
        Team county = addAll(service.create(CITY, countyTeam("mengzhou", "孟州市特色农业服务团", "特色农业")),
                List.of(specialists.active("孟州甲"), specialists.active("孟州乙"), specialists.active("孟州丙")));
        Team city = formingTeamWith(3);

        Team active = service.changeStatus(CITY, county.id(), county.version(), TeamStatus.ACTIVE);
        RuleViolationException cityTooSmall = assertThrows(RuleViolationException.class,
                () -> service.changeStatus(CITY, city.id(), city.version(), TeamStatus.ACTIVE));
        Team four = service.addMember(CITY, active.id(), active.version(), specialists.active("第四位"),
                ChainSegment.SALES);
        RuleViolationException countyFull = assertThrows(RuleViolationException.class, () -> service.addMember(CITY,
                four.id(), four.version(), specialists.active("第五位"), ChainSegment.SALES));

        assertEquals(TeamStatus.ACTIVE, active.status());
        assertTrue(cityTooSmall.getMessage().contains("5–10"), cityTooSmall.getMessage());
        assertTrue(countyFull.getMessage().contains("at most 4"), countyFull.getMessage());
    }

    @Test
    void R_TEAM_1_badBoundsFallBackToFiveToTen() {
        Map<String, Object> minAboveMax = Map.of("minMembers", "6", "maxMembers", "4");
        Map<String, Object> zero = Map.of("minMembers", "0", "maxMembers", "10");
        Map<String, Object> notANumber = Map.of("minMembers", "three");
        Map<String, Object> none = new HashMap<>();

        for (Map<String, Object> config : List.of(minAboveMax, zero, notANumber, none)) {
            service.configure(Map.of("minMembers", "2", "maxMembers", "3")); // something else first
            service.configure(config);
            assertEquals(TeamSize.RULE, TeamSize.from(config), config.toString());
        }
        service.configure(minAboveMax);
        Team four = formingTeamWith(4);
        RuleViolationException e = assertThrows(RuleViolationException.class,
                () -> service.changeStatus(CITY, four.id(), four.version(), TeamStatus.ACTIVE));
        assertEquals("R-TEAM-1", e.ruleId());
        Team five = service.addMember(CITY, four.id(), four.version(), specialists.active("第五位"),
                ChainSegment.SALES);
        assertEquals(TeamStatus.ACTIVE, service.changeStatus(CITY, five.id(), five.version(), TeamStatus.ACTIVE)
                .status());
    }

    @Test
    void R_TEAM_1_membersComeWithTheirSegmentAndTheCompositionFollowsThem() {
        long grower = specialists.active("种植专家");
        long processor = specialists.create(Drafts.specialist().name("加工专家").unitCode("jzu")
                .status(SpecialistStatus.ACTIVE));
        Team team = service.create(CITY, cityTeam("四大怀药产业服务团", "四大怀药"));

        team = service.addMember(CITY, team.id(), team.version(), grower, ChainSegment.PRODUCTION);
        team = service.addMember(CITY, team.id(), team.version(), processor, ChainSegment.PROCESSING);

        assertEquals(List.of(new TeamMember(grower, "种植专家", "hpu", ChainSegment.PRODUCTION,
                        LocalDate.of(2024, 3, 1)),
                new TeamMember(processor, "加工专家", "jzu", ChainSegment.PROCESSING, LocalDate.of(2024, 3, 1))),
                team.members());
        assertEquals(Set.of(ChainSegment.PRODUCTION, ChainSegment.PROCESSING), team.composition());
        Team without = service.removeMember(CITY, team.id(), team.version(), grower);
        assertEquals(Set.of(ChainSegment.PROCESSING), without.composition());
    }

    @Test
    void R_TEAM_1_aMemberJoinsOnTheProgrammesDateInJiaozuo() {
        clock = new MutableClock(Instant.parse("2024-03-01T20:00:00Z")); // already 2 March in Jiaozuo
        service = new TeamServiceImpl(db.store(), clock);
        long id = specialists.active("夜班专家");
        Team team = service.create(CITY, cityTeam("四大怀药产业服务团", "四大怀药"));

        Team joined = service.addMember(CITY, team.id(), team.version(), id, ChainSegment.TESTING);

        assertEquals(LocalDate.of(2024, 3, 2), joined.members().get(0).joinedOn());
    }

    @Test
    void R_TEAM_1_memberChangesIncreaseTheTeamsVersionEvenWithinTheSameInstant() {
        List<Long> ids = appointed(2);
        Team team = service.create(CITY, cityTeam("四大怀药产业服务团", "四大怀药"));

        // the clock stands still: the version must move although updatedAt does not
        Team one = service.addMember(CITY, team.id(), team.version(), ids.get(0), ChainSegment.PRODUCTION);
        Team two = service.addMember(CITY, one.id(), one.version(), ids.get(1), ChainSegment.SALES);
        Team back = service.removeMember(CITY, two.id(), two.version(), ids.get(0));

        assertEquals(team.version() + 1, one.version());
        assertEquals(team.version() + 2, two.version());
        assertEquals(team.version() + 3, back.version());
        assertEquals(back.version(), service.get(team.id()).version());
    }

    @Test
    void R_TEAM_1_aMemberChangeOnAStaleVersionIsAConflictAndChangesNothing() {
        List<Long> ids = appointed(3);
        Team team = service.create(CITY, cityTeam("四大怀药产业服务团", "四大怀药"));
        clock.advance(Duration.ofMinutes(5));
        Team current = service.addMember(CITY, team.id(), team.version(), ids.get(0), ChainSegment.PRODUCTION);

        assertThrows(ConflictException.class,
                () -> service.addMember(CITY, team.id(), team.version(), ids.get(1), ChainSegment.SALES));
        assertThrows(ConflictException.class,
                () -> service.removeMember(CITY, team.id(), team.version(), ids.get(0)));
        assertThrows(ConflictException.class,
                () -> service.update(CITY, team.id(), team.version(), cityTeam("改名", "四大怀药")));

        assertEquals(current, service.get(team.id()));
        assertEquals(1, rows("team_member"));
    }

    @Test
    void R_TEAM_1_onlyAppointedSpecialistsJoin() {
        long candidate = specialists.create(Drafts.specialist().name("候选人").status(SpecialistStatus.CANDIDATE));
        long exited = specialists.create(Drafts.specialist().name("已退出").status(SpecialistStatus.EXITED));
        Team team = service.create(CITY, cityTeam("四大怀药产业服务团", "四大怀药"));

        for (long id : List.of(candidate, exited, 4242L)) {
            ValidationException e = assertThrows(ValidationException.class,
                    () -> service.addMember(CITY, team.id(), team.version(), id, ChainSegment.PRODUCTION));
            assertEquals("specialistId", e.errors().get(0).field());
        }

        assertEquals(team, service.get(team.id()));
        assertEquals(0, rows("team_member"));
    }

    @Test
    void R_TEAM_1_aSpecialistIsAMemberOnlyOnce() {
        long id = specialists.active("李振华");
        Team team = service.create(CITY, cityTeam("四大怀药产业服务团", "四大怀药"));
        Team member = service.addMember(CITY, team.id(), team.version(), id, ChainSegment.PRODUCTION);

        assertThrows(ConflictException.class,
                () -> service.addMember(CITY, member.id(), member.version(), id, ChainSegment.SALES));

        assertEquals(member, service.get(team.id()));
    }

    @Test
    void aMemberNeedsASegment() {
        long id = specialists.active("李振华");
        Team team = service.create(CITY, cityTeam("四大怀药产业服务团", "四大怀药"));

        ValidationException e = assertThrows(ValidationException.class,
                () -> service.addMember(CITY, team.id(), team.version(), id, null));

        assertEquals("segment", e.errors().get(0).field());
    }

    @Test
    void removingSomeoneWhoIsNoMemberIsNotFound() {
        Team team = formingTeamWith(1);

        assertThrows(NotFoundException.class, () -> service.removeMember(CITY, team.id(), team.version(), 4242));
    }

    @Test
    void aSpecialistMayServeOnTwoTeams() {
        long id = specialists.active("李振华");
        Team yam = service.create(CITY, cityTeam("四大怀药产业服务团", "四大怀药"));
        Team wheat = service.create(CITY, cityTeam("小麦良种产业服务团", "小麦良种"));

        service.addMember(CITY, yam.id(), yam.version(), id, ChainSegment.PRODUCTION);
        service.addMember(CITY, wheat.id(), wheat.version(), id, ChainSegment.TESTING);

        assertEquals(2, rows("team_member"));
    }

    // --- lifecycle

    @Test
    void anActiveTeamCannotGoBackToForming() {
        Team active = activeTeamWith(5);

        assertThrows(ConflictException.class,
                () -> service.changeStatus(CITY, active.id(), active.version(), TeamStatus.FORMING));

        assertEquals(TeamStatus.ACTIVE, service.get(active.id()).status());
    }

    @Test
    void aStatusIsRequired() {
        Team team = service.create(CITY, cityTeam("四大怀药产业服务团", "四大怀药"));

        ValidationException e = assertThrows(ValidationException.class,
                () -> service.changeStatus(CITY, team.id(), team.version(), null));

        assertEquals("status", e.errors().get(0).field());
    }

    @Test
    void aClosedTeamIsFinal() {
        Team active = activeTeamWith(6);
        Team closed = service.changeStatus(CITY, active.id(), active.version(), TeamStatus.CLOSED);
        long newcomer = specialists.active("新人");
        long member = closed.members().get(0).specialistId();

        assertThrows(ConflictException.class,
                () -> service.changeStatus(CITY, closed.id(), closed.version(), TeamStatus.ACTIVE));
        assertThrows(ConflictException.class,
                () -> service.changeStatus(CITY, closed.id(), closed.version(), TeamStatus.FORMING));
        assertThrows(ConflictException.class,
                () -> service.addMember(CITY, closed.id(), closed.version(), newcomer, ChainSegment.SALES));
        assertThrows(ConflictException.class,
                () -> service.removeMember(CITY, closed.id(), closed.version(), member));
        assertThrows(ConflictException.class,
                () -> service.update(CITY, closed.id(), closed.version(), cityTeam("改名服务团", "四大怀药")));
        assertThrows(ConflictException.class, () -> service.delete(CITY, closed.id(), closed.version()));

        assertEquals(closed, service.get(closed.id()));
        assertEquals(TeamStatus.CLOSED, closed.status());
    }

    @Test
    void aFormingTeamMayBeClosedWithoutActivation() {
        Team team = service.create(CITY, cityTeam("四大怀药产业服务团", "四大怀药"));

        assertEquals(TeamStatus.CLOSED, service.changeStatus(CITY, team.id(), team.version(), TeamStatus.CLOSED)
                .status());
    }

    @Test
    void aTeamWithAnActiveAgreementCannotBeClosedUntilTheAgreementEnds() {
        Team active = activeTeamWith(5);
        Agreement draft = service.createAgreement(CITY, active.id(), agreement("wuzhi"));
        Agreement inForce = service.changeAgreementStatus(CITY, active.id(), draft.id(), draft.version(),
                AgreementStatus.ACTIVE);

        ConflictException e = assertThrows(ConflictException.class,
                () -> service.changeStatus(CITY, active.id(), active.version(), TeamStatus.CLOSED));
        assertTrue(e.getMessage().contains("active agreement"), e.getMessage());
        assertEquals(TeamStatus.ACTIVE, service.get(active.id()).status());

        service.changeAgreementStatus(CITY, active.id(), inForce.id(), inForce.version(), AgreementStatus.ENDED);
        Team closed = service.changeStatus(CITY, active.id(), active.version(), TeamStatus.CLOSED);
        assertEquals(TeamStatus.CLOSED, closed.status());
    }

    @Test
    void statusChangesAreAudited() {
        Team active = activeTeamWith(5);

        service.changeStatus(CITY, active.id(), active.version(), TeamStatus.CLOSED);

        assertEquals(2, db.count("SELECT COUNT(*) FROM audit_record WHERE entity = 'Team' AND action = 'status'"
                + " AND entity_id = '" + active.id() + "'"));
        assertEquals(5, db.count("SELECT COUNT(*) FROM audit_record WHERE entity = 'Team'"
                + " AND action = 'add-member'"));
    }

    // --- delete

    @Test
    void aFormingTeamWithoutAgreementsCanBeDeletedWithItsMembers() {
        Team team = formingTeamWith(3);

        service.delete(CITY, team.id(), team.version());

        assertThrows(NotFoundException.class, () -> service.get(team.id()));
        assertEquals(0, rows("team"));
        assertEquals(0, rows("team_member"));
        assertEquals(1, db.count("SELECT COUNT(*) FROM audit_record WHERE entity = 'Team' AND action = 'delete'"));
    }

    @Test
    void anActiveTeamCannotBeDeleted() {
        Team active = activeTeamWith(5);

        assertThrows(ConflictException.class, () -> service.delete(CITY, active.id(), active.version()));

        assertEquals(active, service.get(active.id()));
    }

    @Test
    void aFormingTeamWithAnAgreementCannotBeDeleted() {
        Team team = service.create(CITY, cityTeam("四大怀药产业服务团", "四大怀药"));
        service.createAgreement(CITY, team.id(), agreement("wuzhi"));

        assertThrows(ConflictException.class, () -> service.delete(CITY, team.id(), team.version()));

        assertEquals(1, rows("team"));
        assertEquals(1, rows("agreement"));
    }

    @Test
    void deleteWithAStaleVersionIsAConflict() {
        Team team = formingTeamWith(1);

        assertThrows(ConflictException.class, () -> service.delete(CITY, team.id(), team.version() - 1));

        assertEquals(1, rows("team"));
    }

    // --- R-TEAM-4: who forms and manages which team

    @Test
    void R_TEAM_4_aCountyFormsCountyLevelTeamsForItselfOnly() {
        Team own = service.create(WUZHI, countyTeam("wuzhi", "武陟县怀药服务团", "四大怀药"));

        ForbiddenException other = assertThrows(ForbiddenException.class,
                () -> service.create(WUZHI, countyTeam("xiuwu", "修武县旅游服务团", "乡村旅游")));
        ForbiddenException city = assertThrows(ForbiddenException.class,
                () -> service.create(WUZHI, cityTeam("四大怀药产业服务团", "四大怀药")));

        assertEquals(TeamLevel.COUNTY, own.level());
        assertEquals("wuzhi", own.county());
        assertEquals("county:xiuwu", other.missingScope());
        assertEquals("city", city.missingScope());
        assertEquals(1, rows("team"));
    }

    @Test
    void R_TEAM_4_theCityFormsCityTeamsAndMayFormACountysTeam() {
        Team city = service.create(CITY, cityTeam("四大怀药产业服务团", "四大怀药"));
        Team county = service.create(CITY, countyTeam("xiuwu", "修武县旅游服务团", "乡村旅游"));

        assertEquals(TeamLevel.CITY, city.level());
        assertEquals("xiuwu", county.county());
    }

    @Test
    void R_TEAM_4_aCountyManagesItsOwnTeamButNotTheCitysOrAnotherCountys() {
        long id = specialists.active("李振华");
        Team cityTeam = service.create(CITY, cityTeam("四大怀药产业服务团", "四大怀药"));
        Team wuzhiTeam = service.create(WUZHI, countyTeam("wuzhi", "武陟县怀药服务团", "四大怀药"));

        Team joined = service.addMember(WUZHI, wuzhiTeam.id(), wuzhiTeam.version(), id, ChainSegment.PRODUCTION);
        assertThrows(ForbiddenException.class,
                () -> service.addMember(WUZHI, cityTeam.id(), cityTeam.version(), id, ChainSegment.PRODUCTION));
        assertThrows(ForbiddenException.class,
                () -> service.addMember(XIUWU, joined.id(), joined.version(), id, ChainSegment.SALES));
        assertThrows(ForbiddenException.class,
                () -> service.removeMember(XIUWU, joined.id(), joined.version(), id));
        assertThrows(ForbiddenException.class, () -> service.update(XIUWU, joined.id(), joined.version(),
                countyTeam("wuzhi", "改名", "四大怀药")));
        assertThrows(ForbiddenException.class,
                () -> service.changeStatus(XIUWU, joined.id(), joined.version(), TeamStatus.CLOSED));
        assertThrows(ForbiddenException.class, () -> service.delete(XIUWU, joined.id(), joined.version()));
        assertThrows(ForbiddenException.class, () -> service.update(WUZHI, cityTeam.id(), cityTeam.version(),
                cityTeam("改名", "四大怀药")));

        assertEquals(joined, service.get(wuzhiTeam.id()));
        assertEquals(cityTeam, service.get(cityTeam.id()));
    }

    // --- search

    @Test
    void searchByCountyFindsTheCountysOwnTeamsAndTheCityTeamsItSignedWith() {
        Team yam = service.create(CITY, cityTeam("四大怀药产业服务团", "四大怀药"));
        Team wheat = service.create(CITY, cityTeam("小麦良种产业服务团", "小麦良种"));
        Team own = service.create(WUZHI, countyTeam("wuzhi", "武陟县畜禽服务团", "畜禽养殖"));
        service.create(XIUWU, countyTeam("xiuwu", "修武县旅游服务团", "乡村旅游"));
        service.createAgreement(CITY, yam.id(), agreement("wuzhi"));
        service.createAgreement(CITY, wheat.id(), agreement("xiuwu"));

        assertEquals(List.of(yam, own),
                service.search(new TeamFilter(null, "wuzhi", null, null, null), PageRequest.first()).items());
        assertEquals(List.of(yam, wheat), service.search(new TeamFilter(TeamLevel.CITY, null, null, null, null),
                PageRequest.first()).items());
        assertEquals(List.of(wheat),
                service.search(new TeamFilter(null, null, null, "小麦", null), PageRequest.first()).items());
        assertEquals(4, service.search(null, PageRequest.first()).total());
    }

    // --- R-TEAM-2: agreements

    @Test
    void R_TEAM_2_anAgreementIsRecordedAsADraft() {
        Team team = service.create(CITY, cityTeam("四大怀药产业服务团", "四大怀药"));

        Agreement created = service.createAgreement(CITY, team.id(), agreement("wuzhi"));

        assertEquals(AgreementStatus.DRAFT, created.status());
        assertEquals(team.id(), created.teamId());
        assertEquals("四大怀药产业服务团", created.teamName());
        assertEquals("wuzhi", created.county());
        assertEquals(LocalDate.of(2024, 2, 20), created.signedOn());
        assertEquals(List.of("技术培训", "品种示范"), created.tasks());
        assertEquals(COUNTY_LEADER, created.countyLeader());
        assertEquals(LIAISON, created.liaison());
        assertNull(created.endedOn());
        assertEquals(1, created.version());
        assertEquals(created, service.agreement(team.id(), created.id()));
        assertEquals(1, db.count("SELECT COUNT(*) FROM audit_record WHERE entity = 'Agreement'"));
    }

    @Test
    void R_TEAM_2_countyLevelTeamsSignNoAgreements() {
        Team own = service.create(WUZHI, countyTeam("wuzhi", "武陟县怀药服务团", "四大怀药"));

        ValidationException e = assertThrows(ValidationException.class,
                () -> service.createAgreement(CITY, own.id(), agreement("wuzhi")));

        assertEquals("teamId", e.errors().get(0).field());
        assertEquals(0, rows("agreement"));
    }

    @Test
    void R_TEAM_2_oneOpenAgreementPerTeamAndCounty() {
        Team team = activeTeamWith(5);
        Agreement first = service.createAgreement(CITY, team.id(), agreement("wuzhi"));

        assertThrows(ConflictException.class, () -> service.createAgreement(CITY, team.id(), agreement("wuzhi")));
        Agreement active = service.changeAgreementStatus(CITY, team.id(), first.id(), first.version(),
                AgreementStatus.ACTIVE);
        assertThrows(ConflictException.class, () -> service.createAgreement(WUZHI, team.id(), agreement("wuzhi")));
        assertEquals(1, rows("agreement"));

        service.changeAgreementStatus(CITY, team.id(), active.id(), active.version(), AgreementStatus.ENDED);
        Agreement renewal = service.createAgreement(CITY, team.id(), agreement("wuzhi"));
        assertEquals(AgreementStatus.DRAFT, renewal.status());
        assertEquals(2, rows("agreement"));
    }

    @Test
    void R_TEAM_2_movingAnAgreementToACountyWithAnOpenOneIsAConflict() {
        Team team = service.create(CITY, cityTeam("四大怀药产业服务团", "四大怀药"));
        service.createAgreement(CITY, team.id(), agreement("wuzhi"));
        Agreement xiuwu = service.createAgreement(CITY, team.id(), agreement("xiuwu"));

        assertThrows(ConflictException.class,
                () -> service.updateAgreement(CITY, team.id(), xiuwu.id(), xiuwu.version(), agreement("wuzhi")));

        assertEquals("xiuwu", service.agreement(team.id(), xiuwu.id()).county());
    }

    @Test
    void R_TEAM_2_oneTeamServesManyCountiesAndOneCountyManyTeams() {
        Team yam = service.create(CITY, cityTeam("四大怀药产业服务团", "四大怀药"));
        Team wheat = service.create(CITY, cityTeam("小麦良种产业服务团", "小麦良种"));

        Agreement yamWenxian = service.createAgreement(CITY, yam.id(), agreement("wenxian"));
        Agreement yamWuzhi = service.createAgreement(CITY, yam.id(), agreement("wuzhi"));
        Agreement wheatWuzhi = service.createAgreement(WUZHI, wheat.id(), agreement("wuzhi"));

        assertEquals(List.of(yamWenxian, yamWuzhi), service.agreements(yam.id()));
        assertEquals(List.of(wheatWuzhi), service.agreements(wheat.id()));
        assertEquals(List.of(yamWuzhi, wheatWuzhi),
                service.searchAgreements("wuzhi", null, PageRequest.first()).items());
        assertEquals(3, service.searchAgreements(null, AgreementStatus.DRAFT, PageRequest.first()).total());
        assertEquals(0, service.searchAgreements(null, AgreementStatus.ACTIVE, PageRequest.first()).total());
    }

    @Test
    void R_TEAM_2_anAgreementNeedsAKnownCountyAndAnOpenTeam() {
        Team open = service.create(CITY, cityTeam("小麦良种产业服务团", "小麦良种"));
        Team team = service.create(CITY, cityTeam("四大怀药产业服务团", "四大怀药"));
        Team closed = service.changeStatus(CITY, team.id(), team.version(), TeamStatus.CLOSED);

        ValidationException unknown = assertThrows(ValidationException.class,
                () -> service.createAgreement(CITY, open.id(), agreement("beijing")));
        assertThrows(ConflictException.class, () -> service.createAgreement(CITY, closed.id(), agreement("wuzhi")));
        assertThrows(NotFoundException.class, () -> service.createAgreement(CITY, 4242, agreement("wuzhi")));

        assertEquals("county", unknown.errors().get(0).field());
        assertEquals(0, rows("agreement"));
    }

    @Test
    void R_TEAM_2_anAgreementIsReadThroughItsOwnTeamOnly() {
        Team yam = service.create(CITY, cityTeam("四大怀药产业服务团", "四大怀药"));
        Team wheat = service.create(CITY, cityTeam("小麦良种产业服务团", "小麦良种"));
        Agreement agreement = service.createAgreement(CITY, yam.id(), agreement("wuzhi"));

        assertThrows(NotFoundException.class, () -> service.agreement(wheat.id(), agreement.id()));
        assertThrows(NotFoundException.class, () -> service.updateAgreement(CITY, wheat.id(), agreement.id(),
                agreement.version(), agreement("wuzhi")));
    }

    @Test
    void anAgreementSignedInTheFutureIsRefused() {
        Team team = service.create(CITY, cityTeam("四大怀药产业服务团", "四大怀药"));
        AgreementDraft tomorrow = new AgreementDraft("wuzhi", LocalDate.of(2024, 3, 2), TERM_START, TERM_END,
                List.of(), COUNTY_LEADER, LIAISON);

        ValidationException e = assertThrows(ValidationException.class,
                () -> service.createAgreement(CITY, team.id(), tomorrow));

        assertEquals(List.of("signedOn"), e.errors().stream().map(FieldError::field).toList());
        assertEquals(0, rows("agreement"));
    }

    @Test
    void anAgreementSignedTodayInJiaozuoIsAcceptedWhileItIsStillYesterdayInUtc() {
        clock = new MutableClock(Instant.parse("2024-02-29T20:00:00Z")); // 1 March, 04:00 in Jiaozuo
        service = new TeamServiceImpl(db.store(), clock);
        Team team = service.create(CITY, cityTeam("四大怀药产业服务团", "四大怀药"));
        AgreementDraft today = new AgreementDraft("wuzhi", LocalDate.of(2024, 3, 1), TERM_START, TERM_END,
                List.of(), COUNTY_LEADER, LIAISON);

        assertEquals(LocalDate.of(2024, 3, 1), service.createAgreement(CITY, team.id(), today).signedOn());
    }

    @Test
    void anInvalidAgreementIsRefusedWithEveryProblem() {
        Team team = service.create(CITY, cityTeam("四大怀药产业服务团", "四大怀药"));
        AgreementDraft draft = new AgreementDraft("", null, TERM_END, TERM_START, List.of("技术培训", " "),
                new Leader("王".repeat(65), "", ""), null);

        ValidationException e = assertThrows(ValidationException.class,
                () -> service.createAgreement(CITY, team.id(), draft));

        assertEquals(List.of("county", "signedOn", "termEnd", "tasks[1]", "countyLeader.name"),
                e.errors().stream().map(FieldError::field).toList());
    }

    // --- R-TEAM-3: leaders before an agreement is in force

    @Test
    void R_TEAM_3_activatingWithoutTheLeadersFailsListingTheMissingOnes() {
        Team team = addAll(service.create(CITY, new TeamDraft("四大怀药产业服务团", "四大怀药", TeamLevel.CITY, null,
                "hpu", TERM_START, TERM_END, null)), appointed(5));
        Team active = service.changeStatus(CITY, team.id(), team.version(), TeamStatus.ACTIVE);
        Agreement draft = service.createAgreement(CITY, active.id(),
                agreement("wuzhi", TERM_START, TERM_END, null, Leader.NONE));

        RuleViolationException e = assertThrows(RuleViolationException.class, () -> service.changeAgreementStatus(
                CITY, active.id(), draft.id(), draft.version(), AgreementStatus.ACTIVE));

        assertEquals("R-TEAM-3", e.ruleId());
        assertEquals(List.of("team.dispatchingLeader", "countyLeader", "liaison"),
                e.errors().stream().map(FieldError::field).toList());
        assertEquals(AgreementStatus.DRAFT, service.agreement(active.id(), draft.id()).status());
    }

    @Test
    void R_TEAM_3_onlyTheMissingLeaderIsListed() {
        Team active = activeTeamWith(5);
        Agreement draft = service.createAgreement(CITY, active.id(),
                agreement("wuzhi", TERM_START, TERM_END, COUNTY_LEADER, new Leader("  ", "科技局局长", "")));

        RuleViolationException e = assertThrows(RuleViolationException.class, () -> service.changeAgreementStatus(
                CITY, active.id(), draft.id(), draft.version(), AgreementStatus.ACTIVE));

        assertEquals("R-TEAM-3", e.ruleId());
        assertEquals(List.of("liaison"), e.errors().stream().map(FieldError::field).toList());
    }

    @Test
    void R_TEAM_3_withBothCoLeadersAndTheLiaisonTheAgreementComesIntoForce() {
        Team active = activeTeamWith(5);
        Agreement draft = service.createAgreement(CITY, active.id(), agreement("wuzhi"));
        clock.advance(Duration.ofDays(1));

        Agreement inForce = service.changeAgreementStatus(CITY, active.id(), draft.id(), draft.version(),
                AgreementStatus.ACTIVE);

        assertEquals(AgreementStatus.ACTIVE, inForce.status());
        assertEquals(draft.version() + 1, inForce.version());
        assertEquals(inForce, service.agreement(active.id(), draft.id()));
    }

    @Test
    void R_TEAM_3_anAgreementInForceKeepsItsLeaders() {
        Team active = activeTeamWith(5);
        Agreement draft = service.createAgreement(CITY, active.id(), agreement("wuzhi"));
        Agreement inForce = service.changeAgreementStatus(CITY, active.id(), draft.id(), draft.version(),
                AgreementStatus.ACTIVE);

        RuleViolationException e = assertThrows(RuleViolationException.class, () -> service.updateAgreement(CITY,
                active.id(), inForce.id(), inForce.version(), agreement("wuzhi", TERM_START, TERM_END, null, LIAISON)));

        assertEquals("R-TEAM-3", e.ruleId());
        assertEquals(COUNTY_LEADER, service.agreement(active.id(), inForce.id()).countyLeader());
    }

    @Test
    void R_TEAM_3_aDraftMayLackLeaders() {
        Team team = service.create(CITY, cityTeam("四大怀药产业服务团", "四大怀药"));

        Agreement draft = service.createAgreement(CITY, team.id(),
                agreement("wuzhi", TERM_START, TERM_END, null, null));

        assertEquals(Leader.NONE, draft.countyLeader());
        assertEquals(Leader.NONE, draft.liaison());
    }

    @Test
    void anAgreementComesIntoForceOnlyForAnActiveTeam() {
        Team forming = formingTeamWith(5);
        Agreement draft = service.createAgreement(CITY, forming.id(), agreement("wuzhi"));

        assertThrows(ConflictException.class, () -> service.changeAgreementStatus(CITY, forming.id(), draft.id(),
                draft.version(), AgreementStatus.ACTIVE));

        assertEquals(AgreementStatus.DRAFT, service.agreement(forming.id(), draft.id()).status());
    }

    // --- agreement lifecycle

    @Test
    void endingAnAgreementEarlyRecordsTheDay() {
        Team active = activeTeamWith(5);
        Agreement draft = service.createAgreement(CITY, active.id(), agreement("wuzhi"));
        Agreement inForce = service.changeAgreementStatus(CITY, active.id(), draft.id(), draft.version(),
                AgreementStatus.ACTIVE);
        clock.advance(Duration.ofDays(480)); // 16:00 in Jiaozuo

        Agreement ended = service.changeAgreementStatus(CITY, active.id(), inForce.id(), inForce.version(),
                AgreementStatus.ENDED);

        assertEquals(AgreementStatus.ENDED, ended.status());
        assertEquals(LocalDate.of(2024, 3, 1).plusDays(480), ended.endedOn());
        assertEquals(ended, service.agreement(active.id(), inForce.id()));
    }

    @Test
    void endingAnAgreementOnOrAfterTheLastDayOfItsTermRecordsNoEarlyEnd() {
        Team active = activeTeamWith(5);
        Agreement lastDay = service.changeAgreementStatus(CITY, active.id(), endable(active, "wuzhi").id(), 2,
                AgreementStatus.ENDED);
        clock.advance(Duration.ofDays(30));
        Agreement afterwards = service.changeAgreementStatus(CITY, active.id(), endable(active, "xiuwu").id(), 2,
                AgreementStatus.ENDED);

        assertEquals(AgreementStatus.ENDED, lastDay.status());
        assertNull(lastDay.endedOn(), "ended on the last day of its term, not early");
        assertNull(afterwards.endedOn(), "ended after its term, not early");
    }

    /** An active agreement (version 2) whose term ends today, 2024-03-01. */
    private Agreement endable(Team team, String county) {
        Agreement draft = service.createAgreement(CITY, team.id(),
                agreement(county, TERM_START, LocalDate.of(2024, 3, 1)));
        Agreement inForce = service.changeAgreementStatus(CITY, team.id(), draft.id(), draft.version(),
                AgreementStatus.ACTIVE);
        assertEquals(2, inForce.version());
        return inForce;
    }

    @Test
    void anEndedAgreementIsKeptAsItWas() {
        Team active = activeTeamWith(5);
        Agreement draft = service.createAgreement(CITY, active.id(), agreement("wuzhi"));
        Agreement inForce = service.changeAgreementStatus(CITY, active.id(), draft.id(), draft.version(),
                AgreementStatus.ACTIVE);
        Agreement ended = service.changeAgreementStatus(CITY, active.id(), inForce.id(), inForce.version(),
                AgreementStatus.ENDED);

        assertThrows(ConflictException.class, () -> service.changeAgreementStatus(CITY, active.id(), ended.id(),
                ended.version(), AgreementStatus.ACTIVE));
        assertThrows(ConflictException.class, () -> service.updateAgreement(CITY, active.id(), ended.id(),
                ended.version(), agreement("wuzhi", TERM_START, LocalDate.of(2027, 12, 31))));
        assertThrows(ConflictException.class,
                () -> service.deleteAgreement(CITY, active.id(), ended.id(), ended.version()));

        assertEquals(ended, service.agreement(active.id(), ended.id()));
    }

    @Test
    void aDraftCannotEndButCanBeDeleted() {
        Team team = service.create(CITY, cityTeam("四大怀药产业服务团", "四大怀药"));
        Agreement draft = service.createAgreement(CITY, team.id(), agreement("wuzhi"));

        assertThrows(ConflictException.class, () -> service.changeAgreementStatus(CITY, team.id(), draft.id(),
                draft.version(), AgreementStatus.ENDED));
        assertThrows(ConflictException.class,
                () -> service.deleteAgreement(CITY, team.id(), draft.id(), draft.version() + 1));
        service.deleteAgreement(CITY, team.id(), draft.id(), draft.version());

        assertThrows(NotFoundException.class, () -> service.agreement(team.id(), draft.id()));
        assertEquals(0, rows("agreement"));
        assertEquals(0, rows("agreement_task"));
    }

    @Test
    void updateAgreementChangesItsFieldsAndVersion() {
        Team team = service.create(CITY, cityTeam("四大怀药产业服务团", "四大怀药"));
        Agreement draft = service.createAgreement(CITY, team.id(), agreement("wuzhi"));
        Leader newLeader = new Leader("孙伟", "县委常委、副县长", "0391-7221009");

        Agreement updated = service.updateAgreement(WUZHI, team.id(), draft.id(), draft.version(),
                new AgreementDraft("wuzhi", LocalDate.of(2024, 2, 28), TERM_START, LocalDate.of(2025, 12, 31),
                        List.of(" 怀山药脱毒种苗推广 "), newLeader, LIAISON));

        assertEquals(draft.version() + 1, updated.version());
        assertEquals(LocalDate.of(2024, 2, 28), updated.signedOn());
        assertEquals(LocalDate.of(2025, 12, 31), updated.termEnd());
        assertEquals(List.of("怀山药脱毒种苗推广"), updated.tasks());
        assertEquals(newLeader, updated.countyLeader());
        assertEquals(updated, service.agreement(team.id(), draft.id()));
        assertThrows(ConflictException.class, () -> service.updateAgreement(WUZHI, team.id(), draft.id(),
                draft.version(), agreement("wuzhi")));
    }

    // --- agreements: each county its own

    @Test
    void R_TEAM_2_aCountyRecordsItsOwnAgreementButNotAnotherCountys() {
        Team active = activeTeamWith(5);

        Agreement own = service.createAgreement(WUZHI, active.id(), agreement("wuzhi"));
        ForbiddenException e = assertThrows(ForbiddenException.class,
                () -> service.createAgreement(XIUWU, active.id(), agreement("wuzhi")));

        assertEquals("wuzhi", own.county());
        assertEquals("county:wuzhi", e.missingScope());
        assertEquals(1, rows("agreement"));
    }

    @Test
    void R_TEAM_2_aCountyCannotEditChangeOrDeleteAnotherCountysAgreement() {
        Team active = activeTeamWith(5);
        Agreement wuzhi = service.createAgreement(WUZHI, active.id(), agreement("wuzhi"));

        assertThrows(ForbiddenException.class, () -> service.updateAgreement(XIUWU, active.id(), wuzhi.id(),
                wuzhi.version(), agreement("xiuwu")));
        assertThrows(ForbiddenException.class, () -> service.updateAgreement(XIUWU, active.id(), wuzhi.id(),
                wuzhi.version(), agreement("wuzhi")));
        assertThrows(ForbiddenException.class, () -> service.changeAgreementStatus(XIUWU, active.id(), wuzhi.id(),
                wuzhi.version(), AgreementStatus.ACTIVE));
        assertThrows(ForbiddenException.class,
                () -> service.deleteAgreement(XIUWU, active.id(), wuzhi.id(), wuzhi.version()));

        assertEquals(wuzhi, service.agreement(active.id(), wuzhi.id()));
        assertEquals(1, db.count("SELECT COUNT(*) FROM audit_record WHERE entity = 'Agreement'"));

        Agreement inForce = service.changeAgreementStatus(WUZHI, active.id(), wuzhi.id(), wuzhi.version(),
                AgreementStatus.ACTIVE);
        assertEquals(AgreementStatus.ACTIVE, inForce.status());
    }

    @Test
    void R_TEAM_2_aCountyCannotHandItsAgreementToAnotherCounty() {
        Team team = service.create(CITY, cityTeam("四大怀药产业服务团", "四大怀药"));
        Agreement wuzhi = service.createAgreement(WUZHI, team.id(), agreement("wuzhi"));

        assertThrows(ForbiddenException.class, () -> service.updateAgreement(WUZHI, team.id(), wuzhi.id(),
                wuzhi.version(), agreement("xiuwu")));

        assertEquals(wuzhi, service.agreement(team.id(), wuzhi.id()));
    }

    // --- R-SVC-2: the signing county records whether each agreed task was fulfilled (issue 20)

    private long confirmedLog(long specialist, String county, LocalDate start, String status) {
        return db.store().write(repos -> {
            io.tepai.store.entity.ServiceLogEntity log = new io.tepai.store.entity.ServiceLogEntity(specialist, START);
            log.setContent(county, Set.of(), start, start, java.math.BigDecimal.ONE, "TECHNICAL_GUIDANCE", "培训",
                    Map.of());
            log.setStatus(status);
            return repos.logs().add(log).getId();
        });
    }

    @Test
    void R_SVC_2_theSigningCountyRecordsPerTaskWhetherTheTeamFulfilledItWithEvidence() {
        Team team = activeTeamWith(5);
        long member = team.members().get(0).specialistId();
        Agreement draft = service.createAgreement(CITY, team.id(), agreement("wuzhi"));
        io.tepai.api.team.TaskFulfilmentDraft fulfilled = new io.tepai.api.team.TaskFulfilmentDraft(
                io.tepai.api.team.TaskFulfilment.FULFILLED, List.of(), "培训药农600人次，现场核实");
        assertThrows(ConflictException.class, () -> service.recordTaskFulfilment(WUZHI, team.id(), draft.id(),
                draft.version(), 1, fulfilled), "a draft's tasks are not judged");
        Agreement agreement = service.changeAgreementStatus(CITY, team.id(), draft.id(), draft.version(),
                AgreementStatus.ACTIVE);
        assertEquals(List.of(1, 2), agreement.taskFulfilment().stream().map(t -> t.number()).toList());
        assertTrue(agreement.taskFulfilment().stream().allMatch(t -> t.fulfilment() == null && t.open()));

        assertThrows(ForbiddenException.class, () -> service.recordTaskFulfilment(XIUWU, team.id(),
                agreement.id(), agreement.version(), 1, fulfilled), "only the agreement's county or the city");
        ValidationException noTask = assertThrows(ValidationException.class, () -> service.recordTaskFulfilment(
                WUZHI, team.id(), agreement.id(), agreement.version(), 3, fulfilled));
        assertEquals("task", noTask.errors().get(0).field());
        RuleViolationException noEvidence = assertThrows(RuleViolationException.class,
                () -> service.recordTaskFulfilment(WUZHI, team.id(), agreement.id(), agreement.version(), 1,
                        new io.tepai.api.team.TaskFulfilmentDraft(io.tepai.api.team.TaskFulfilment.PARTLY, null, " ")));
        assertEquals("R-SVC-2", noEvidence.ruleId());

        long good = confirmedLog(member, "wuzhi", LocalDate.of(2024, 2, 10), "CONFIRMED");
        long elsewhere = confirmedLog(member, "xiuwu", LocalDate.of(2024, 2, 11), "CONFIRMED");
        long unconfirmed = confirmedLog(member, "wuzhi", LocalDate.of(2024, 2, 12), "SUBMITTED");
        long outsider = confirmedLog(specialists.active("外人"), "wuzhi", LocalDate.of(2024, 2, 13), "CONFIRMED");
        RuleViolationException badEvidence = assertThrows(RuleViolationException.class,
                () -> service.recordTaskFulfilment(WUZHI, team.id(), agreement.id(), agreement.version(), 2,
                        new io.tepai.api.team.TaskFulfilmentDraft(io.tepai.api.team.TaskFulfilment.FULFILLED,
                                List.of(good, elsewhere, unconfirmed, outsider, 4242L), "")));
        assertEquals("R-SVC-2", badEvidence.ruleId());
        assertEquals(4, badEvidence.errors().size(), badEvidence.errors().toString());

        Agreement first = service.recordTaskFulfilment(WUZHI, team.id(), agreement.id(), agreement.version(), 1,
                fulfilled);
        Agreement second = service.recordTaskFulfilment(CITY, team.id(), agreement.id(), first.version(), 2,
                new io.tepai.api.team.TaskFulfilmentDraft(io.tepai.api.team.TaskFulfilment.PARTLY,
                        List.of(good, good), "示范已开始"));
        assertThrows(ConflictException.class, () -> service.recordTaskFulfilment(WUZHI, team.id(), agreement.id(),
                first.version(), 2, fulfilled), "a stale version is refused");
        io.tepai.api.team.AgreementTask training = second.taskFulfilment().get(0);
        assertEquals(io.tepai.api.team.TaskFulfilment.FULFILLED, training.fulfilment());
        assertEquals("wuzhi-kjj", training.recordedBy());
        assertEquals("培训药农600人次，现场核实", training.note());
        io.tepai.api.team.AgreementTask demo = second.taskFulfilment().get(1);
        assertEquals(io.tepai.api.team.TaskFulfilment.PARTLY, demo.fulfilment());
        assertEquals(List.of(good), demo.evidenceLogIds());
        assertTrue(demo.open(), "partly fulfilled is still open");
        assertEquals(2, db.count("SELECT COUNT(*) FROM audit_record WHERE entity = 'Agreement'"
                + " AND action = 'task-fulfilment'"));

        Agreement edited = service.updateAgreement(WUZHI, team.id(), agreement.id(), second.version(),
                new AgreementDraft("wuzhi", LocalDate.of(2024, 2, 20), TERM_START, TERM_END,
                        List.of("技术培训", "品种示范（扩大）"), COUNTY_LEADER, LIAISON));
        assertEquals(io.tepai.api.team.TaskFulfilment.FULFILLED, edited.taskFulfilment().get(0).fulfilment(),
                "an unchanged task keeps its record");
        assertNull(edited.taskFulfilment().get(1).fulfilment(), "a changed task is open again");
    }
}
