package io.tepai.core.imports;

import static io.tepai.core.testing.Organisation.CITY;
import static io.tepai.core.testing.Organisation.WUZHI;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tepai.api.Actor;
import io.tepai.api.ForbiddenException;
import io.tepai.api.imports.ImportFormat;
import io.tepai.api.imports.ImportKind;
import io.tepai.api.imports.ImportReport;
import io.tepai.api.imports.RejectedRow;
import io.tepai.api.specialist.SpecialistStatus;
import io.tepai.core.dispatch.AssignmentImport;
import io.tepai.core.specialist.SpecialistImport;
import io.tepai.core.testing.Drafts;
import io.tepai.core.testing.FieldActors;
import io.tepai.core.testing.Modules;
import io.tepai.core.testing.MutableClock;
import io.tepai.core.testing.Organisation;
import io.tepai.core.testing.Organisation.Specialists;
import io.tepai.core.testing.TestStore;
import io.tepai.core.tier.TierRegistry;
import io.tepai.store.entity.AssignmentEntity;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Bulk import of specialists and of dispatch assignments (issue 17) over the real store: every row checked by the
 * single write's rules (through the services' own checks), refused rows reported with row, column and reason, all or
 * nothing per file, scoped like the single writes, one audit record per file, and no query per row.
 */
class SpecialistAndAssignmentImportTest {

    private static final Instant NOW = Instant.parse("2026-06-15T02:00:00Z");
    private static final Actor HPU = FieldActors.unit("hpu");
    private static final String SPECIALIST_HEADER = "姓名,派出单位,职称级别,职称,学位,专业领域,派遣层级,分类指导,服务县区,"
            + "联系电话,服务经历,破格理由,状态\n";
    private static final String ASSIGNMENT_HEADER = "专家编号,县区,年度,支持层级,服务产业,受援对象,例外理由\n";

    private TestStore db;
    private ImportServiceImpl service;
    private Specialists specialists;

    @BeforeEach
    void setUp() {
        db = TestStore.open();
        Organisation.units(db.store());
        TierRegistry tiers = Organisation.builtInTiers();
        specialists = new Specialists(db.store(), tiers);
        service = new ImportServiceImpl(db.store(), new MutableClock(NOW), List.of(new SpecialistImport(tiers),
                new AssignmentImport(tiers, Modules.acceptingEveryTier())));
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    private ImportReport csv(Actor actor, ImportKind kind, String csv) {
        return service.importFile(actor, kind, ImportFormat.CSV, null, kind.path() + ".csv",
                new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
    }

    private long count(String sql) {
        return db.count(sql);
    }

    // --- specialists

    @Test
    void R_REC_1_aUnitRegistersItsSpecialistsFromAGbkCsvAsCandidatesWithOneAuditRecord() {
        long auditBefore = count("SELECT COUNT(*) FROM audit_record");
        byte[] gbk = (SPECIALIST_HEADER
                + "郭明华,hpu,ASSOCIATE_SENIOR,副教授,master,怀山药栽培、中药材加工,city,public_welfare,wuzhi;xiuwu,"
                + "0391-3986001,五年怀药种植技术服务,,\n"
                + "李静,hpu,JUNIOR,助理研究员,BACHELOR,农产品电商,county,PUBLIC_WELFARE,,,两年电商培训,"
                + "长期扎根武陟县服务（R-ELIG-1例外）,CANDIDATE\n").getBytes(Charset.forName("GBK"));

        ImportReport report = service.importFile(HPU, ImportKind.SPECIALISTS, ImportFormat.CSV,
                Charset.forName("GBK"), "专家.csv", new ByteArrayInputStream(gbk));

        assertTrue(report.accepted(), report.rejected().toString());
        assertEquals(2, report.imported());
        assertEquals(2, count("SELECT COUNT(*) FROM specialist WHERE status = 'CANDIDATE' AND unit_code = 'hpu'"));
        assertEquals(1, count("SELECT COUNT(*) FROM specialist WHERE name = '郭明华' AND title = '副教授'"
                + " AND degree = 'MASTER' AND title_level = 'ASSOCIATE_SENIOR'"));
        assertEquals(2, count("SELECT COUNT(*) FROM specialist_field f JOIN specialist s ON s.id = f.specialist_id"
                + " WHERE s.name = '郭明华'"), "fields separated by 、");
        assertEquals(2, count("SELECT COUNT(*) FROM specialist_county c JOIN specialist s ON s.id = c.specialist_id"
                + " WHERE s.name = '郭明华'"));
        // R-ELIG-1: admitted as an exception only with the reason, which stays on the record
        assertEquals(1, count("SELECT COUNT(*) FROM specialist WHERE name = '李静' AND eligibility_exception ="
                + " '长期扎根武陟县服务（R-ELIG-1例外）'"));
        assertEquals(auditBefore + 1, count("SELECT COUNT(*) FROM audit_record"), "one audit record for the file");
        assertEquals(1, count("SELECT COUNT(*) FROM audit_record WHERE entity = 'Import' AND entity_id = 'specialists'"
                + " AND changes LIKE '%\"imported\"%2%'"));
    }

    @Test
    void R_ELIG_1_R_TIER_1_R_REC_2_everyRuleOfTheSingleWriteRefusesItsRowsAndNothingIsWritten() throws IOException {
        byte[] xlsx = Workbooks.xlsx(List.of(
                List.of("name", "unitCode", "titleLevel", "degree", "fields", "tierId", "classification",
                        "serviceExperience", "eligibilityException", "status", "counties"),
                Arrays.asList("合格的专家", "hpu", "INTERMEDIATE", "BACHELOR", "小麦良种繁育", "city", "PUBLIC_WELFARE",
                        "三年", null, null, "wuzhi"),
                Arrays.asList("职称不够", "hpu", "JUNIOR", "BACHELOR", "玉米栽培", "city", "PUBLIC_WELFARE",
                        "一年", null, null, null),
                Arrays.asList("直接任命", "hpu", "SENIOR", "DOCTORATE", "畜禽养殖", "city", "PUBLIC_WELFARE",
                        "十年", null, "ACTIVE", null),
                Arrays.asList("别的单位", "jzu", "SENIOR", "DOCTORATE", "花卉苗木", "city", "PUBLIC_WELFARE",
                        "十年", null, null, null),
                Arrays.asList("没有的层级", "hpu", "SENIOR", "DOCTORATE", "果树栽培", "moon", "PUBLIC_WELFARE",
                        "十年", null, null, null),
                Arrays.asList("没有的县", "hpu", "SENIOR", "DOCTORATE", "蔬菜种植", "city", "PUBLIC_WELFARE",
                        "十年", null, null, "atlantis"),
                Arrays.asList("学位写错", "hpu", "SENIOR", "讲师", "农机推广", "city", "PUBLIC_WELFARE",
                        "十年", null, null, null)));

        ImportReport report = service.importFile(HPU, ImportKind.SPECIALISTS, ImportFormat.XLSX, null,
                "专家.xlsx", new ByteArrayInputStream(xlsx));

        assertEquals(7, report.rows());
        assertEquals(0, report.imported());
        assertEquals(0, count("SELECT COUNT(*) FROM specialist"), "all or nothing: row 2 is not written either");
        List<RejectedRow> rejected = report.rejected();
        assertEquals(List.of(3, 4, 5, 6, 7, 8), rejected.stream().map(RejectedRow::row).toList(), rejected.toString());
        assertEquals("eligibilityException", rejected.get(0).column());
        assertTrue(rejected.get(0).reason().contains("R-ELIG-1")
                && rejected.get(0).reason().contains("intermediate professional title"), rejected.toString());
        assertEquals("status", rejected.get(1).column());
        assertTrue(rejected.get(1).reason().contains("R-REC-2"), "ACTIVE only by appointment: " + rejected);
        assertEquals("unitCode", rejected.get(2).column());
        assertTrue(rejected.get(2).reason().contains("unit 'jzu'"), rejected.toString());
        assertEquals("tierId", rejected.get(3).column());
        assertTrue(rejected.get(3).reason().contains("R-TIER-1"), rejected.toString());
        assertEquals(new RejectedRow(7, "counties", "no county has code 'atlantis'"), rejected.get(4));
        assertEquals("degree", rejected.get(5).column());
        assertTrue(rejected.get(5).reason().contains("'讲师' is none of"), rejected.toString());
    }

    @Test
    void theCityOfficeMayImportAnyUnitsSpecialistsButACountyNone() {
        String row = "王伟,jzu,SENIOR,研究员,DOCTORATE,农机推广,city,PUBLIC_WELFARE,,,十年农机推广,,\n";

        assertThrows(ForbiddenException.class, () -> csv(WUZHI, ImportKind.SPECIALISTS, SPECIALIST_HEADER + row));
        ImportReport byCity = csv(CITY, ImportKind.SPECIALISTS, SPECIALIST_HEADER + row);

        assertTrue(byCity.accepted(), byCity.rejected().toString());
        assertEquals(1, count("SELECT COUNT(*) FROM specialist WHERE unit_code = 'jzu' AND status = 'CANDIDATE'"));
    }

    @Test
    void aRequiredColumnMissingIsNamedBeforeAnyRowIsRead() {
        io.tepai.api.ValidationException e = assertThrows(io.tepai.api.ValidationException.class,
                () -> csv(HPU, ImportKind.SPECIALISTS, "姓名,派出单位\n郭明,hpu\n"));

        assertTrue(e.errors().stream().anyMatch(error -> error.message().contains("titleLevel")), e.errors().toString());
    }

    // --- assignments

    @Test
    void R_SQUAD_1_aCountyImportsTheDispatchOfAppointedSpecialistsToItself() {
        long guo = specialists.active("郭明");
        long li = specialists.active("李华", "county");
        long auditBefore = count("SELECT COUNT(*) FROM audit_record");

        ImportReport report = csv(WUZHI, ImportKind.ASSIGNMENTS, ASSIGNMENT_HEADER
                + guo + ",wuzhi,2026,,四大怀药、小麦良种,武陟县大封镇怀药合作社,\n"
                + li + ",wuzhi,2026,county,畜禽养殖,,\n");

        assertTrue(report.accepted(), report.rejected().toString());
        assertEquals(2, report.imported());
        assertEquals(1, count("SELECT COUNT(*) FROM assignment WHERE specialist_id = " + guo
                + " AND county_code = 'wuzhi' AND programme_year = 2026 AND support_level = 'CITY'"),
                "the level is the tier's when the row leaves it empty");
        assertEquals(1, count("SELECT COUNT(*) FROM assignment WHERE specialist_id = " + li
                + " AND support_level = 'COUNTY'"));
        assertEquals(2, count("SELECT COUNT(*) FROM assignment_industry i JOIN assignment a ON a.id = i.assignment_id"
                + " WHERE a.specialist_id = " + guo));
        assertEquals(auditBefore + 1, count("SELECT COUNT(*) FROM audit_record"));
        assertEquals(1, count("SELECT COUNT(*) FROM audit_record WHERE entity = 'Import' AND entity_id = 'assignments'"));
    }

    @Test
    void R_REC_2_R_REC_3_R_REC_4_everyDispatchRuleRefusesItsRowAgainstTheDatabaseAndTheFile() {
        long candidate = specialists.create(Drafts.specialist().name("候选人"));
        long exited = specialists.active("已退出");
        db.store().write(repos -> {
            repos.specialists().find(exited).orElseThrow().setStatus(SpecialistStatus.EXITED.name());
            return null;
        });
        long guo = specialists.active("郭明");
        long twice = specialists.active("县派两次", "county");
        long cityInDatabase = specialists.active("已经市派");
        db.store().write(repos -> {
            AssignmentEntity assignment = new AssignmentEntity(NOW);
            assignment.setSpecialistId(cityInDatabase);
            assignment.setCountyCode("xiuwu");
            assignment.setYear(2026);
            assignment.setLevel("CITY");
            return repos.assignments().add(assignment);
        });

        ImportReport report = csv(WUZHI, ImportKind.ASSIGNMENTS, ASSIGNMENT_HEADER
                + guo + ",wuzhi,2026,,四大怀药,,\n"                // 2: fine on its own
                + candidate + ",wuzhi,2026,,,,\n"                   // 3: R-REC-2, not appointed
                + exited + ",wuzhi,2026,,,,\n"                      // 4: R-REC-4, left the programme
                + guo + ",wuzhi,2026,,,,\n"                         // 5: row 2 dispatched him already
                + twice + ",wuzhi,2026,,乡村旅游,,\n"              // 6: not a leading industry of 武陟县
                + twice + ",xiuwu,2026,,,,\n"                       // 7: another county's dispatch
                + cityInDatabase + ",wuzhi,2026,county,,,\n"        // 8: R-REC-3 against the database
                + "99999,wuzhi,2026,,,,\n"                          // 9: no such specialist
                + guo + ",wuzhi,1999,,,,\n");                       // 10: no programme year

        assertEquals(0, report.imported());
        assertEquals(1, count("SELECT COUNT(*) FROM assignment"), "nothing written, the database's one stays");
        List<RejectedRow> rejected = report.rejected();
        assertEquals(List.of(3, 4, 5, 6, 7, 8, 9, 10), rejected.stream().map(RejectedRow::row).toList(),
                rejected.toString());
        assertTrue(rejected.get(0).reason().contains("R-REC-2") && rejected.get(0).reason().contains("CANDIDATE"),
                rejected.toString());
        assertTrue(rejected.get(1).reason().contains("R-REC-4"), rejected.toString());
        assertTrue(rejected.get(2).reason().contains("already dispatched to 'wuzhi' for 2026 (row 2 of this file)"),
                rejected.toString());
        assertEquals("服务产业", rejected.get(3).column());
        assertTrue(rejected.get(3).reason().contains("'乡村旅游' is not a leading industry of 武陟县"), rejected.toString());
        assertEquals("县区", rejected.get(4).column());
        assertTrue(rejected.get(4).reason().contains("county 'xiuwu'"), rejected.toString());
        assertEquals("例外理由", rejected.get(5).column());
        assertTrue(rejected.get(5).reason().startsWith("R-REC-3")
                || rejected.get(5).reason().contains("R-REC-3"), rejected.toString());
        assertEquals(new RejectedRow(9, "专家编号", "no specialist has id 99999"), rejected.get(6));
        assertEquals("年度", rejected.get(7).column());
    }

    @Test
    void R_REC_3_doubleSupportIsCheckedWithinTheFileAndOnlyTheCityOfficeRecordsTheException() throws IOException {
        long guo = specialists.active("郭明");
        List<Object> header = List.of("specialistId", "county", "year", "level", "exceptionReason");
        List<Object> city = Arrays.asList(guo, "xiuwu", 2026, "CITY", null);
        List<Object> county = Arrays.asList(guo, "wuzhi", 2026, "COUNTY", null);
        List<Object> countyWithReason = Arrays.asList(guo, "wuzhi", 2026, "COUNTY", "武陟县追加县级支持，局长办公会同意");

        ImportReport withoutReason = xlsx(CITY, List.of(header, city, county));
        assertEquals(0, withoutReason.imported());
        assertEquals(1, withoutReason.rejected().size(), withoutReason.rejected().toString());
        assertEquals(3, withoutReason.rejected().get(0).row());
        assertEquals("exceptionReason", withoutReason.rejected().get(0).column());
        assertTrue(withoutReason.rejected().get(0).reason().contains("R-REC-3")
                && withoutReason.rejected().get(0).reason().contains("row 2 of this file"),
                withoutReason.rejected().toString());

        assertTrue(xlsx(CITY, List.of(header, city)).accepted());
        ImportReport byCounty = xlsx(WUZHI, List.of(header, countyWithReason));
        assertEquals(0, byCounty.imported());
        assertTrue(byCounty.rejected().get(0).reason().contains("Only the city programme office may record an"
                + " exception to R-REC-3"), byCounty.rejected().toString());
        ImportReport byCity = xlsx(CITY, List.of(header, countyWithReason));
        assertTrue(byCity.accepted(), byCity.rejected().toString());
        assertEquals(1, count("SELECT COUNT(*) FROM assignment WHERE county_code = 'wuzhi' AND exception_reason LIKE"
                + " '武陟县追加%'"));
    }

    private ImportReport xlsx(Actor actor, List<List<Object>> rows) throws IOException {
        return service.importFile(actor, ImportKind.ASSIGNMENTS, ImportFormat.XLSX, null, "派驻.xlsx",
                new ByteArrayInputStream(Workbooks.xlsx(rows)));
    }

    @Test
    void aUnitMayImportNoDispatch() {
        long guo = specialists.active("郭明");

        assertThrows(ForbiddenException.class, () -> csv(HPU, ImportKind.ASSIGNMENTS,
                ASSIGNMENT_HEADER + guo + ",wuzhi,2026,,,,\n"));
        assertEquals(0, count("SELECT COUNT(*) FROM assignment"));
    }

    // --- no query per row (issue 17)

    @Test
    void aChunkOfSpecialistsIsReadWithTheSameQueriesWhateverItsSize() {
        long five = selectsOf(() -> csv(HPU, ImportKind.SPECIALISTS, specialistRows(5, "甲")));
        long fifty = selectsOf(() -> csv(HPU, ImportKind.SPECIALISTS, specialistRows(50, "乙")));

        assertEquals(55, count("SELECT COUNT(*) FROM specialist"));
        assertEquals(five, fifty, "SELECTs for 5 rows vs 50");
    }

    @Test
    void aChunkOfAssignmentsIsReadWithTheSameQueriesWhateverItsSize() {
        StringBuilder few = new StringBuilder(ASSIGNMENT_HEADER);
        StringBuilder many = new StringBuilder(ASSIGNMENT_HEADER);
        for (int i = 0; i < 40; i++) {
            long id = specialists.active("专家" + i);
            (i < 4 ? few : many).append(id).append(",wuzhi,2026,,四大怀药,,\n");
        }

        long four = selectsOf(() -> assertTrue(csv(WUZHI, ImportKind.ASSIGNMENTS, few.toString()).accepted()));
        long thirtySix = selectsOf(() -> assertTrue(csv(WUZHI, ImportKind.ASSIGNMENTS, many.toString()).accepted()));

        assertEquals(40, count("SELECT COUNT(*) FROM assignment"));
        assertEquals(four, thirtySix, "SELECTs for 4 rows vs 36");
    }

    /**
     * The reads a piece of work sends. PostgreSQL's {@code SELECT lastval()}, by which EclipseLink learns the key of
     * a row it inserted into an IDENTITY column, is part of that row's insert, not a read, so it does not count; nor
     * does {@code SELECT nextval(...)}, by which it takes the next 50 ids from a sequence (V018) whenever the ones it
     * holds run out.
     */
    private long selectsOf(Runnable work) {
        db.coldCache();
        return db.statements().sqlDuring(work).stream()
                .map(sql -> sql.strip().toUpperCase(Locale.ROOT))
                .filter(sql -> sql.startsWith("SELECT") && !sql.startsWith("SELECT LASTVAL()")
                        && !sql.startsWith("SELECT NEXTVAL(")).count();
    }

    private static String specialistRows(int rows, String prefix) {
        StringBuilder csv = new StringBuilder(SPECIALIST_HEADER);
        for (int i = 0; i < rows; i++) {
            csv.append(prefix).append(i).append(",hpu,INTERMEDIATE,农艺师,BACHELOR,小麦良种繁育,city,PUBLIC_WELFARE,wuzhi,,"
                    + "三年小麦良种推广,,\n");
        }
        return csv.toString();
    }
}
