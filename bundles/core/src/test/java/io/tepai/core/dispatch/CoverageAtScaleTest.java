package io.tepai.core.dispatch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tepai.api.dispatch.Coverage;
import io.tepai.api.dispatch.Coverage.IndustryCoverage;
import io.tepai.core.calendar.ProgrammeCalendarService;
import io.tepai.core.testing.Organisation;
import io.tepai.core.testing.TestStore;
import io.tepai.store.Entities;
import io.tepai.store.Repositories;
import io.tepai.store.entity.AssignmentEntity;
import io.tepai.store.entity.CountyEntity;
import io.tepai.store.entity.ServiceLogEntity;
import io.tepai.store.entity.SpecialistEntity;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 17: the coverage matrix (R-GOAL-1) counts the covering specialists in SQL. Its counts are those of the
 * computation it replaced (every assignment and specialist of the year matched in Java, kept below as the oracle), on
 * a fixture mixing every way to cover a cell and every way not to; and it costs the same statements whatever the
 * number of specialists.
 */
class CoverageAtScaleTest {

    private static final int YEAR = 2024;
    private static final Instant CREATED = Instant.parse("2024-03-01T08:00:00Z");
    /** Matching by containment either way, by case, too short, and not at all. */
    private static final List<String> FIELDS = List.of("怀山药栽培", "四大怀药加工", "怀药", "小麦良种繁育", "良种", "羊",
            "畜禽", "乡村旅游规划", "GIS", "果蔬", "农业机械", "食用菌栽培", "都市农业观光");

    private TestStore db;
    private CoverageServiceImpl service;
    private List<CountyEntity> counties;

    @BeforeEach
    void setUp() {
        db = TestStore.open();
        Organisation.units(db.store());
        service = new CoverageServiceImpl(db.store(), ProgrammeCalendarService.calendarYear(Clock.systemUTC()));
        counties = db.store().write(repos -> {
            // a leading industry in Latin letters, matched ignoring case
            CountyEntity xiuwu = repos.counties().find("xiuwu").orElseThrow();
            List<String> industries = new ArrayList<>(xiuwu.getLeadingIndustries());
            industries.add("gis农业");
            xiuwu.setLeadingIndustries(industries);
            return repos.counties().all();
        });
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    /** Adds specialists {@code from} .. {@code to - 1}, their assignments and logs, varied by their number. */
    private void dispatch(int from, int to) {
        db.store().write(repos -> {
            for (int i = from; i < to; i++) {
                SpecialistEntity specialist = Entities.specialist("专家" + i, "hpu");
                specialist.setFields(List.of(FIELDS.get(i % FIELDS.size()), FIELDS.get((i * 7 + 1) % FIELDS.size()))
                        .stream().distinct().toList());
                specialist.setStatus(i % 13 == 0 ? "EXITED" : "ACTIVE");
                long id = repos.specialists().add(specialist).getId();
                CountyEntity county = counties.get(i % counties.size());
                List<String> leading = county.getLeadingIndustries();
                List<String> named = switch (i % 4) {
                    case 0 -> List.of(leading.get(i % leading.size()));
                    case 1 -> List.of("不是主导产业");
                    default -> List.of();
                };
                assign(repos, id, county.getCode(), i % 9 == 0 ? YEAR - 1 : YEAR, named);
                if (i % 6 == 0) {
                    assign(repos, id, counties.get((i + 1) % counties.size()).getCode(), YEAR, List.of());
                }
                if (i % 5 == 0) {
                    log(repos, id, county.getCode(), leading.get((i + 1) % leading.size()),
                            i % 10 == 0 ? "CONFIRMED" : "SUBMITTED", LocalDate.of(YEAR, 5, 1));
                }
                if (i % 11 == 0) {
                    log(repos, id, county.getCode(), leading.get(0), "CONFIRMED", LocalDate.of(YEAR - 1, 5, 1));
                }
            }
            return null;
        });
    }

    private static void assign(Repositories repos, long specialist, String county, int year, List<String> industries) {
        AssignmentEntity assignment = new AssignmentEntity(CREATED);
        assignment.setSpecialistId(specialist);
        assignment.setCountyCode(county);
        assignment.setYear(year);
        assignment.setLevel("CITY");
        assignment.setIndustries(industries);
        repos.assignments().add(assignment);
    }

    private static void log(Repositories repos, long specialist, String county, String industry, String status,
                            LocalDate day) {
        ServiceLogEntity log = new ServiceLogEntity(specialist, CREATED);
        log.setContent(county, Set.of(), day, day, BigDecimal.ONE, "TECHNICAL_GUIDANCE", "服务", Map.of());
        log.setIndustry(industry);
        log.setStatus(status);
        repos.logs().add(log);
    }

    private static Map<String, Long> counts(Coverage coverage) {
        Map<String, Long> counts = new TreeMap<>();
        coverage.counties().forEach(county -> county.industries().forEach(
                cell -> counts.put(county.county() + "/" + cell.industry(), cell.specialistCount())));
        return counts;
    }

    @Test
    void R_GOAL_1_theCountsAreThoseOfTheJavaMatchingTheyReplace() {
        dispatch(0, 400);

        Coverage coverage = service.coverage(YEAR);

        Map<String, Long> expected = db.store().read(repos -> oldCounts(repos, YEAR));
        assertEquals(expected, counts(coverage));
        assertTrue(expected.values().stream().filter(count -> count > 0).count() > 20, "the fixture covers cells");
        assertTrue(expected.get("xiuwu/gis农业") > 0, "a field matches ignoring case");
        assertEquals(coverage.covered(), coverage.counties().stream().flatMap(c -> c.industries().stream())
                .filter(IndustryCoverage::covered).count());
    }

    @Test
    void R_GOAL_1_theMatrixCostsTheSameStatementsWhateverTheNumberOfSpecialists() {
        dispatch(0, 30);
        long few = statements();
        dispatch(30, 300);
        long many = statements();

        assertEquals(few, many, "statements for 30 vs 300 specialists");
    }

    private long statements() {
        db.coldCache();
        return db.statements().during(() -> service.coverage(YEAR));
    }

    /**
     * The matching as it was before issue 17, verbatim but for counting instead of listing: the year's serving
     * assignments and specialists in memory, an assignment's industries, else its specialist's fields by
     * {@link IndustryMatch}, else a confirmed log of the year naming the industry in the county.
     */
    private static Map<String, Long> oldCounts(Repositories repos, int year) {
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = LocalDate.of(year, 12, 31);
        Map<String, List<AssignmentEntity>> byCounty = repos.assignments().servingInYear(year).stream()
                .collect(Collectors.groupingBy(AssignmentEntity::getCountyCode));
        Map<Long, SpecialistEntity> dispatched = repos.specialists().servingInYear(year).stream()
                .collect(Collectors.toMap(SpecialistEntity::getId, s -> s));
        Set<String> named = new HashSet<>();
        repos.logs().industriesNamed(from, to).forEach(row -> named.add(row[0] + "\n" + row[1] + "\n" + row[2]));
        Map<String, Long> counts = new TreeMap<>();
        for (CountyEntity county : repos.counties().all()) {
            for (String industry : county.getLeadingIndustries()) {
                long count = 0;
                for (AssignmentEntity assignment : byCounty.getOrDefault(county.getCode(), List.of())) {
                    SpecialistEntity specialist = dispatched.get(assignment.getSpecialistId());
                    if (specialist == null) {
                        continue;
                    }
                    boolean covers = assignment.getIndustries().isEmpty()
                            ? IndustryMatch.firstMatch(specialist.getFields(), industry).isPresent()
                            : assignment.getIndustries().contains(industry);
                    if (covers || named.contains(specialist.getId() + "\n" + county.getCode() + "\n" + industry)) {
                        count++;
                    }
                }
                counts.put(county.getCode() + "/" + industry, count);
            }
        }
        return counts;
    }
}
