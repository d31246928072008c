package io.tepai.core.dispatch;

import static io.tepai.core.testing.Organisation.CITY;
import static io.tepai.core.testing.Organisation.WUZHI;
import static io.tepai.core.testing.Organisation.XIUWU;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;

import io.tepai.api.Actor;
import io.tepai.api.ConflictException;
import io.tepai.api.Contact;
import io.tepai.api.FieldError;
import io.tepai.api.ForbiddenException;
import io.tepai.api.NotFoundException;
import io.tepai.api.ValidationException;
import io.tepai.api.dispatch.Workstation;
import io.tepai.api.dispatch.WorkstationDraft;
import io.tepai.core.testing.MutableClock;
import io.tepai.core.testing.TestStore;
import io.tepai.store.Store;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class WorkstationServiceImplTest {

    /** What the demo data set acts as: the services mark what it writes sample. */
    private static final Actor SAMPLE_DATA = Actor.sampleData("demo-data");

    private static final Instant START = Instant.parse("2024-03-01T08:00:00Z");
    private static final Contact STAFF = new Contact("马丽", "0391-7223456", "gzz@wuzhi.example.cn");

    private TestStore db;
    private MutableClock clock;
    private WorkstationServiceImpl service;

    @BeforeEach
    void setUp() {
        db = TestStore.open();
        clock = new MutableClock(START);
        service = new WorkstationServiceImpl(db.store(), clock);
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    private static WorkstationDraft draft(String name) {
        return new WorkstationDraft(name, "武陟县木城街道建设路88号", STAFF, LocalDate.of(2023, 5, 10));
    }

    private long rows() {
        return db.count("SELECT COUNT(*) FROM workstation");
    }

    @Test
    void R_SQUAD_2_aCountyOpensItsWorkstationWithoutAVersion() {
        Workstation created = service.save(WUZHI, "wuzhi", null, new WorkstationDraft(" 武陟县科技特派员工作站 ",
                " 武陟县木城街道建设路88号 ", STAFF, LocalDate.of(2023, 5, 10)));

        assertEquals(new Workstation("wuzhi", "武陟县科技特派员工作站", "武陟县木城街道建设路88号", STAFF,
                LocalDate.of(2023, 5, 10), false, 1), created);
        assertEquals(created, service.get("wuzhi"));
        assertEquals(1, db.count("SELECT COUNT(*) FROM audit_record WHERE entity = 'Workstation'"
                + " AND entity_id = 'wuzhi' AND action = 'create' AND actor = 'wuzhi-kjj'"));
    }

    @Test
    void R_SQUAD_2_theStaffContactIsOptional() {
        Workstation created = service.save(WUZHI, "wuzhi", null,
                new WorkstationDraft("武陟县科技特派员工作站", "建设路88号", null, LocalDate.of(2023, 5, 10)));

        assertEquals(Contact.NONE, created.staff());
    }

    @Test
    void R_SQUAD_2_theWorkstationIsChangedWithTheVersionRead() {
        Workstation created = service.save(WUZHI, "wuzhi", null, draft("武陟县科技特派员工作站"));

        Workstation updated = service.save(WUZHI, "wuzhi", created.version(), new WorkstationDraft(
                "武陟县科技特派员服务中心", "武陟县龙源街道", Contact.NONE, LocalDate.of(2024, 1, 2)));

        assertEquals(created.version() + 1, updated.version());
        assertEquals("武陟县科技特派员服务中心", updated.name());
        assertEquals("武陟县龙源街道", updated.address());
        assertEquals(Contact.NONE, updated.staff());
        assertEquals(LocalDate.of(2024, 1, 2), updated.openedOn());
        assertEquals(updated, service.get("wuzhi"));
        assertEquals(1, rows());
        assertEquals(1, db.count("SELECT COUNT(*) FROM audit_record WHERE entity = 'Workstation'"
                + " AND action = 'update'"));
    }

    @Test
    void R_SQUAD_2_creatingASecondWorkstationIsAConflict() {
        Workstation created = service.save(WUZHI, "wuzhi", null, draft("武陟县科技特派员工作站"));

        ConflictException e = assertThrows(ConflictException.class,
                () -> service.save(WUZHI, "wuzhi", null, draft("另一个工作站")));

        assertTrue(e.getMessage().contains("already has a workstation"), e.getMessage());
        assertEquals(created, service.get("wuzhi"));
        assertEquals(1, rows());
    }

    @Test
    void R_SQUAD_2_aStaleVersionIsAConflict() {
        Workstation created = service.save(WUZHI, "wuzhi", null, draft("武陟县科技特派员工作站"));
        Workstation current = service.save(WUZHI, "wuzhi", created.version(), draft("武陟县工作站"));

        assertThrows(ConflictException.class,
                () -> service.save(WUZHI, "wuzhi", created.version(), draft("过时的修改")));

        assertEquals(current, service.get("wuzhi"));
    }

    @Test
    void R_SQUAD_2_aVersionForAWorkstationThatDoesNotExistIsNotFound() {
        assertThrows(NotFoundException.class, () -> service.save(WUZHI, "wuzhi", 1L, draft("武陟县科技特派员工作站")));

        assertEquals(0, rows());
    }

    @Test
    void R_SQUAD_2_anotherCountyCannotRunTheWorkstationButTheCityCan() {
        ForbiddenException e = assertThrows(ForbiddenException.class,
                () -> service.save(XIUWU, "wuzhi", null, draft("武陟县科技特派员工作站")));
        assertEquals("county:wuzhi", e.missingScope());
        assertEquals(0, rows());

        Workstation byCity = service.save(CITY, "wuzhi", null, draft("武陟县科技特派员工作站"));
        assertThrows(ForbiddenException.class,
                () -> service.save(XIUWU, "wuzhi", byCity.version(), draft("修武改的")));
        assertEquals(byCity, service.get("wuzhi"));
    }

    @Test
    void R_SQUAD_2_anInvalidWorkstationIsRefusedWithEveryProblemBeforeTheStoreIsTouched() {
        Store store = mock(Store.class);
        WorkstationServiceImpl isolated = new WorkstationServiceImpl(store, clock);
        WorkstationDraft bad = new WorkstationDraft(" ", null, new Contact("", "", "x".repeat(129)), null);

        ValidationException e = assertThrows(ValidationException.class,
                () -> isolated.save(WUZHI, "wuzhi", null, bad));
        assertThrows(ValidationException.class, () -> isolated.save(WUZHI, "wuzhi", null, null));

        assertEquals(List.of("name", "address", "openedOn", "staff.email"),
                e.errors().stream().map(FieldError::field).toList());
        verifyNoInteractions(store);
    }

    @Test
    void anUnknownCountyIsNotFound() {
        assertThrows(NotFoundException.class, () -> service.save(CITY, "beijing", null, draft("北京工作站")));
        assertThrows(NotFoundException.class, () -> service.get("beijing"));
        assertThrows(NotFoundException.class, () -> service.get("wuzhi"), "no workstation yet");
        assertEquals(0, rows());
    }

    @Test
    void theListIsInTheCountiesOfficialOrder() {
        service.save(WUZHI, "wuzhi", null, draft("武陟县工作站"));
        service.save(XIUWU, "xiuwu", null, draft("修武县工作站"));
        service.save(CITY, "jiefang", null, draft("解放区工作站"));

        assertEquals(List.of("jiefang", "xiuwu", "wuzhi"), service.list().stream().map(Workstation::county).toList());
        assertFalse(service.list().get(0).sample());
    }

    @Test
    void aDemoWorkstationIsMarkedAsSample() {
        assertTrue(service.save(SAMPLE_DATA, "wuzhi", null, draft("武陟县工作站")).sample());
    }
}
