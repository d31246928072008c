package io.tepai.store;

import static io.tepai.store.Entities.hpuWithZhangAndLi;
import static io.tepai.store.Entities.unit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tepai.api.ConflictException;
import io.tepai.api.PageRequest;
import io.tepai.api.dispatch.AssignmentFilter;
import io.tepai.api.team.TeamFilter;
import io.tepai.api.team.TeamLevel;
import io.tepai.store.entity.AgreementEntity;
import io.tepai.store.entity.AgreementTaskRow;
import io.tepai.store.entity.AssignmentEntity;
import io.tepai.store.entity.LeaderColumns;
import io.tepai.store.entity.SquadOfficersEntity;
import io.tepai.store.entity.TeamEntity;
import io.tepai.store.entity.TeamMemberRow;
import io.tepai.store.entity.WorkstationEntity;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Teams, agreements, assignments, squad officers and workstations through their repositories. */
class OrganisationRepositoriesTest {

    private static final LocalDate JAN_1 = LocalDate.of(2026, 1, 1);
    private static final LocalDate DEC_31 = LocalDate.of(2026, 12, 31);

    private InMemoryDatabase db;
    private long zhang;
    private long li;

    @BeforeEach
    void seed() {
        db = InMemoryDatabase.withStore();
        db.store().write(repos -> {
            long[] cast = hpuWithZhangAndLi(repos);
            zhang = cast[0];
            li = cast[1];
            return null;
        });
    }

    @AfterEach
    void drop() {
        db.close();
    }

    private static TeamEntity team(String name, String level, String county) {
        TeamEntity team = new TeamEntity(level, county, Entities.CREATED);
        team.setName(name);
        team.setIndustry(name);
        team.setUnitCode("hpu");
        team.setTermStart(JAN_1);
        team.setTermEnd(DEC_31);
        team.setStatus("FORMING");
        return team;
    }

    private static AgreementEntity agreement(long teamId, String county, String status, LocalDate start,
                                             LocalDate end) {
        AgreementEntity agreement = new AgreementEntity(teamId, Entities.CREATED);
        agreement.setCountyCode(county);
        agreement.setSignedOn(start);
        agreement.setTermStart(start);
        agreement.setTermEnd(end);
        agreement.setStatus(status);
        agreement.setTaskTexts(List.of("建设示范基地", "培训药农200人次"));
        return agreement;
    }

    private AssignmentEntity assignment(long specialist, String county, int year) {
        AssignmentEntity assignment = new AssignmentEntity(Entities.CREATED);
        assignment.setSpecialistId(specialist);
        assignment.setCountyCode(county);
        assignment.setYear(year);
        assignment.setLevel("CITY");
        assignment.setIndustries(List.of("四大怀药"));
        return assignment;
    }

    @Test
    void R_SVC_2_aTasksFulfilmentIsStoredWithItsEvidenceAndSurvivesEditsOfOtherTasks() {
        long team = db.store().write(repos -> repos.teams().add(team("怀药", "CITY", null)).getId());
        long id = db.store().write(repos -> repos.agreements().add(agreement(team, "wuzhi", "ACTIVE", JAN_1, DEC_31))
                .getId());
        long before = db.store().read(repos -> repos.agreements().find(id).orElseThrow().getVersion());
        db.store().write(repos -> {
            AgreementEntity agreement = repos.agreements().find(id).orElseThrow();
            agreement.setTask(1, agreement.getTasks().get(1).recorded("PARTLY", List.of(7L, 9L), "培训了120人次",
                    "wuzhi-kjj", Entities.CREATED));
            return null;
        });
        db.store().write(repos -> {
            repos.agreements().find(id).orElseThrow().setTaskTexts(List.of("建设示范基地（扩建）", "培训药农200人次"));
            return null;
        });
        AgreementEntity read = db.store().read(repos -> repos.agreements().find(id).orElseThrow());
        assertTrue(read.getVersion() > before, "recording a task changes the agreement's version");
        AgreementTaskRow training = read.getTasks().get(1);
        assertEquals("PARTLY", training.getFulfilment());
        assertEquals(List.of(7L, 9L), training.getEvidenceLogIds());
        assertEquals("培训了120人次", training.getNote());
        assertEquals("wuzhi-kjj", training.getRecordedBy());
        assertNull(read.getTasks().get(0).getFulfilment(), "a changed task is a new, open one");
        assertEquals(List.of(), read.getTasks().get(0).getEvidenceLogIds());
    }

    @Test
    void membersKeepTheirOrderAndChangingThemIncreasesTheTeamVersion() {
        long id = db.store().write(repos -> repos.teams().add(team("怀药", "CITY", null)).getId());
        long before = db.store().read(repos -> repos.teams().find(id).orElseThrow().getVersion());
        db.store().write(repos -> {
            TeamEntity team = repos.teams().find(id).orElseThrow();
            team.getMembers().add(new TeamMemberRow(li, "PROCESSING", JAN_1));
            team.getMembers().add(new TeamMemberRow(zhang, "PRODUCTION", JAN_1));
            team.setUpdatedAt(Entities.CREATED.plusSeconds(1));
            return null;
        });
        TeamEntity reloaded = db.store().read(repos -> repos.teams().find(id).orElseThrow());
        assertEquals(List.of(li, zhang), reloaded.getMembers().stream().map(TeamMemberRow::getSpecialistId).toList());
        assertTrue(reloaded.getVersion() > before, "version increased");
        assertEquals(1L, (long) db.store().<Long>read(repos -> repos.teams().countMemberships(zhang)));
    }

    @Test
    void teamsOfACountyAreItsOwnAndThoseItSignedWith() {
        db.store().write(repos -> {
            long cityTeam = repos.teams().add(team("怀药", "CITY", null)).getId();
            repos.teams().add(team("小麦", "CITY", null));
            repos.teams().add(team("武陟蔬菜", "COUNTY", "wuzhi"));
            repos.teams().add(team("温县蔬菜", "COUNTY", "wenxian"));
            repos.agreements().add(agreement(cityTeam, "wuzhi", "ACTIVE", JAN_1, DEC_31));
            return null;
        });
        List<String> names = db.store().read(repos -> repos.teams()
                .search(new TeamFilter(null, "wuzhi", null, null, null), PageRequest.first()).items().stream()
                .map(TeamEntity::getName).toList());
        assertEquals(List.of("怀药", "武陟蔬菜"), names);
        assertEquals(2L, (long) db.store().<Long>read(repos -> repos.teams()
                .search(new TeamFilter(TeamLevel.CITY, null, null, null, null), PageRequest.first()).total()));
    }

    /** A unit's page lists the teams it leads: the unit filter matches the leading unit only. */
    @Test
    void teamsAreFilteredByTheUnitThatLeadsThem() {
        db.store().write(repos -> {
            repos.units().add(unit("henau"));
            repos.teams().add(team("怀药", "CITY", null));
            TeamEntity other = team("小麦", "CITY", null);
            other.setUnitCode("henau");
            repos.teams().add(other);
            return null;
        });
        List<String> names = db.store().read(repos -> repos.teams().search(
                new TeamFilter(null, null, null, null, null, " henau "), PageRequest.first()).items().stream()
                .map(TeamEntity::getName).toList());
        assertEquals(List.of("小麦"), names);
        assertEquals(0L, (long) db.store().<Long>read(repos -> repos.teams()
                .search(new TeamFilter(null, null, null, null, null, "jzu"), PageRequest.first()).total()));
    }

    @Test
    void agreementsInForceOverlapThePeriodAndEndedOnesCountUntilTheyEnded() {
        db.store().write(repos -> {
            long team = repos.teams().add(team("怀药", "CITY", null)).getId();
            repos.agreements().add(agreement(team, "wuzhi", "ACTIVE", JAN_1.minusYears(1), JAN_1.plusMonths(1)));
            repos.agreements().add(agreement(team, "wenxian", "DRAFT", JAN_1, DEC_31));
            repos.agreements().add(agreement(team, "boai", "ACTIVE", JAN_1.plusYears(1), DEC_31.plusYears(1)));
            AgreementEntity endedEarly = agreement(team, "xiuwu", "ENDED", JAN_1.minusYears(1), DEC_31);
            endedEarly.setEndedOn(JAN_1.minusDays(10));
            repos.agreements().add(endedEarly);
            repos.agreements().add(agreement(team, "qinyang", "ENDED", JAN_1.minusYears(1), DEC_31.minusMonths(6)));
            return null;
        });
        List<String> counties = db.store().read(repos -> repos.agreements().inForce(JAN_1, DEC_31).stream()
                .map(AgreementEntity::getCountyCode).toList());
        assertEquals(List.of("wuzhi", "qinyang"), counties);
        List<String> tasks = db.store().read(repos -> repos.agreements().search("wuzhi", null, PageRequest.first())
                .items().get(0).getTasks().stream().map(AgreementTaskRow::getTask).toList());
        assertEquals(List.of("建设示范基地", "培训药农200人次"), tasks);
    }

    @Test
    void aSpecialistIsAssignedToACountyOnceAYear() {
        db.store().write(repos -> repos.assignments().add(assignment(zhang, "wuzhi", 2026)));
        db.store().write(repos -> repos.assignments().add(assignment(zhang, "wuzhi", 2025)));
        db.store().write(repos -> repos.assignments().add(assignment(zhang, "wenxian", 2026)));
        assertThrows(ConflictException.class,
                () -> db.store().write(repos -> repos.assignments().add(assignment(zhang, "wuzhi", 2026))));
        assertEquals(2, (int) db.store().<Integer>read(repos -> repos.assignments().ofSpecialist(zhang, 2026).size()));
        assertEquals(1, (int) db.store().<Integer>read(repos -> repos.assignments().specialistIdsOf("wuzhi", 2026).size()));
        assertEquals(3L, (long) db.store().<Long>read(repos -> repos.assignments()
                .search(new AssignmentFilter(null, null, null, "hpu", null), PageRequest.first()).total()));
        assertEquals(0L, (long) db.store().<Long>read(repos -> repos.assignments()
                .search(new AssignmentFilter(null, null, null, "other", null), PageRequest.first()).total()));
    }

    @Test
    void specialistsOfAReportAreLoadedByIdInOneQuery() {
        assertEquals(List.of(zhang, li), db.store().read(repos -> repos.specialists().byIds(List.of(li, zhang, -1L))
                .stream().map(s -> s.getId()).toList()));
        assertTrue(db.store().<Boolean>read(repos -> repos.specialists().byIds(List.of()).isEmpty()));
    }

    /**
     * Issue 17: a hundred thousand ids bound into one IN list made Derby give up ("Statement too complex"), failing
     * coverage and the UNIT round; ids go a thousand to a statement, and the rows still come back by id.
     */
    @Test
    void specialistsOfThousandsOfIdsAreReadAThousandToAStatement() {
        List<Long> ids = new java.util.ArrayList<>(java.util.stream.LongStream.rangeClosed(1, 4_500).boxed().toList());
        ids.add(li);
        ids.add(zhang);
        java.util.Collections.reverse(ids);

        long statements = db.statements().during(() -> assertEquals(List.of(zhang, li).stream().sorted().toList(),
                db.store().read(repos -> repos.specialists().byIds(ids).stream().map(s -> s.getId()).toList())));

        assertEquals(5, statements, "4,500 distinct ids (the two specialists' among them) in 5 statements");
    }

    @Test
    void workstationsAreListedInTheCountiesOrderAndOfficersAreKeptPerYear() {
        db.store().write(repos -> {
            for (String county : List.of("wuzhi", "jiefang")) {
                WorkstationEntity station = new WorkstationEntity(county);
                station.set(county + "工作站", "地址", "王", "", "", JAN_1, Entities.CREATED);
                repos.squads().addWorkstation(station);
            }
            SquadOfficersEntity officers = new SquadOfficersEntity("wuzhi", 2026);
            officers.setOfficers(new LeaderColumns("赵", "副县长", ""), new LeaderColumns("", "", ""),
                    new LeaderColumns("钱", "科技局", ""), Entities.CREATED);
            repos.squads().addOfficers(officers);
            return null;
        });
        assertEquals(List.of("jiefang", "wuzhi"), db.store().read(repos -> repos.squads().workstations().stream()
                .map(WorkstationEntity::getCountyCode).toList()));
        assertEquals("赵", db.store().read(repos -> repos.squads().officers("wuzhi", 2026).orElseThrow()
                .getCaptain().getName()));
        assertTrue(db.store().<Boolean>read(repos -> repos.squads().officers("wuzhi", 2025).isEmpty()));
    }
}
