package io.tepai.core.funding;

import static io.tepai.core.testing.FieldActors.AUDITOR;
import static io.tepai.core.testing.FieldActors.HPU;
import static io.tepai.core.testing.Organisation.CITY;
import static io.tepai.core.testing.Organisation.WUZHI;
import static io.tepai.core.testing.Organisation.XIUWU;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.tepai.api.ForbiddenException;
import io.tepai.api.PageRequest;
import io.tepai.api.ValidationException;
import io.tepai.api.funding.FeeComplaint;
import io.tepai.api.funding.FeeComplaintDraft;
import io.tepai.core.calendar.ProgrammeCalendarService;
import io.tepai.core.testing.MutableClock;
import io.tepai.core.testing.TestStore;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FeeComplaintServiceImplTest {

    private static final int YEAR = 2024;

    private TestStore db;
    private FeeComplaintServiceImpl service;
    private long allocation;
    private long specialist;

    @BeforeEach
    void setUp() {
        db = TestStore.open();
        MutableClock clock = new MutableClock(Instant.parse("2024-11-01T08:00:00Z"));
        service = new FeeComplaintServiceImpl(db.store(), ProgrammeCalendarService.calendarYear(clock), clock);
        FundingFixture.allocations(db, YEAR, 1);
        allocation = db.count("SELECT MIN(id) FROM allocation");
        specialist = db.count("SELECT specialist_id FROM allocation WHERE id = " + allocation);
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    private static FeeComplaintDraft complaint(String county, Long specialistId, Long allocationId, String yuan) {
        return new FeeComplaintDraft(county, specialistId, allocationId, yuan == null ? null : new BigDecimal(yuan),
                "向三户农户各收取技术指导费 200 元");
    }

    @Test
    void R_FUND_4_aCountyFilesAComplaintAboutAnAllocationAuditedAndTheCityOfficeSeesIt() {
        FeeComplaint filed = service.file(WUZHI, complaint(null, null, allocation, "600"));

        assertEquals("wuzhi", filed.county());
        assertEquals(specialist, filed.specialistId());
        assertEquals("钱抽", filed.specialistName());
        assertEquals(new BigDecimal("600.00"), filed.charged());
        assertEquals(YEAR, filed.year());
        assertEquals(1, db.count("SELECT COUNT(*) FROM audit_record WHERE entity = 'FeeComplaint' AND action = "
                + "'create'"));
        assertEquals(List.of(filed.id()), service.complaints(CITY, null, null, PageRequest.first()).items().stream()
                .map(FeeComplaint::id).toList());
        assertEquals(1, service.complaints(AUDITOR, YEAR, "wuzhi", PageRequest.first()).total());
        assertEquals(1, service.complaints(WUZHI, null, null, PageRequest.first()).total());
        assertEquals(0, service.complaints(XIUWU, null, null, PageRequest.first()).total());
    }

    @Test
    void R_FUND_4_badComplaintsAreRefusedAndNothingIsFiled() {
        assertEquals("specialistId", assertThrows(ValidationException.class,
                () -> service.file(WUZHI, complaint(null, null, null, "600"))).errors().get(0).field());
        assertEquals("charged", assertThrows(ValidationException.class,
                () -> service.file(WUZHI, complaint(null, specialist, null, "0.001"))).errors().get(0).field());
        assertEquals("charged", assertThrows(ValidationException.class,
                () -> service.file(WUZHI, complaint(null, specialist, null, "-5"))).errors().get(0).field());
        assertEquals("allocationId", assertThrows(ValidationException.class,
                () -> service.file(WUZHI, complaint(null, specialist + 1000, allocation, "5"))).errors().get(0)
                .field());
        assertEquals("specialistId", assertThrows(ValidationException.class,
                () -> service.file(WUZHI, complaint(null, 99999L, null, "5"))).errors().get(0).field());
        assertEquals("county", assertThrows(ValidationException.class,
                () -> service.file(CITY, complaint(null, specialist, null, "5"))).errors().get(0).field());
        assertThrows(ForbiddenException.class, () -> service.file(XIUWU, complaint("wuzhi", specialist, null, "5")));
        assertThrows(ForbiddenException.class, () -> service.file(HPU, complaint("wuzhi", specialist, null, "5")));
        assertEquals(0, db.count("SELECT COUNT(*) FROM fee_complaint"));
    }

    @Test
    void R_FUND_4_readingIsScoped() {
        service.file(CITY, complaint("wuzhi", specialist, null, "100"));
        assertThrows(ForbiddenException.class, () -> service.complaints(XIUWU, null, "wuzhi", PageRequest.first()));
        assertThrows(ForbiddenException.class, () -> service.complaints(HPU, null, null, PageRequest.first()));
        assertEquals(1, service.complaints(WUZHI, YEAR, "wuzhi", PageRequest.first()).total());
    }
}
