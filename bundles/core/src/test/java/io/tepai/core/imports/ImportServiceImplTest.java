package io.tepai.core.imports;

import static io.tepai.core.testing.Organisation.CITY;
import static io.tepai.core.testing.Organisation.WUZHI;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tepai.api.Actor;
import io.tepai.api.imports.ImportFormat;
import io.tepai.api.imports.ImportKind;
import io.tepai.api.imports.ImportReport;
import io.tepai.api.imports.RejectedRow;
import io.tepai.api.specialist.SpecialistStatus;
import io.tepai.core.calendar.ProgrammeCalendarService;
import io.tepai.core.field.LogImport;
import io.tepai.core.field.RecipientImport;
import io.tepai.core.testing.MutableClock;
import io.tepai.core.testing.Organisation;
import io.tepai.core.testing.Organisation.Specialists;
import io.tepai.core.testing.TestStore;
import io.tepai.store.entity.AssignmentEntity;
import io.tepai.store.entity.RecipientEntity;
import io.tepai.store.entity.ServiceLogEntity;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Bulk import (issue 17) over the real store: rows checked by the single writes' rules, refused rows reported with
 * row, column and reason, all or nothing per file, scoped like the single writes, one audit record per file.
 */
class ImportServiceImplTest {

    /** 2026-06-15 10:00 in China. */
    private static final Instant NOW = Instant.parse("2026-06-15T02:00:00Z");
    private static final String LOG_HEADER = "专家编号,县区,受援对象编号,开始日期,结束日期,天数,类型,服务内容,farmersTrained,满意度\n";

    private TestStore db;
    private ImportServiceImpl service;
    private long li;
    private long zhang;
    private long wuzhiRecipient;
    private long xiuwuRecipient;

    @BeforeEach
    void setUp() {
        db = TestStore.open();
        Organisation.units(db.store());
        Specialists specialists = new Specialists(db.store(), Organisation.builtInTiers());
        li = specialists.active("李振华");
        zhang = specialists.active("张秀兰");
        wuzhiRecipient = recipient("武陟县大封镇怀药合作社", "wuzhi");
        xiuwuRecipient = recipient("修武县云台山民宿合作社", "xiuwu");
        dispatch(li, "wuzhi", 2026);
        dispatch(zhang, "wuzhi", 2026);
        MutableClock clock = new MutableClock(NOW);
        service = new ImportServiceImpl(db.store(), clock, List.of(new RecipientImport(),
                new LogImport(ProgrammeCalendarService.calendarYear(clock),
                        () -> List.of(new io.tepai.api.field.OutcomeIndicator("farmersTrained", "培训农民", "人次")),
                        clock)));
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    private void dispatch(long specialist, String county, int year) {
        db.store().write(repos -> {
            AssignmentEntity assignment = new AssignmentEntity(NOW);
            assignment.setSpecialistId(specialist);
            assignment.setCountyCode(county);
            assignment.setYear(year);
            assignment.setLevel("CITY");
            return repos.assignments().add(assignment);
        });
    }

    private long recipient(String name, String county) {
        return db.store().write(repos -> {
            RecipientEntity recipient = new RecipientEntity(NOW);
            recipient.set(name, "COOPERATIVE", county, "王社长", "", "", Set.of(), NOW);
            return repos.recipients().add(recipient).getId();
        });
    }

    private ImportReport logs(Actor actor, String csv) {
        return service.importFile(actor, ImportKind.LOGS, ImportFormat.CSV, null, "logs.csv",
                new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
    }

    private long count(String table) {
        return db.count("SELECT COUNT(*) FROM " + table);
    }

    @Test
    void R_SVC_1_aCountyImportsConfirmedLogsOfItsOwnCountyWithOneAuditRecord() {
        long auditBefore = count("audit_record");
        ImportReport report = logs(WUZHI, LOG_HEADER
                + li + ",wuzhi," + wuzhiRecipient + ",2026-05-04,,1,TECHNICAL_GUIDANCE,指导怀山药起垄栽培,35,5\n"
                + li + ",wuzhi,,46147,46148,1.5,training_session,\"培训, 病虫害防治\",120,\n"
                + zhang + ",wuzhi," + wuzhiRecipient + ",2026年5月4日,,0.5,PROBLEM_SOLVING,解决怀菊花枯萎病,,4\n");

        assertTrue(report.accepted(), report.rejected().toString());
        assertEquals(3, report.rows());
        assertEquals(3, report.imported());
        assertEquals(3, count("service_log"));
        assertEquals(3, db.count("SELECT COUNT(*) FROM service_log WHERE status = 'CONFIRMED' AND confirmed_by = '"
                + WUZHI.username() + "'"));
        List<ServiceLogEntity> logs = db.store().read(repos -> repos.logs().fieldTimeOf(List.of(li), LocalDate.of(2026,
                1, 1), LocalDate.of(2026, 12, 31), LocalDate.of(2025, 1, 1)).stream().map(row -> repos.logs().find((Long) row[0]).orElseThrow())
                .peek(log -> log.getOutcomes().size()).toList());
        ServiceLogEntity training = logs.stream().filter(log -> log.getKind().equals("TRAINING_SESSION")).findFirst()
                .orElseThrow();
        assertEquals(LocalDate.of(2026, 5, 5), training.getStartDate(), "Excel's serial 46147");
        assertEquals(new BigDecimal("1.5"), training.getFieldDays());
        assertEquals("培训, 病虫害防治", training.getDescription());
        assertEquals(0, new BigDecimal("120").compareTo(training.getOutcomes().get("farmersTrained")));
        assertEquals(auditBefore + 1, count("audit_record"), "one audit record for the file, not one per log");
        assertEquals(1, db.count("SELECT COUNT(*) FROM audit_record WHERE entity = 'Import' AND changes LIKE "
                + "'%\"imported\"%3%'"));
    }

    @Test
    void everyBadRowIsReportedWithRowColumnAndReasonAndNothingIsWritten() {
        ImportReport report = logs(WUZHI, LOG_HEADER
                + li + ",wuzhi," + wuzhiRecipient + ",2026-05-04,,1,TECHNICAL_GUIDANCE,指导怀山药起垄栽培,35,5\n"
                + li + ",wuzhi,," + "2026-06-20,,1,TECHNICAL_GUIDANCE,还没发生的服务,,\n"
                + li + ",wuzhi," + xiuwuRecipient + ",2026-05-06,,0.25,TECHNICAL_GUIDANCE,修武的受援对象,,\n"
                + "99999,wuzhi,,2026-05-07,,1,TECHNICAL_GUIDANCE,没有这个专家,,\n"
                + li + ",wuzhi,,2026-05-08,,1,讲座,类型不对,,\n"
                + li + ",wuzhi,,2026-05-09,,1,TECHNICAL_GUIDANCE,满意度不对,,6\n");

        assertEquals(6, report.rows());
        assertEquals(0, report.imported());
        assertEquals(0, count("service_log"), "all or nothing: the good first row is not written either");
        List<RejectedRow> rejected = report.rejected();
        assertEquals(3, rejected.get(0).row());
        assertEquals("开始日期", rejected.get(0).column());
        assertTrue(rejected.get(0).reason().contains("must not be in the future"), rejected.toString());
        assertEquals(new RejectedRow(4, "天数", "must be a positive number of half days (0.5, 1, 1.5 …)"),
                rejected.get(1));
        assertEquals(5, rejected.stream().filter(r -> r.row() == 5).findFirst().orElseThrow().row());
        assertTrue(rejected.stream().anyMatch(r -> r.row() == 5 && r.column().equals("专家编号")
                && r.reason().equals("no specialist has id 99999")), rejected.toString());
        assertTrue(rejected.stream().anyMatch(r -> r.row() == 6 && r.column().equals("类型")), rejected.toString());
        assertTrue(rejected.stream().anyMatch(r -> r.row() == 7 && r.column().equals("满意度")
                && r.reason().contains("1 to 5")), "the confirmation's rating is checked too: " + rejected);
    }

    @Test
    void recipientsOfAnotherCountyAreRefusedAsTheSingleWriteRefusesThem() {
        ImportReport report = logs(WUZHI, LOG_HEADER
                + li + ",wuzhi," + xiuwuRecipient + ",2026-05-06,,1,TECHNICAL_GUIDANCE,修武的受援对象,,\n");

        assertEquals(List.of(new RejectedRow(2, "受援对象编号", "recipient " + xiuwuRecipient
                + " is in 'xiuwu', not in 'wuzhi'")), report.rejected());
    }

    @Test
    void aCountyImportsOnlyItsOwnCountysLogs() {
        ImportReport report = logs(WUZHI, LOG_HEADER
                + li + ",xiuwu,,2026-05-06,,1,TECHNICAL_GUIDANCE,在修武服务,,\n");

        assertEquals(1, report.rejected().size());
        assertEquals("县区", report.rejected().get(0).column());
        assertTrue(report.rejected().get(0).reason().contains("county 'xiuwu'"), report.rejected().toString());
        assertEquals(0, count("service_log"));
    }

    @Test
    void oneSpecialistIsInOnePlaceADayAcrossTheDatabaseAndTheFileItself() {
        assertTrue(logs(CITY, LOG_HEADER + li + ",wuzhi,,2026-05-04,,1,TECHNICAL_GUIDANCE,第一天,,\n").accepted());

        ImportReport report = logs(CITY, LOG_HEADER
                + li + ",wuzhi,,2026-05-04,,0.5,TECHNICAL_GUIDANCE,同一天又去了,,\n"
                + zhang + ",wuzhi,,2026-05-05,,0.5,TECHNICAL_GUIDANCE,上午,,\n"
                + zhang + ",wuzhi,,2026-05-05,,0.5,TECHNICAL_GUIDANCE,下午,,\n"
                + zhang + ",wuzhi,,2026-05-05,,0.5,TECHNICAL_GUIDANCE,晚上又去,,\n");

        assertEquals(2, report.rejected().size(), report.rejected().toString());
        assertEquals(2, report.rejected().get(0).row());
        assertTrue(report.rejected().get(0).reason().contains("already in the field on 2026-05-04"));
        assertEquals(5, report.rejected().get(1).row());
        assertTrue(report.rejected().get(1).reason().contains("[row 3, row 4]"), report.rejected().toString());
        assertEquals(1, count("service_log"));
    }

    @Test
    void R_SVC_1_serviceOutsideTheDispatchNeedsTheCountysReason() {
        String header = LOG_HEADER.replace("\n", ",派驻外理由\n");
        ImportReport refused = logs(CITY, header + li + ",xiuwu,,2026-05-06,,1,TECHNICAL_GUIDANCE,团队任务,,,\n");

        assertEquals(1, refused.rejected().size());
        assertEquals("派驻外理由", refused.rejected().get(0).column());
        assertTrue(refused.rejected().get(0).reason().startsWith("R-SVC-1"), refused.rejected().toString());

        ImportReport explained = logs(CITY, header
                + li + ",xiuwu,,2026-05-06,,1,TECHNICAL_GUIDANCE,团队任务,,,按团队与修武县的协议\n");
        assertTrue(explained.accepted(), explained.rejected().toString());
        assertEquals(1, db.count("SELECT COUNT(*) FROM service_log WHERE outside_dispatch_reason = '按团队与修武县的协议'"));
    }

    @Test
    void R_REC_4_aSpecialistWhoLeftTheProgrammeLogsNoMoreService() {
        db.store().write(repos -> {
            repos.specialists().find(zhang).orElseThrow().setStatus(SpecialistStatus.EXITED.name());
            return null;
        });

        ImportReport report = logs(WUZHI, LOG_HEADER + zhang + ",wuzhi,,2026-05-06,,1,TECHNICAL_GUIDANCE,离开后,,\n");

        assertEquals(1, report.rejected().size());
        assertEquals("", report.rejected().get(0).column());
        assertTrue(report.rejected().get(0).reason().startsWith("R-REC-4"), report.rejected().toString());
    }

    @Test
    void recipientsComeFromAGbkCsvOrAWorkbookWithTheirChineseNames() throws IOException {
        byte[] gbk = ("名称,类型,县区,联系人,联系电话,专家编号\n"
                + "武陟县西陶镇山药种植专业合作社,COOPERATIVE,wuzhi,赵主任,0391-7123456," + li + "、" + zhang + "\n")
                .getBytes(Charset.forName("GBK"));
        ImportReport fromCsv = service.importFile(WUZHI, ImportKind.RECIPIENTS, ImportFormat.CSV,
                Charset.forName("GBK"), "受援对象.csv", new ByteArrayInputStream(gbk));
        byte[] xlsx = Workbooks.xlsx(List.of(List.of("name", "kind", "county", "specialistIds"),
                Arrays.asList("詹店镇何营村", "village", "wuzhi", li),
                Arrays.asList("修武县的村", "VILLAGE", "xiuwu", null),
                Arrays.asList("", "VILLAGE", "wuzhi", null),
                Arrays.asList("詹店镇西旺村", "VILLAGE", "wuzhi", 424242)));
        ImportReport fromWorkbook = service.importFile(WUZHI, ImportKind.RECIPIENTS, ImportFormat.XLSX, null,
                "受援对象.xlsx", new ByteArrayInputStream(xlsx));

        assertTrue(fromCsv.accepted(), fromCsv.rejected().toString());
        assertEquals(1, db.count("SELECT COUNT(*) FROM recipient WHERE name = '武陟县西陶镇山药种植专业合作社'"
                + " AND contact_name = '赵主任'"));
        assertEquals(2, db.count("SELECT COUNT(*) FROM recipient_specialist rs JOIN recipient r ON r.id = "
                + "rs.recipient_id WHERE r.name = '武陟县西陶镇山药种植专业合作社'"));
        assertEquals(0, fromWorkbook.imported());
        assertEquals(List.of(3, 4, 5), fromWorkbook.rejected().stream().map(RejectedRow::row).toList(),
                fromWorkbook.rejected().toString());
        assertEquals("county", fromWorkbook.rejected().get(0).column());
        assertEquals(new RejectedRow(4, "name", "is required"), fromWorkbook.rejected().get(1));
        assertEquals(new RejectedRow(5, "specialistIds", "no specialist has id 424242"),
                fromWorkbook.rejected().get(2));
        assertEquals(0, db.count("SELECT COUNT(*) FROM recipient WHERE name = '詹店镇何营村'"));
    }
}
