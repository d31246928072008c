package io.tepai.core.funding;

import static io.tepai.core.testing.FieldActors.AUDITOR;
import static io.tepai.core.testing.FieldActors.HPU;
import static io.tepai.core.testing.Organisation.CITY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tepai.api.ConflictException;
import io.tepai.api.ForbiddenException;
import io.tepai.api.ValidationException;
import io.tepai.api.funding.FindingDraft;
import io.tepai.api.funding.FindingKind;
import io.tepai.api.funding.Inspection;
import io.tepai.api.funding.InspectionDraft;
import io.tepai.core.testing.MutableClock;
import io.tepai.core.testing.TestStore;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class InspectionServiceImplTest {

    private TestStore db;
    private InspectionServiceImpl service;

    @BeforeEach
    void setUp() {
        db = TestStore.open();
        service = new InspectionServiceImpl(db.store(), new MutableClock(Instant.parse("2024-11-01T08:00:00Z")));
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    @Test
    void R_FUND_4_theDrawIsTheDocumentedShuffleOfTheSeed() {
        long seed = 20241101L;
        List<Long> drawn = InspectionServiceImpl.positions(seed, 40, 6);

        // re-run independently, as the API documentation describes it, on an explicit array
        long[] positions = new long[40];
        for (int i = 0; i < 40; i++) {
            positions[i] = i;
        }
        Random random = new Random(seed);
        for (int i = 0; i < 6; i++) {
            int j = i + random.nextInt(40 - i);
            long taken = positions[j];
            positions[j] = positions[i];
            positions[i] = taken;
            assertEquals(taken, drawn.get(i), "draw " + i);
        }
        assertEquals(6, new HashSet<>(drawn).size());
        assertEquals(3, InspectionServiceImpl.positions(seed, 3, 10).size());
        assertTrue(!drawn.equals(InspectionServiceImpl.positions(seed + 1, 40, 6)));
    }

    @Test
    void R_FUND_4_theCityOfficeDrawsReproduciblyAndRecordsFindings() {
        assertThrows(ConflictException.class, () -> service.draw(CITY, new InspectionDraft(2024, 3, 7L)));
        FundingFixture.allocations(db, 2024, 10);

        assertThrows(ForbiddenException.class, () -> service.draw(HPU, new InspectionDraft(2024, 3, 7L)));
        Inspection first = service.draw(CITY, new InspectionDraft(2024, 3, 7L));
        Inspection again = service.draw(CITY, new InspectionDraft(2024, 3, 7L));

        assertEquals(10, first.population());
        assertEquals(first.items().stream().map(Inspection.Item::allocationId).toList(),
                again.items().stream().map(Inspection.Item::allocationId).toList());
        long drawn = first.items().get(0).allocationId();
        assertThrows(ValidationException.class, () -> service.recordFinding(CITY, first.id(),
                new FindingDraft(drawn, FindingKind.FEES_CHARGED, "", null)));
        Inspection found = service.recordFinding(CITY, first.id(), new FindingDraft(drawn, FindingKind.FEES_CHARGED,
                "向合作社收取咨询费 800 元", "责令退还，通报派出单位"));

        assertEquals(FindingKind.FEES_CHARGED, found.items().get(0).finding());
        assertNull(found.items().get(1).finding());
        assertEquals(found, service.get(AUDITOR, first.id()));
        assertThrows(ForbiddenException.class, () -> service.get(HPU, first.id()));
        assertEquals(1, db.count("SELECT COUNT(*) FROM audit_record WHERE entity = 'Inspection' AND action = 'finding'"));
    }
}
