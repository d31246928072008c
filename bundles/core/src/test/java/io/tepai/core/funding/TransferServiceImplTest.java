package io.tepai.core.funding;

import static io.tepai.core.testing.FieldActors.HPU;
import static io.tepai.core.testing.FieldActors.JZU;
import static io.tepai.core.testing.Organisation.CITY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.tepai.api.ForbiddenException;
import io.tepai.api.PageRequest;
import io.tepai.api.RuleViolationException;
import io.tepai.api.ValidationException;
import io.tepai.api.funding.TechnologyTransfer;
import io.tepai.api.funding.TechnologyTransfer.TransferKind;
import io.tepai.api.funding.TransferDraft;
import io.tepai.core.calendar.ProgrammeCalendarService;
import io.tepai.core.testing.MutableClock;
import io.tepai.core.testing.Organisation;
import io.tepai.core.testing.Organisation.Specialists;
import io.tepai.core.testing.TestStore;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TransferServiceImplTest {

    private TestStore db;
    private TransferServiceImpl service;
    private long specialist;

    @BeforeEach
    void setUp() {
        db = TestStore.open();
        MutableClock clock = new MutableClock(Instant.parse("2024-06-01T08:00:00Z"));
        Organisation.units(db.store());
        specialist = new Specialists(db.store(), Organisation.builtInTiers()).active("孙转化");
        service = new TransferServiceImpl(db.store(), ProgrammeCalendarService.calendarYear(clock), clock);
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    private TransferDraft transfer(String income, String share) {
        return new TransferDraft(specialist, TransferKind.LICENCE, "怀山药组培快繁技术许可", LocalDate.of(2024, 5, 20),
                new BigDecimal(income), new BigDecimal(share));
    }

    @Test
    void R_INC_3_theTeamReceivesAtLeastSeventyPercentOfTheNetIncome() {
        RuleViolationException refused = assertThrows(RuleViolationException.class,
                () -> service.record(HPU, transfer("100000", "69999.99")));
        assertEquals("R-INC-3", refused.ruleId());

        TechnologyTransfer recorded = service.record(HPU, transfer("100000", "70000"));

        assertEquals(new BigDecimal("70.00"), recorded.teamSharePercent());
        assertEquals(1, service.transfers(CITY, null, PageRequest.first()).total());
        assertThrows(ForbiddenException.class, () -> service.record(JZU, transfer("100000", "90000")));
        assertThrows(ValidationException.class, () -> service.record(HPU, transfer("100000", "100000.01")));
        assertEquals(1, db.count("SELECT COUNT(*) FROM technology_transfer"));
    }

    @Test
    void R_INC_3_theShareMayBeConfiguredUpwardOnly() {
        service.configure(Map.of(TransferServiceImpl.MIN_SHARE_KEY, "80"));
        assertThrows(RuleViolationException.class, () -> service.record(HPU, transfer("1000", "790")));
        service.record(HPU, transfer("1000", "800"));

        service.configure(Map.of(TransferServiceImpl.MIN_SHARE_KEY, "50"));
        assertEquals(new BigDecimal("70"), TransferServiceImpl.minPercent(Map.of(TransferServiceImpl.MIN_SHARE_KEY,
                "50")));
        assertThrows(RuleViolationException.class, () -> service.record(HPU, transfer("1000", "600")));
    }
}
