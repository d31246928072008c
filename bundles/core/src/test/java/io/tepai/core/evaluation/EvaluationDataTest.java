package io.tepai.core.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tepai.api.specialist.Classification;
import io.tepai.api.specialist.SpecialistStatus;
import io.tepai.core.calendar.ProgrammeCalendarService;
import io.tepai.core.testing.Drafts;
import io.tepai.core.testing.MutableClock;
import io.tepai.core.testing.Organisation;
import io.tepai.core.testing.TestStore;
import io.tepai.core.tier.TierRegistry;
import io.tepai.spi.evaluation.Subject;
import io.tepai.spi.evaluation.SubjectData;
import io.tepai.spi.evaluation.SubjectData.ServiceRecord;
import io.tepai.spi.evaluation.SubjectKind;
import io.tepai.store.entity.DemonstrationBaseEntity;
import io.tepai.store.entity.MenteeEntity;
import io.tepai.store.entity.RecipientEntity;
import io.tepai.store.entity.ServiceLogEntity;
import io.tepai.store.entity.TrainingEntity;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What SPI 1.1 hands a criterion (issue 19; R-TIER-2 guidance class, issue 20 item 7): who gave each service, the
 * industries it served (named on the log, else the dispatch's), its recipients' kinds, the subject's fields and
 * guidance class, and for a county's work its specialists with their services grouped by specialist.
 */
class EvaluationDataTest {

    private static final Instant JULY_2 = Instant.parse("2026-07-02T04:00:00Z");

    private TestStore db;
    private TierRegistry tiers;
    private long yam;
    private long wheat;
    private long cooperative;
    private long farm;

    @BeforeEach
    void setUp() {
        db = TestStore.open();
        Organisation.units(db.store());
        tiers = Organisation.builtInTiers();
        Organisation.Specialists specialists = new Organisation.Specialists(db.store(), tiers);
        yam = specialists.create(Drafts.specialist().name("郭明亮").fields("怀山药栽培", "中药材加工")
                .classification(Classification.RURAL_ENTREPRENEURSHIP).status(SpecialistStatus.ACTIVE));
        wheat = specialists.create(Drafts.specialist().name("李华").fields("小麦良种繁育")
                .status(SpecialistStatus.ACTIVE));
        assign(yam, List.of("四大怀药"));
        assign(wheat, List.of());
        cooperative = recipient("大封镇怀药专业合作社", "COOPERATIVE");
        farm = recipient("老李家庭农场", "FAMILY_FARM");
        log(yam, Set.of(cooperative, farm), null, 3);
        log(yam, Set.of(farm), "畜禽养殖", 6);
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    private void assign(long specialist, List<String> industries) {
        assign(specialist, "wuzhi", industries);
    }

    private void assign(long specialist, String county, List<String> industries) {
        Organisation.dispatch(db.store(), specialist, county, 2026, industries);
    }

    private long recipient(String name, String kind) {
        return db.store().write(repos -> {
            RecipientEntity recipient = new RecipientEntity(JULY_2);
            recipient.set(name, kind, "wuzhi", "", "", "", Set.of(), JULY_2);
            return repos.recipients().add(recipient).getId();
        });
    }

    private void log(long specialist, Set<Long> recipients, String industry, int month) {
        log(specialist, recipients, industry, month, BigDecimal.ONE, 5, Map.of());
    }

    private void log(long specialist, Set<Long> recipients, String industry, int month, BigDecimal days,
                     Integer rating, Map<String, BigDecimal> outcomes) {
        log(specialist, "wuzhi", recipients, industry, month, days, rating, outcomes);
    }

    private void log(long specialist, String county, Set<Long> recipients, String industry, int month,
                     BigDecimal days, Integer rating, Map<String, BigDecimal> outcomes) {
        db.store().write(repos -> {
            ServiceLogEntity log = new ServiceLogEntity(specialist, JULY_2);
            LocalDate day = LocalDate.of(2026, month, 1);
            log.setContent(county, recipients, day, day, days, "TECHNICAL_GUIDANCE", "服务", outcomes);
            log.setIndustry(industry);
            log.setStatus("CONFIRMED");
            log.setConfirmation("wuzhi", JULY_2, rating, "");
            return repos.logs().add(log);
        });
    }

    private List<SubjectFacts> subjects(SubjectKind kind, String county) {
        return db.store().read(repos -> new EvaluationData(repos, tiers,
                ProgrammeCalendarService.calendarYear(new MutableClock(JULY_2)), 2026).subjects(kind, county, Map.of()));
    }

    /** A county's SPECIALIST subjects, their services listed (a plug-in criterion reads them) or summed. */
    private List<SubjectFacts> specialists(String county, boolean listed) {
        return db.store().read(repos -> {
            EvaluationData data = new EvaluationData(repos, tiers,
                    ProgrammeCalendarService.calendarYear(new MutableClock(JULY_2)), 2026);
            return data.specialists(county, data.specialistIds(county), Map.of(), listed);
        });
    }

    /** Statements one cold read of the county's specialist subjects sends. */
    private long statementsOfACountyRound() {
        db.coldCache();
        return db.statements().during(() -> subjects(SubjectKind.SPECIALIST, "wuzhi"));
    }

    /**
     * Issue 17: a county round reads its subjects' records per set, not per subject (it was about four queries per
     * subject plus each log's recipients): twelve times the subjects, the same number of statements.
     */
    @Test
    void aCountyRoundReadsItsSubjectsRecordsInTheSameNumberOfStatementsWhateverTheirNumber() {
        long two = statementsOfACountyRound();
        Organisation.Specialists specialists = new Organisation.Specialists(db.store(), tiers);
        for (int i = 0; i < 22; i++) {
            long more = specialists.create(Drafts.specialist().name("专家" + i).fields("小麦良种繁育", "玉米栽培")
                    .status(SpecialistStatus.ACTIVE));
            assign(more, List.of());
            log(more, Set.of(cooperative, farm), null, 3);
            log(more, Set.of(farm), "畜禽养殖", 4);
        }

        long twentyFour = statementsOfACountyRound();

        assertEquals(24, subjects(SubjectKind.SPECIALIST, "wuzhi").size());
        assertEquals(two, twentyFour, "statements for 2 subjects vs 24");
        assertEquals(2, subjects(SubjectKind.SPECIALIST, "wuzhi").stream()
                .filter(f -> f.data().subject().name().equals("专家7")).findFirst().orElseThrow()
                .data().services().size());
    }

    @Test
    void R_TIER_2_aSpecialistSubjectCarriesFieldsGuidanceClassAndServicesWithIndustriesAndRecipientKinds() {
        SubjectData data = subjects(SubjectKind.SPECIALIST, "wuzhi").stream().map(SubjectFacts::data)
                .filter(d -> d.subject().key().equals(String.valueOf(yam))).findFirst().orElseThrow();

        assertEquals(Set.of("怀山药栽培", "中药材加工"), data.subject().fields());
        assertEquals("RURAL_ENTREPRENEURSHIP", data.subject().guidanceClass());
        assertEquals(List.of(data.subject()), data.members());
        ServiceRecord march = data.services().get(0);
        assertEquals(String.valueOf(yam), march.specialist());
        assertEquals(Set.of("四大怀药"), march.industries(), "the dispatch's industry when the log names none");
        assertEquals(List.of("COOPERATIVE", "FAMILY_FARM"), march.recipientKinds().stream().sorted().toList());
        assertEquals(Set.of("畜禽养殖"), data.services().get(1).industries(), "the industry the log names");
    }

    @Test
    void aCountysWorkNamesItsSpecialistsAndGroupsTheirServices() {
        SubjectData data = subjects(SubjectKind.COUNTY_WORK, null).stream().map(SubjectFacts::data)
                .filter(d -> d.subject().key().equals("wuzhi")).findFirst().orElseThrow();

        assertEquals(List.of(String.valueOf(yam), String.valueOf(wheat)),
                data.members().stream().map(Subject::key).toList());
        Subject li = data.members().get(1);
        assertEquals("李华", li.name());
        assertEquals(Set.of("小麦良种繁育"), li.fields());
        assertEquals(Set.of("小麦良种"), li.industries(), "the leading industry the field matches");
        assertEquals(Set.of("怀山药栽培", "中药材加工", "小麦良种繁育"), data.subject().fields());
        assertNull(data.subject().guidanceClass());
        Map<String, List<ServiceRecord>> grouped = data.servicesBySpecialist();
        assertEquals(2, grouped.get(String.valueOf(yam)).size());
        assertEquals(List.of(), grouped.get(String.valueOf(wheat)));
    }

    private SubjectFacts subject(SubjectKind kind, String key) {
        return subjects(kind, null).stream().filter(f -> f.data().subject().key().equals(key)).findFirst()
                .orElseThrow();
    }

    /**
     * Issue 17: the city's UNIT round sums its specialists' service in the database instead of reading their year of
     * logs; the built-in criteria score the same. Here every log is in 武陟县 and both specialists are of unit hpu and
     * dispatched there only, so the unit's records are exactly those of 武陟县's work, whose logs are read as logs.
     */
    @Test
    void R_EVAL_1_R_EVAL_2_aUnitRoundScoresFromTotalsWhatItsLogsWouldScore() {
        log(wheat, Set.of(farm), null, 4, new BigDecimal("2.5"), null, Map.of("techniques-introduced", BigDecimal.ONE));
        log(wheat, Set.of(), null, 5, new BigDecimal("0.5"), 3, Map.of("techniques-introduced", BigDecimal.TEN,
                "acres", BigDecimal.TEN));

        SubjectFacts unit = subject(SubjectKind.UNIT, "hpu");
        SubjectFacts county = subject(SubjectKind.COUNTY_WORK, "wuzhi");

        assertEquals(List.of(), unit.data().services(), "a unit's logs are not read (no plug-in sees a unit)");
        assertEquals(4, county.data().services().size());
        assertEquals(new SubjectFacts.ServiceTotals(4, 2, 3, 13), unit.services());
        assertEquals(county.services(), unit.services());
        assertEquals(0, new BigDecimal("5").compareTo(unit.fieldDays()), "days: " + unit.fieldDays());
        assertEquals(0, county.fieldDays().compareTo(unit.fieldDays()));
        assertEquals(county.data().specialists(), unit.data().specialists());
        assertEquals(county.fulfilment().size(), unit.fulfilment().size());
        for (int i = 0; i < unit.fulfilment().size(); i++) {
            assertEquals(0, county.fulfilment().get(i).days().compareTo(unit.fulfilment().get(i).days()));
            assertEquals(county.fulfilment().get(i).services(), unit.fulfilment().get(i).services());
            assertEquals(county.fulfilment().get(i).threshold(), unit.fulfilment().get(i).threshold());
        }
        assertEquals(BuiltInCriteria.results(county), BuiltInCriteria.results(unit));
        assertEquals(BuiltInCriteria.satisfaction(county), BuiltInCriteria.satisfaction(unit));
        assertEquals(BuiltInCriteria.duties(county), BuiltInCriteria.duties(unit));
    }

    /**
     * Issue 17 (10 million logs a year): the UNIT round reads no log, only per-specialist sums (GROUP BY), and the
     * same number of statements whatever the number of units, specialists and logs; heap follows the specialists,
     * not the logs.
     */
    @Test
    void R_EVAL_2_aUnitRoundReadsServiceOnlyAsSumsInTheSameStatementsWhateverTheLogs() {
        db.coldCache();
        long two = db.statements().during(() -> subjects(SubjectKind.UNIT, null));
        Organisation.Specialists specialists = new Organisation.Specialists(db.store(), tiers);
        for (int i = 0; i < 22; i++) {
            long more = specialists.create(Drafts.specialist().name("专家" + i).fields("小麦良种繁育")
                    .unitCode(i % 2 == 0 ? "hpu" : "jzu").status(SpecialistStatus.ACTIVE));
            assign(more, List.of());
            for (int month = 1; month <= 6; month++) {
                log(more, Set.of(cooperative, farm), null, month, BigDecimal.ONE, month % 5 + 1,
                        month % 2 == 0 ? Map.of("techniques-introduced", BigDecimal.ONE) : Map.of());
            }
        }

        db.coldCache();
        List<String> sql = db.statements().sqlDuring(() -> subjects(SubjectKind.UNIT, null));
        db.coldCache();
        long twentyFour = db.statements().during(() -> subjects(SubjectKind.UNIT, null));

        assertEquals(two, twentyFour, "statements for 1 unit, 2 specialists and 2 logs vs 2, 24 and 134");
        List<String> logReads = sql.stream().filter(q -> q.toUpperCase().contains("SERVICE_LOG")).toList();
        assertEquals(2, logReads.size(), "one sum and one count of the logs: " + logReads);
        logReads.forEach(q -> assertTrue(q.toUpperCase().contains("GROUP BY"), "not an aggregate: " + q));
        assertTrue(sql.stream().noneMatch(q -> q.toUpperCase().contains("SERVICE_LOG_RECIPIENT")), sql::toString);
        SubjectFacts hpu = subject(SubjectKind.UNIT, "hpu");
        SubjectFacts jzu = subject(SubjectKind.UNIT, "jzu");
        assertEquals(2 + 11 * 6, hpu.services().count());
        assertEquals(13, hpu.fulfilment().size());
        assertEquals(new SubjectFacts.ServiceTotals(11 * 6, 11 * 3, 11 * 6, 11 * (2 + 3 + 4 + 5 + 1 + 2)),
                jzu.services());
        assertEquals(0, BigDecimal.valueOf(66).compareTo(jzu.fieldDays()));
    }

    /**
     * Issue 17: a county's SPECIALIST round that no plug-in criterion reads sums its subjects' service in the database
     * per specialist and county instead of listing their logs; the built-in criteria score the same (R-EVAL-1), the
     * tier's threshold still counts the service anywhere and the subject's score only that in the county (R-EVAL-2).
     */
    @Test
    void R_EVAL_1_R_EVAL_2_aSpecialistRoundNoPluginReadsScoresFromTotalsWhatItsLogsWouldScore() {
        log(wheat, Set.of(farm), null, 4, new BigDecimal("2.5"), null, Map.of("techniques-introduced", BigDecimal.ONE));
        log(wheat, Set.of(), null, 5, new BigDecimal("0.5"), 3, Map.of("techniques-introduced", BigDecimal.TEN,
                "acres", BigDecimal.TEN));
        log(wheat, "xiuwu", Set.of(farm), null, 7, new BigDecimal("4"), 1, Map.of("acres", BigDecimal.ONE));

        List<SubjectFacts> listed = specialists("wuzhi", true);
        List<SubjectFacts> summed = specialists("wuzhi", false);

        assertEquals(2, summed.size());
        for (int i = 0; i < listed.size(); i++) {
            SubjectFacts log = listed.get(i);
            SubjectFacts sum = summed.get(i);
            assertEquals(log.data().subject(), sum.data().subject());
            assertEquals(List.of(), sum.data().services(), "no plug-in sees them: not listed");
            assertEquals(log.services(), sum.services());
            assertEquals(0, log.fieldDays().compareTo(sum.fieldDays()), log.fieldDays() + " vs " + sum.fieldDays());
            assertEquals(log.fulfilment().size(), sum.fulfilment().size());
            for (int f = 0; f < log.fulfilment().size(); f++) {
                assertEquals(0, log.fulfilment().get(f).days().compareTo(sum.fulfilment().get(f).days()));
                assertEquals(log.fulfilment().get(f).services(), sum.fulfilment().get(f).services());
                assertEquals(log.fulfilment().get(f).threshold(), sum.fulfilment().get(f).threshold());
            }
            assertEquals(log.data().trainings(), sum.data().trainings());
            assertEquals(log.data().bases(), sum.data().bases());
            assertEquals(log.data().mentees(), sum.data().mentees());
            assertEquals(log.data().members(), sum.data().members());
            assertEquals(BuiltInCriteria.results(log), BuiltInCriteria.results(sum));
            assertEquals(BuiltInCriteria.satisfaction(log), BuiltInCriteria.satisfaction(sum));
            assertEquals(BuiltInCriteria.duties(log), BuiltInCriteria.duties(sum));
        }
        SubjectFacts li = summed.stream().filter(f -> f.data().subject().key().equals(String.valueOf(wheat)))
                .findFirst().orElseThrow();
        assertEquals(new SubjectFacts.ServiceTotals(2, 2, 1, 3), li.services(), "wuzhi's two logs only");
        assertEquals(0, new BigDecimal("3").compareTo(li.fieldDays()));
        assertEquals(0, new BigDecimal("7").compareTo(li.fulfilment().get(0).days()), "xiuwu's counts for the tier");
        assertEquals(3, li.fulfilment().get(0).services());
    }

    /**
     * Issue 17: summed, a county's SPECIALIST subjects read their service as two aggregates (GROUP BY), no log,
     * recipient or outcome row, in the same number of statements whatever the number of specialists and logs.
     */
    @Test
    void R_EVAL_2_aSpecialistRoundNoPluginReadsReadsServiceOnlyAsSumsInTheSameStatements() {
        db.coldCache();
        long two = db.statements().during(() -> specialists("wuzhi", false));
        Organisation.Specialists specialists = new Organisation.Specialists(db.store(), tiers);
        for (int i = 0; i < 22; i++) {
            long more = specialists.create(Drafts.specialist().name("专家" + i).fields("小麦良种繁育")
                    .status(SpecialistStatus.ACTIVE));
            assign(more, List.of());
            for (int month = 1; month <= 6; month++) {
                log(more, Set.of(cooperative, farm), null, month, BigDecimal.ONE, month % 5 + 1,
                        month % 2 == 0 ? Map.of("techniques-introduced", BigDecimal.ONE) : Map.of());
            }
        }

        db.coldCache();
        List<String> sql = db.statements().sqlDuring(() -> specialists("wuzhi", false));
        db.coldCache();
        long twentyFour = db.statements().during(() -> specialists("wuzhi", false));

        assertEquals(two, twentyFour, "statements for 2 specialists and 2 logs vs 24 and 134");
        List<String> logReads = sql.stream().filter(q -> q.toUpperCase().contains("SERVICE_LOG")).toList();
        assertEquals(2, logReads.size(), "one sum and one count of the logs: " + logReads);
        logReads.forEach(q -> assertTrue(q.toUpperCase().contains("GROUP BY"), "not an aggregate: " + q));
        assertTrue(sql.stream().noneMatch(q -> q.toUpperCase().contains("SERVICE_LOG_RECIPIENT")), sql::toString);
        assertTrue(sql.stream().noneMatch(q -> q.toUpperCase().contains("FROM RECIPIENT")), sql::toString);
    }

    /** The round's subjects read with this many specialists per chunk, listed for a criterion or summed. */
    private List<SubjectFacts> subjects(SubjectKind kind, int chunk, boolean listed) {
        return db.store().read(repos -> new EvaluationData(repos, tiers,
                ProgrammeCalendarService.calendarYear(new MutableClock(JULY_2)), 2026, chunk)
                .subjects(kind, null, Map.of(), listed));
    }

    /**
     * Seven more specialists of both units, dispatched to 武陟县 and every third also to 修武县, each with service,
     * training, a base and a mentee in both counties: records for the chunks of three to split.
     */
    private void moreSpecialistsInTwoCounties() {
        Organisation.Specialists specialists = new Organisation.Specialists(db.store(), tiers);
        for (int i = 0; i < 7; i++) {
            long more = specialists.create(Drafts.specialist().name("专家" + i).fields("小麦良种繁育", "玉米栽培" + i % 2)
                    .unitCode(i % 2 == 0 ? "hpu" : "jzu").status(SpecialistStatus.ACTIVE));
            assign(more, List.of());
            if (i % 3 == 0) {
                assign(more, "xiuwu", List.of());
            }
            for (int month = 1; month <= 3 + i % 3; month++) {
                log(more, month % 2 == 0 ? "xiuwu" : "wuzhi", Set.of(farm), null, month,
                        new BigDecimal(month + ".5"), month % 4 == 0 ? null : month % 5 + 1,
                        month % 3 == 0 ? Map.of("techniques-introduced", BigDecimal.ONE) : Map.of());
            }
            int day = i + 1;
            db.store().write(repos -> {
                repos.records().add(new TrainingEntity(more, "FIELD_CLASS", day % 2 == 0,
                        "田间课堂", BigDecimal.ONE, LocalDate.of(2026, 4, day), false));
                for (String county : List.of("wuzhi", "xiuwu")) {
                    DemonstrationBaseEntity base =
                            new DemonstrationBaseEntity(false);
                    base.set("示范基地" + day + county, county, "小麦良种", BigDecimal.TEN, more, null,
                            LocalDate.of(2026, 5, day));
                    repos.records().add(base);
                    repos.records().add(new MenteeEntity("徒弟" + day, "FARMER", county, more,
                            LocalDate.of(2026, 6, day), "", false));
                }
                return null;
            });
        }
    }

    /**
     * Issue 17, R-EVAL-1, R-EVAL-2: counties' work no criterion reads is summed a chunk of three specialists at a time
     * and scores what its listed records score, county by county; units read in chunks of three equal units read in
     * one. Services, requests and members are not listed when summed.
     */
    @Test
    void R_EVAL_1_R_EVAL_2_countiesWorkAndUnitsSummedInChunksScoreWhatTheirListedRecordsScore() {
        moreSpecialistsInTwoCounties();

        List<SubjectFacts> listed = subjects(SubjectKind.COUNTY_WORK, 1000, true);
        List<SubjectFacts> folded = subjects(SubjectKind.COUNTY_WORK, 3, false);

        assertEquals(listed.stream().map(f -> f.data().subject()).toList(),
                folded.stream().map(f -> f.data().subject()).toList(), "every county, in the same order");
        assertTrue(folded.stream().filter(f -> f.data().specialists() > 0).count() >= 2, "wuzhi and xiuwu");
        for (int i = 0; i < listed.size(); i++) {
            SubjectFacts log = listed.get(i);
            SubjectFacts sum = folded.get(i);
            String county = log.data().subject().key();
            assertEquals(log.data().specialists(), sum.data().specialists(), county);
            assertEquals(log.services(), sum.services(), county);
            assertEquals(0, log.fieldDays().compareTo(sum.fieldDays()), county + ": " + log.fieldDays() + " vs "
                    + sum.fieldDays());
            assertEquals(log.fulfilment().size(), sum.fulfilment().size(), county);
            for (int f = 0; f < log.fulfilment().size(); f++) {
                assertEquals(0, log.fulfilment().get(f).days().compareTo(sum.fulfilment().get(f).days()), county);
                assertEquals(log.fulfilment().get(f).services(), sum.fulfilment().get(f).services(), county);
                assertEquals(log.fulfilment().get(f).threshold(), sum.fulfilment().get(f).threshold(), county);
            }
            assertEquals(log.data().trainings(), sum.data().trainings(), county);
            assertEquals(log.data().bases(), sum.data().bases(), county);
            assertEquals(log.data().mentees(), sum.data().mentees(), county);
            assertEquals(BuiltInCriteria.results(log), BuiltInCriteria.results(sum), county);
            assertEquals(BuiltInCriteria.satisfaction(log), BuiltInCriteria.satisfaction(sum), county);
            assertEquals(BuiltInCriteria.duties(log), BuiltInCriteria.duties(sum), county);
            assertEquals(List.of(), sum.data().services(), "no plug-in sees them: not listed");
            assertEquals(List.of(), sum.data().requests());
            assertEquals(List.of(), sum.data().members());
        }
        SubjectFacts xiuwu = folded.stream().filter(f -> f.data().subject().key().equals("xiuwu")).findFirst()
                .orElseThrow();
        assertEquals(3, xiuwu.data().specialists());
        assertEquals(3, xiuwu.data().bases().size(), "修武县's own bases only");
        assertEquals(3, xiuwu.data().trainings().size(), "training wherever it was held");

        List<SubjectFacts> units = subjects(SubjectKind.UNIT, 3, false);
        assertEquals(subjects(SubjectKind.UNIT, 1000, false), units, "chunks of three vs one");
        assertEquals(List.of("hpu", "jzu"), units.stream().map(f -> f.data().subject().key()).toList());
        assertEquals(9, units.stream().mapToInt(f -> f.data().specialists()).sum());
    }

    /**
     * Issue 17 (850,000 specialists dispatched in a national year): the UNIT round and a COUNTY_WORK round no criterion
     * reads never load the year's dispatch at once: its ids are read a page of assignments at a time by id, each
     * page's specialists by those ids, their service as sums (no log as such), a fixed number of statements per page.
     */
    @Test
    void R_EVAL_2_unitsAndCountiesWorkReadTheYearsDispatchAChunkAtATime() {
        moreSpecialistsInTwoCounties();
        for (SubjectKind kind : List.of(SubjectKind.UNIT, SubjectKind.COUNTY_WORK)) {
            db.coldCache();
            List<String> sql = db.statements().sqlDuring(() -> subjects(kind, 2, false)).stream()
                    .map(String::toUpperCase).toList();

            List<String> pages = sql.stream()
                    .filter(q -> q.contains("FROM ASSIGNMENT") && q.contains("SPECIALIST_ID > ")).toList();
            // 9 specialists, 3 of them twice dispatched: at most 2 per page, and an empty page at the end
            assertTrue(pages.size() >= 6, kind + ": " + pages);
            pages.forEach(q -> assertTrue(q.contains(" FETCH ") || q.contains(" LIMIT "), kind + ": a page: " + q));
            List<String> people = sql.stream().filter(q -> q.contains("FROM SPECIALIST ")).toList();
            assertEquals(pages.size() - 1, people.size(), kind + ": " + people);
            people.forEach(q -> assertTrue(q.contains(" IN ("), kind + ": by the page's ids: " + q));
            List<String> logReads = sql.stream().filter(q -> q.contains("SERVICE_LOG")).toList();
            assertEquals(2 * (pages.size() - 1), logReads.size(), kind + ": a sum and a count per page: " + logReads);
            logReads.forEach(q -> assertTrue(q.contains("GROUP BY"), "not an aggregate: " + q));
            assertTrue(sql.size() <= 10 * pages.size() + 5, kind + ": " + sql.size() + " statements for "
                    + pages.size() + " pages");
        }
    }
}
