package io.tepai.core.field;

import static io.tepai.core.testing.FieldActors.AUDITOR;
import static io.tepai.core.testing.FieldActors.HPU;
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
import io.tepai.api.PageRequest;
import io.tepai.api.ValidationException;
import io.tepai.api.field.Recipient;
import io.tepai.api.field.RecipientDraft;
import io.tepai.api.field.RecipientKind;
import io.tepai.api.field.RequestDraft;
import io.tepai.core.testing.FieldActors;
import io.tepai.core.testing.MutableClock;
import io.tepai.core.testing.Organisation;
import io.tepai.core.testing.Organisation.Specialists;
import io.tepai.core.testing.TestStore;
import io.tepai.store.Store;
import io.tepai.store.entity.ServiceLogEntity;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RecipientServiceImplTest {

    /** What the demo data set acts as: the services mark what it writes sample. */
    private static final Actor SAMPLE_DATA = Actor.sampleData("demo-data");

    private static final Instant START = Instant.parse("2024-03-01T08:00:00Z");
    private static final Contact CONTACT = new Contact("张卫东", "13903910001", "zhangwd@example.cn");

    private TestStore db;
    private MutableClock clock;
    private Specialists specialists;
    private RecipientServiceImpl service;

    @BeforeEach
    void setUp() {
        db = TestStore.open();
        clock = new MutableClock(START);
        Organisation.units(db.store());
        specialists = new Specialists(db.store(), Organisation.builtInTiers());
        service = new RecipientServiceImpl(db.store(), clock);
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    private static RecipientDraft draft(String name, String county, Long... specialistIds) {
        return new RecipientDraft(name, RecipientKind.COOPERATIVE, county, CONTACT, Arrays.asList(specialistIds));
    }

    private long rows() {
        return db.count("SELECT COUNT(*) FROM recipient");
    }

    private long audits(String action) {
        return db.count("SELECT COUNT(*) FROM audit_record WHERE entity = 'Recipient' AND action = '" + action + "'");
    }

    // --- create

    @Test
    void R_SVC_3_aCountyRegistersARecipientWithTheContactPersonWhoTracksTheSpecialists() {
        long li = specialists.active("李振华");
        long guo = specialists.active("郭明亮");

        Recipient created = service.create(WUZHI, new RecipientDraft(" 武陟县大封镇怀药专业合作社 ",
                RecipientKind.COOPERATIVE, " wuzhi ", new Contact(" 张卫东 ", "13903910001", ""), List.of(guo, li)));

        assertTrue(created.id() > 0);
        assertEquals(new Recipient(created.id(), "武陟县大封镇怀药专业合作社", RecipientKind.COOPERATIVE, "wuzhi",
                new Contact("张卫东", "13903910001", ""), List.of(li, guo), false, 1), created);
        assertEquals(created, service.get(created.id()));
        assertEquals(1, db.count("SELECT COUNT(*) FROM audit_record WHERE entity = 'Recipient' AND action = 'create'"
                + " AND actor = 'wuzhi-kjj' AND entity_id = '" + created.id() + "'"));
    }

    @Test
    void theContactAndTheSpecialistsAreOptional() {
        Recipient created = service.create(WUZHI, new RecipientDraft("北郭乡东小虹村", RecipientKind.VILLAGE, "wuzhi",
                null, null));

        assertEquals(Contact.NONE, created.contact());
        assertEquals(List.of(), created.specialistIds());
    }

    @Test
    void aSpecialistNamedTwiceServesTheRecipientOnce() {
        long li = specialists.active("李振华");

        assertEquals(List.of(li), service.create(WUZHI, draft("合作社", "wuzhi", li, li)).specialistIds());
    }

    @Test
    void R_SVC_3_aCountyRegistersRecipientsInItsOwnCountyOnly() {
        ForbiddenException e = assertThrows(ForbiddenException.class,
                () -> service.create(XIUWU, draft("合作社", "wuzhi")));

        assertEquals("county:wuzhi", e.missingScope());
        assertEquals(0, rows());
        assertEquals("wuzhi", service.create(CITY, draft("合作社", "wuzhi")).county());
    }

    @Test
    void unitsSpecialistsAndTheAuditorDoNotKeepRecipients() {
        long li = specialists.active("李振华");

        for (Actor actor : List.of(HPU, FieldActors.specialist(li), AUDITOR)) {
            ForbiddenException e = assertThrows(ForbiddenException.class,
                    () -> service.create(actor, draft("合作社", "wuzhi", li)), actor.username());
            assertEquals("county:wuzhi", e.missingScope());
        }
        assertEquals(0, rows());
    }

    @Test
    void anInvalidRecipientIsRefusedWithEveryProblemBeforeTheStoreIsTouched() {
        Store store = mock(Store.class);
        RecipientServiceImpl isolated = new RecipientServiceImpl(store, clock);
        RecipientDraft bad = new RecipientDraft("名".repeat(129), null, " ",
                new Contact("张".repeat(65), "1".repeat(33), "a".repeat(129)), Arrays.asList(1L, null));

        ValidationException e = assertThrows(ValidationException.class, () -> isolated.create(CITY, bad));
        assertThrows(ValidationException.class, () -> isolated.create(CITY, null));
        assertThrows(ValidationException.class, () -> isolated.update(CITY, 1, 1, bad));

        assertEquals(List.of("name", "kind", "county", "contact.name", "contact.phone", "contact.email",
                "specialistIds[1]"), e.errors().stream().map(FieldError::field).toList());
        verifyNoInteractions(store);
    }

    @Test
    void unknownCountyAndUnknownSpecialistsAreNamedTogether() {
        long li = specialists.active("李振华");

        ValidationException e = assertThrows(ValidationException.class,
                () -> service.create(CITY, draft("合作社", "beijing", li, 4242L, 4343L)));

        assertEquals(List.of("county", "specialistIds[1]", "specialistIds[2]"),
                e.errors().stream().map(FieldError::field).toList());
        assertTrue(e.errors().get(1).message().contains("4242"), e.errors().get(1).message());
        assertEquals(0, rows());
    }

    @Test
    void getOfAnUnknownRecipientIsNotFound() {
        assertThrows(NotFoundException.class, () -> service.get(4242));
    }

    @Test
    void aDemoRecipientIsMarkedAsSample() {
        assertTrue(service.create(SAMPLE_DATA, draft("合作社", "wuzhi")).sample());
        assertFalse(service.create(CITY, draft("合作社", "wuzhi")).sample());
    }

    // --- update

    @Test
    void updateChangesTheFieldsAndTheVersion() {
        long li = specialists.active("李振华");
        long guo = specialists.active("郭明亮");
        Recipient created = service.create(WUZHI, draft("合作社", "wuzhi", li));
        clock.advance(Duration.ofMinutes(5));

        Recipient updated = service.update(WUZHI, created.id(), created.version(), new RecipientDraft("怀药龙头企业",
                RecipientKind.ENTERPRISE, "wuzhi", Contact.NONE, List.of(guo)));

        assertEquals(new Recipient(created.id(), "怀药龙头企业", RecipientKind.ENTERPRISE, "wuzhi", Contact.NONE,
                List.of(guo), false, created.version() + 1), updated);
        assertEquals(updated, service.get(created.id()));
        assertEquals(1, audits("update"));
    }

    @Test
    void changingOnlyTheServingSpecialistsIncreasesTheVersionEvenWithinTheSameInstant() {
        long li = specialists.active("李振华");
        long guo = specialists.active("郭明亮");
        Recipient created = service.create(WUZHI, draft("合作社", "wuzhi", li));

        Recipient updated = service.update(WUZHI, created.id(), created.version(), draft("合作社", "wuzhi", li, guo));

        assertEquals(List.of(li, guo), updated.specialistIds());
        assertEquals(created.version() + 1, updated.version());
        assertEquals(updated, service.get(created.id()));
    }

    @Test
    void updateWithAStaleVersionIsAConflictAndChangesNothing() {
        Recipient created = service.create(WUZHI, draft("合作社", "wuzhi"));
        clock.advance(Duration.ofMinutes(5));
        Recipient current = service.update(WUZHI, created.id(), created.version(), draft("新名字", "wuzhi"));

        assertThrows(ConflictException.class,
                () -> service.update(WUZHI, created.id(), created.version(), draft("过时的修改", "wuzhi")));

        assertEquals(current, service.get(created.id()));
        assertEquals(1, audits("update"));
    }

    @Test
    void R_SVC_3_aCountyNeitherChangesAnotherCountysRecipientNorTakesItOver() {
        Recipient wuzhi = service.create(WUZHI, draft("合作社", "wuzhi"));

        ForbiddenException change = assertThrows(ForbiddenException.class,
                () -> service.update(XIUWU, wuzhi.id(), wuzhi.version(), draft("改名", "wuzhi")));
        ForbiddenException takeOver = assertThrows(ForbiddenException.class,
                () -> service.update(XIUWU, wuzhi.id(), wuzhi.version(), draft("改名", "xiuwu")));
        ForbiddenException handAway = assertThrows(ForbiddenException.class,
                () -> service.update(WUZHI, wuzhi.id(), wuzhi.version(), draft("改名", "xiuwu")));

        assertEquals("county:wuzhi", change.missingScope());
        assertEquals("county:wuzhi", takeOver.missingScope());
        assertEquals("county:xiuwu", handAway.missingScope());
        assertEquals(wuzhi, service.get(wuzhi.id()));
        assertEquals(0, audits("update"));
    }

    @Test
    void theCityMovesARecipientToAnotherCounty() {
        Recipient wuzhi = service.create(WUZHI, draft("合作社", "wuzhi"));

        Recipient moved = service.update(CITY, wuzhi.id(), wuzhi.version(), draft("合作社", "xiuwu"));

        assertEquals("xiuwu", moved.county());
        assertEquals(List.of(moved.id()), service.search("xiuwu", null, null, null, PageRequest.first()).items()
                .stream().map(Recipient::id).toList());
    }

    @Test
    void updateOfAnUnknownRecipientIsNotFound() {
        assertThrows(NotFoundException.class, () -> service.update(CITY, 4242, 1, draft("合作社", "wuzhi")));
    }

    // --- delete

    @Test
    void deleteRemovesTheRecipientAndKeepsItInTheAuditTrail() {
        long li = specialists.active("李振华");
        Recipient created = service.create(WUZHI, draft("合作社", "wuzhi", li));

        service.delete(WUZHI, created.id(), created.version());

        assertEquals(0, rows());
        assertEquals(0, db.count("SELECT COUNT(*) FROM recipient_specialist"));
        assertThrows(NotFoundException.class, () -> service.get(created.id()));
        assertEquals(1, db.count("SELECT COUNT(*) FROM audit_record WHERE entity = 'Recipient' AND action = 'delete'"
                + " AND entity_id = '" + created.id() + "' AND changes LIKE '%合作社%'"));
    }

    @Test
    void deleteWithAStaleVersionOrByAnotherCountyChangesNothing() {
        Recipient created = service.create(WUZHI, draft("合作社", "wuzhi"));

        assertThrows(ConflictException.class, () -> service.delete(WUZHI, created.id(), created.version() + 1));
        ForbiddenException e = assertThrows(ForbiddenException.class,
                () -> service.delete(XIUWU, created.id(), created.version()));

        assertEquals("county:wuzhi", e.missingScope());
        assertEquals(created, service.get(created.id()));
        assertEquals(0, audits("delete"));
    }

    @Test
    void R_SVC_1_aRecipientNamedByServiceLogsCannotBeDeleted() {
        long li = specialists.active("李振华");
        Recipient created = service.create(WUZHI, draft("合作社", "wuzhi", li));
        db.store().write(repos -> {
            ServiceLogEntity log = new ServiceLogEntity(li, START);
            log.setContent("wuzhi", Set.of(created.id()), LocalDate.of(2024, 2, 20), LocalDate.of(2024, 2, 20),
                    BigDecimal.ONE, "TECHNICAL_GUIDANCE", "怀山药病虫害防治指导", Map.of());
            log.setStatus("CONFIRMED");
            return repos.logs().add(log);
        });

        ConflictException e = assertThrows(ConflictException.class,
                () -> service.delete(WUZHI, created.id(), created.version()));

        assertTrue(e.getMessage().contains("1 service logs"), e.getMessage());
        assertEquals(created, service.get(created.id()));
        assertEquals(0, audits("delete"));
    }

    @Test
    void R_ESC_1_aRecipientNamedByACoordinationRequestCannotBeDeleted() {
        long li = specialists.active("李振华");
        Recipient created = service.create(WUZHI, draft("合作社", "wuzhi", li));
        new RequestServiceImpl(db.store(), clock).raise(FieldActors.specialist(li),
                new RequestDraft(li, "wuzhi", created.id(), null, "怀山药连作障碍", null));

        assertThrows(ConflictException.class, () -> service.delete(WUZHI, created.id(), created.version()));

        assertEquals(created, service.get(created.id()));
        assertEquals(0, audits("delete"));
    }

    // --- search

    @Test
    void searchFiltersByCountyKindSpecialistAndText() {
        long li = specialists.active("李振华");
        long guo = specialists.active("郭明亮");
        Recipient coop = service.create(WUZHI, draft("大封镇怀药专业合作社", "wuzhi", li));
        Recipient village = service.create(WUZHI, new RecipientDraft("东小虹村", RecipientKind.VILLAGE, "wuzhi",
                CONTACT, List.of(guo)));
        Recipient xiuwu = service.create(XIUWU, draft("修武县山药合作社", "xiuwu", li, guo));

        assertEquals(List.of(coop.id(), village.id()), ids(service.search("wuzhi", null, null, null,
                PageRequest.first()).items()));
        assertEquals(List.of(village.id()), ids(service.search(null, RecipientKind.VILLAGE, null, null,
                PageRequest.first()).items()));
        assertEquals(List.of(village.id(), xiuwu.id()), ids(service.search(null, null, guo, null,
                PageRequest.first()).items()));
        assertEquals(List.of(xiuwu.id()), ids(service.search(null, null, null, "山药合作", PageRequest.first())
                .items()));
        assertEquals(3, service.search(null, null, null, null, new PageRequest(1, 2)).total());
    }

    private static List<Long> ids(List<Recipient> recipients) {
        return recipients.stream().map(Recipient::id).toList();
    }
}
