package io.tepai.core.funding;

import static io.tepai.core.testing.FieldActors.AUDITOR;
import static io.tepai.core.testing.FieldActors.HPU;
import static io.tepai.core.testing.FieldActors.JZU;
import static io.tepai.core.testing.Organisation.CITY;
import static io.tepai.core.testing.Organisation.WUZHI;
import static io.tepai.core.testing.Organisation.XIUWU;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.tepai.api.ForbiddenException;
import io.tepai.api.PageRequest;
import io.tepai.api.ValidationException;
import io.tepai.api.funding.InsuranceDraft;
import io.tepai.api.funding.InsurancePolicy;
import io.tepai.api.funding.UninsuredSpecialist;
import io.tepai.api.specialist.SpecialistStatus;
import io.tepai.core.calendar.ProgrammeCalendarService;
import io.tepai.core.testing.Drafts;
import io.tepai.core.testing.FieldActors;
import io.tepai.core.testing.MutableClock;
import io.tepai.core.testing.Organisation;
import io.tepai.core.testing.Organisation.Specialists;
import io.tepai.core.testing.TestStore;
import io.tepai.store.entity.AssignmentEntity;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Three appointed specialists of unit hpu, two dispatched to 武陟县, one candidate; today is 1 March 2024. */
class InsuranceServiceImplTest {

    private static final Instant START = Instant.parse("2024-03-01T08:00:00Z");

    private TestStore db;
    private MutableClock clock;
    private InsuranceServiceImpl service;
    private long insured;
    private long wuzhiUninsured;
    private long elsewhere;

    @BeforeEach
    void setUp() {
        db = TestStore.open();
        clock = new MutableClock(START);
        Organisation.units(db.store());
        Specialists specialists = new Specialists(db.store(), Organisation.builtInTiers());
        insured = specialists.active("张保");
        wuzhiUninsured = specialists.active("李缺");
        elsewhere = specialists.active("王外");
        specialists.create(Drafts.specialist().name("赵候").status(SpecialistStatus.CANDIDATE));
        for (long id : List.of(insured, wuzhiUninsured)) {
            db.store().write(repos -> {
                AssignmentEntity assignment = new AssignmentEntity(START);
                assignment.setSpecialistId(id);
                assignment.setCountyCode("wuzhi");
                assignment.setYear(2024);
                assignment.setLevel("CITY");
                assignment.setExceptionReason("");
                return repos.assignments().add(assignment);
            });
        }
        service = new InsuranceServiceImpl(db.store(), ProgrammeCalendarService.calendarYear(clock), clock);
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    private static InsuranceDraft policy(long specialist, LocalDate from, LocalDate to) {
        return new InsuranceDraft(specialist, "中国人寿焦作分公司", "PA2024-" + specialist, from, to,
                new BigDecimal("180.00"), null);
    }

    @Test
    void R_FUND_5_theUnitRecordsTheInsuranceItBoughtForItsSpecialist() {
        InsurancePolicy recorded = service.record(HPU, policy(insured, LocalDate.of(2024, 1, 1),
                LocalDate.of(2024, 12, 31)));

        assertEquals("hpu", recorded.unit());
        assertEquals(new BigDecimal("180.00"), recorded.premium());
        assertThrows(ForbiddenException.class, () -> service.record(JZU, policy(insured, LocalDate.of(2024, 1, 1),
                LocalDate.of(2024, 12, 31))));
        assertThrows(ValidationException.class, () -> service.record(HPU, policy(insured, LocalDate.of(2024, 5, 1),
                LocalDate.of(2024, 4, 30))));
        assertEquals(1, db.count("SELECT COUNT(*) FROM audit_record WHERE entity = 'InsurancePolicy'"));
    }

    @Test
    void R_FUND_5_activeSpecialistsWithoutCoverTodayAreListedWithinScope() {
        service.record(HPU, policy(insured, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 3, 1)));
        // lapsed yesterday's cover does not count
        service.record(CITY, policy(elsewhere, LocalDate.of(2023, 1, 1), LocalDate.of(2024, 2, 29)));

        assertEquals(List.of(wuzhiUninsured, elsewhere), ids(service.uninsured(AUDITOR, null, PageRequest.first())
                .items()));
        assertEquals(List.of(wuzhiUninsured), ids(service.uninsured(WUZHI, null, PageRequest.first()).items()));
        assertEquals(List.of(), ids(service.uninsured(XIUWU, null, PageRequest.first()).items()));
        assertEquals(List.of(), ids(service.uninsured(JZU, null, PageRequest.first()).items()));
        assertThrows(ForbiddenException.class, () -> service.uninsured(WUZHI, "xiuwu", PageRequest.first()));
        assertThrows(ForbiddenException.class,
                () -> service.uninsured(FieldActors.specialist(insured), null, PageRequest.first()));

        clock.advance(Duration.ofDays(1));
        assertEquals(List.of(insured, wuzhiUninsured, elsewhere),
                ids(service.uninsured(CITY, null, PageRequest.first()).items()));
        assertEquals(2, service.policies(HPU, null, PageRequest.first()).total());
        assertEquals(1, service.policies(WUZHI, null, PageRequest.first()).total());
    }

    private static List<Long> ids(List<UninsuredSpecialist> specialists) {
        return specialists.stream().map(UninsuredSpecialist::id).toList();
    }
}
