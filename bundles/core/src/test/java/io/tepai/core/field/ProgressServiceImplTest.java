package io.tepai.core.field;

import static io.tepai.core.testing.Organisation.CITY;
import static io.tepai.core.testing.Organisation.WUZHI;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.tepai.api.Actor;
import io.tepai.api.ForbiddenException;
import io.tepai.api.ValidationException;
import io.tepai.api.field.ClassProgress;
import io.tepai.api.field.Progress;
import io.tepai.api.field.ProgressFilter;
import io.tepai.api.field.ProgressPage;
import io.tepai.api.PageRequest;
import io.tepai.api.field.ProgressStatus;
import io.tepai.api.field.SpecialistProgress;
import io.tepai.api.specialist.Classification;
import io.tepai.core.calendar.ProgrammeCalendarService;
import io.tepai.core.testing.MutableClock;
import io.tepai.core.testing.Organisation;
import io.tepai.core.testing.Organisation.Specialists;
import io.tepai.core.testing.TestStore;
import io.tepai.core.tier.TierRegistry;
import io.tepai.core.tier.UnitOwnTier;
import io.tepai.store.entity.ServiceLogEntity;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * R-SVC-2 progress on a small fixture computed by hand: on 2026-07-02, 183 of 365 days have elapsed, so a city-tier
 * specialist (30 days or 12 services) is on track with 15 days or 6 services.
 */
class ProgressServiceImplTest {

    private static final Instant JULY_2 = Instant.parse("2026-07-02T04:00:00Z");

    private TestStore db;
    private TierRegistry tiers;
    private ProgressServiceImpl service;
    private long byDays;
    private long byCount;
    private long onTrack;
    private long behind;
    private long onlySubmitted;
    private long ownTier;

    @BeforeEach
    void setUp() {
        db = TestStore.open();
        Organisation.units(db.store());
        tiers = Organisation.builtInTiers();
        tiers.addTier(new UnitOwnTier());
        Specialists specialists = new Specialists(db.store(), tiers);
        byDays = specialists.active("甲");
        byCount = specialists.active("乙");
        onTrack = specialists.active("丙");
        behind = specialists.active("丁");
        onlySubmitted = specialists.active("戊");
        ownTier = specialists.active("己", "unit-own");
        LocalDate day = LocalDate.of(2026, 3, 1);
        log(byDays, "wuzhi", day, day.plusDays(15), "15.5", "CONFIRMED");
        log(byDays, "wuzhi", day.plusDays(20), day.plusDays(35), "15.5", "CONFIRMED");
        for (int i = 0; i < 12; i++) {
            log(byCount, "wuzhi", day.plusDays(i), day.plusDays(i), "0.5", "CONFIRMED");
        }
        for (int i = 0; i < 8; i++) {
            log(onTrack, "xiuwu", day.plusDays(3 * i), day.plusDays(3 * i + 1), "2", "CONFIRMED");
        }
        log(behind, "wuzhi", day, day.plusDays(1), "2", "CONFIRMED");
        log(behind, "wuzhi", day.plusDays(5), day.plusDays(5), "1", "CONFIRMED");
        for (int i = 0; i < 20; i++) {
            log(onlySubmitted, "wuzhi", day.plusDays(i), day.plusDays(i), "1", i % 2 == 0 ? "SUBMITTED" : "RETURNED");
        }
        log(behind, "wuzhi", LocalDate.of(2025, 12, 30), LocalDate.of(2025, 12, 31), "2", "CONFIRMED");
        assign(byDays, "wuzhi");
        assign(behind, "wuzhi");
        service = new ProgressServiceImpl(db.store(), tiers,
                ProgrammeCalendarService.calendarYear(new MutableClock(JULY_2)));
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    private void log(long specialist, String county, LocalDate start, LocalDate end, String days, String status) {
        db.store().write(repos -> {
            ServiceLogEntity log = new ServiceLogEntity(specialist, JULY_2);
            log.setContent(county, Set.of(), start, end, new BigDecimal(days), "TECHNICAL_GUIDANCE", "服务", Map.of());
            log.setStatus(status);
            return repos.logs().add(log);
        });
    }

    private void assign(long specialist, String county) {
        Organisation.dispatch(db.store(), specialist, county, 2026, List.of());
    }

    /** Statements one cold computation of the county's progress sends. */
    private long statementsOfWuzhisProgress() {
        db.coldCache();
        return db.statements().during(() -> service.progress(CITY, 2026, new ProgressFilter("wuzhi", null, null,
                null)));
    }

    /**
     * Issue 17: R-SVC-2 progress for a county sums its specialists' service in the database, for the county's
     * dispatch only, and reads the specialists in one query: ten times the specialists and logs, the same number of
     * statements.
     */
    @Test
    void R_SVC_2_progressForACountyTakesTheSameNumberOfStatementsWhateverItsSize() {
        long two = statementsOfWuzhisProgress();
        Specialists specialists = new Specialists(db.store(), tiers);
        for (int i = 0; i < 18; i++) {
            long more = specialists.active("专家" + i);
            assign(more, "wuzhi");
            log(more, "wuzhi", LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 2), "2", "CONFIRMED");
            log(more, "xiuwu", LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 1), "1", "CONFIRMED");
        }

        long twenty = statementsOfWuzhisProgress();

        Progress wuzhi = service.progress(CITY, 2026, new ProgressFilter("wuzhi", null, null, null));
        assertEquals(20, wuzhi.specialists().size());
        SpecialistProgress one = wuzhi.specialists().stream().filter(p -> p.name().equals("专家3")).findFirst()
                .orElseThrow();
        assertEquals(0, new BigDecimal("3").compareTo(one.fieldDays()), "its service anywhere: " + one.fieldDays());
        assertEquals(2, one.services());
        assertEquals(two, twenty, "statements for 2 specialists vs 20");
    }

    @Test
    void R_TIER_2_progressFiltersByGuidanceClassAndTotalsEachClass() {
        db.store().write(repos -> {
            repos.specialists().find(byCount).orElseThrow().setClassification("RURAL_ENTREPRENEURSHIP");
            return null;
        });

        Progress all = service.progress(CITY, 2026, ProgressFilter.ALL);
        // 甲 31 days in 2 logs, 丙 16 in 8, 丁 3 in 2 (its 2025 log is another year's); 乙 12 half days
        assertEquals(List.of(new ClassProgress(Classification.PUBLIC_WELFARE, 5, new BigDecimal("50.0"), 12),
                new ClassProgress(Classification.RURAL_ENTREPRENEURSHIP, 1, new BigDecimal("6.0"), 12)),
                all.guidanceClasses().stream().map(c -> new ClassProgress(c.guidanceClass(), c.specialists(),
                        c.fieldDays().setScale(1), c.services())).toList());

        Progress entrepreneurs = service.progress(CITY, 2026, new ProgressFilter(null, null, null,
                Classification.RURAL_ENTREPRENEURSHIP));
        assertEquals(List.of(byCount), entrepreneurs.specialists().stream().map(SpecialistProgress::specialistId)
                .toList());
        assertEquals(0, entrepreneurs.guidanceClasses().get(0).specialists());
        assertEquals(List.of(behind), service.progress(CITY, 2026, new ProgressFilter("wuzhi", null, null,
                Classification.PUBLIC_WELFARE)).behind().stream().map(SpecialistProgress::specialistId).toList());
    }

    private Map<Long, SpecialistProgress> byId(Progress progress) {
        return progress.specialists().stream()
                .collect(Collectors.toMap(SpecialistProgress::specialistId, Function.identity()));
    }

    @Test
    void R_SVC_2_progressAgainstHandComputedExpectations() {
        Progress progress = service.progress(CITY, 2026, ProgressFilter.ALL);
        Map<Long, SpecialistProgress> all = byId(progress);

        assertEquals(183.0 / 365, progress.shareElapsed(), 1e-9);
        assertEquals(LocalDate.of(2026, 7, 2), progress.asOf());
        assertEquals(ProgressStatus.MET, all.get(byDays).status());
        assertEquals(0, new BigDecimal("31").compareTo(all.get(byDays).fieldDays()));
        assertEquals(ProgressStatus.MET, all.get(byCount).status());
        assertEquals(12, all.get(byCount).services());
        assertEquals(ProgressStatus.ON_TRACK, all.get(onTrack).status());
        assertEquals(0, new BigDecimal("16").compareTo(all.get(onTrack).fieldDays()));
        assertEquals(ProgressStatus.BEHIND, all.get(behind).status());
        assertEquals(0, new BigDecimal("3").compareTo(all.get(behind).fieldDays()), "last year's log does not count");
        assertEquals(2, all.get(behind).services());
        assertEquals(ProgressStatus.BEHIND, all.get(onlySubmitted).status(), "only confirmed logs count");
        assertEquals(0, all.get(onlySubmitted).services());
        assertEquals(ProgressStatus.NO_THRESHOLD, all.get(ownTier).status());
        assertEquals(List.of(onlySubmitted, behind),
                progress.behind().stream().map(SpecialistProgress::specialistId).toList(), "furthest behind first");
    }

    /** Issue 12.10: every specialist's progress is explained in Chinese as well as in English. */
    @Test
    void R_SVC_2_progressIsExplainedInChineseAndEnglish() {
        Map<Long, SpecialistProgress> all = byId(service.progress(CITY, 2026, ProgressFilter.ALL));
        assertTrue(all.get(byDays).explanationZh().startsWith("已达标：已确认服务 31 / 30 天"),
                all.get(byDays).explanationZh());
        assertTrue(all.get(behind).explanationZh().endsWith("进度落后"), all.get(behind).explanationZh());
        assertTrue(all.get(behind).explanation().endsWith("behind"), all.get(behind).explanation());
        assertTrue(all.get(ownTier).explanationZh().startsWith("所属层级未设年度服务门槛"),
                all.get(ownTier).explanationZh());
    }

    @Test
    void aCountysProgressIsItsSquadsAndAUnitsItsOwnSpecialists() {
        Progress wuzhi = service.progress(CITY, 2026, new ProgressFilter("wuzhi", null, null));
        Progress jzu = service.progress(CITY, 2026, new ProgressFilter(null, "jzu", null));

        assertEquals(Set.of(byDays, behind), byId(wuzhi).keySet());
        assertEquals(0, jzu.specialists().size());
    }

    @Test
    void aProgrammeYearStartingInMarchCountsFromMarch() {
        service = new ProgressServiceImpl(db.store(), tiers,
                new ProgrammeCalendarService(new MutableClock(JULY_2), MonthDay.of(3, 2)));

        Progress year = service.progress(CITY, 2026, ProgressFilter.ALL);
        Map<Long, SpecialistProgress> all = byId(year);

        assertEquals(11, all.get(byCount).services(), "the log of March 1 belongs to programme year 2025");
        assertEquals(LocalDate.of(2026, 3, 2), year.from());
        assertEquals(LocalDate.of(2027, 3, 1), year.to());
    }

    /** Every page of 2 of the paged progress, joined, ordered by id. */
    private List<SpecialistProgress> allPages(Actor actor, ProgressFilter filter) {
        List<SpecialistProgress> all = new java.util.ArrayList<>();
        for (int page = 1; ; page++) {
            ProgressPage one = service.progress(actor, 2026, filter, new PageRequest(page, 2));
            all.addAll(one.specialists().items());
            if (page * 2L >= one.specialists().total()) {
                return all.stream().sorted(java.util.Comparator.comparing(SpecialistProgress::specialistId)).toList();
            }
        }
    }

    /**
     * Issue 17, R-SVC-2, R-TIER-2: paged progress selects, computes and totals per guidance class exactly what the
     * whole answer does, for the city, a county, a unit, a class and a specialist; a page costs the same statements
     * whatever the number of specialists in scope.
     */
    @Test
    void R_SVC_2_R_TIER_2_pagedProgressIsTheWholeAnswerAPageAtATime() {
        Actor hpu = new Actor("hpu", Set.of(Actor.ROLE_UNIT, "unit:hpu"));
        Actor self = new Actor("bing", Set.of(Actor.ROLE_SPECIALIST, "specialist:" + onTrack));
        List<Object[]> cases = List.of(new Object[] {CITY, ProgressFilter.ALL},
                new Object[] {CITY, new ProgressFilter("wuzhi", null, null, null)},
                new Object[] {WUZHI, ProgressFilter.ALL}, new Object[] {hpu, ProgressFilter.ALL},
                new Object[] {self, ProgressFilter.ALL},
                new Object[] {CITY, new ProgressFilter(null, null, null, Classification.PUBLIC_WELFARE)});
        for (Object[] c : cases) {
            Actor actor = (Actor) c[0];
            ProgressFilter filter = (ProgressFilter) c[1];
            Progress whole = service.progress(actor, 2026, filter);
            ProgressPage first = service.progress(actor, 2026, filter, new PageRequest(1, 2));
            String which = actor.username() + " " + filter;
            assertEquals(whole.specialists().size(), first.specialists().total(), which);
            assertEquals(whole.specialists().stream().sorted(java.util.Comparator.comparing(
                    SpecialistProgress::specialistId)).toList(), allPages(actor, filter), which);
            assertEquals(whole.guidanceClasses().stream().map(cp -> cp.guidanceClass() + " " + cp.specialists()
                    + " " + cp.fieldDays().stripTrailingZeros() + " " + cp.services()).toList(),
                    first.guidanceClasses().stream().map(cp -> cp.guidanceClass() + " " + cp.specialists()
                            + " " + cp.fieldDays().stripTrailingZeros() + " " + cp.services()).toList(), which);
            assertEquals(whole.teams(), first.teams(), which);
        }

        db.coldCache();
        long small = db.statements().during(() -> service.progress(CITY, 2026, ProgressFilter.ALL,
                new PageRequest(1, 2)));
        Specialists specialists = new Specialists(db.store(), tiers);
        for (int i = 0; i < 12; i++) {
            long more = specialists.active("专家" + i);
            log(more, "wuzhi", LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 2), "2", "CONFIRMED");
        }
        db.coldCache();
        assertEquals(small, db.statements().during(() -> service.progress(CITY, 2026, ProgressFilter.ALL,
                new PageRequest(1, 2))), "a page of 2 of 6 specialists vs of 18");
    }

    @Test
    void aCountySeesItsSquadsProgressAUnitItsOwnAndASpecialistOnlyTheirOwn() {
        Actor hpu = new Actor("hpu", Set.of(Actor.ROLE_UNIT, "unit:hpu"));
        Actor self = new Actor("bing", Set.of(Actor.ROLE_SPECIALIST, "specialist:" + onTrack));

        assertEquals(Set.of(byDays, behind), byId(service.progress(WUZHI, 2026, ProgressFilter.ALL)).keySet());
        ForbiddenException e = assertThrows(ForbiddenException.class,
                () -> service.progress(WUZHI, 2026, new ProgressFilter("xiuwu", null, null)));
        assertEquals("county:xiuwu", e.missingScope());
        assertEquals(6, service.progress(hpu, 2026, ProgressFilter.ALL).specialists().size());
        assertThrows(ForbiddenException.class, () -> service.progress(hpu, 2026, new ProgressFilter(null, "jzu", null)));
        assertEquals(Set.of(onTrack), byId(service.progress(self, 2026, ProgressFilter.ALL)).keySet());
    }

    @Test
    void yearsOutsideTheRangeAreRefused() {
        assertThrows(ValidationException.class, () -> service.progress(CITY, 1999, ProgressFilter.ALL));
    }
}
