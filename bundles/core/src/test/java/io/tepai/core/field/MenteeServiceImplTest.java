package io.tepai.core.field;

import static io.tepai.core.testing.FieldActors.AUDITOR;
import static io.tepai.core.testing.FieldActors.HPU;
import static io.tepai.core.testing.Organisation.CITY;
import static io.tepai.core.testing.Organisation.WUZHI;
import static io.tepai.core.testing.Organisation.XIUWU;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;

import io.tepai.api.Actor;
import io.tepai.api.ConflictException;
import io.tepai.api.ForbiddenException;
import io.tepai.api.NotFoundException;
import io.tepai.api.PageRequest;
import io.tepai.api.ValidationException;
import io.tepai.api.field.Mentee;
import io.tepai.api.field.MenteeDraft;
import io.tepai.api.field.MenteeKind;
import io.tepai.core.testing.FieldActors;
import io.tepai.store.Store;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class MenteeServiceImplTest extends RegisterTest<MenteeServiceImpl> {

    @Override
    MenteeServiceImpl service(Store store, Clock clock) {
        return new MenteeServiceImpl(store, clock);
    }

    private MenteeDraft mentee(String name, String county, long specialistId) {
        return new MenteeDraft(name, MenteeKind.YOUNG_FARM_OWNER, county, specialistId, LocalDate.of(2023, 6, 1),
                "返乡创业，种植怀山药200亩");
    }

    @Test
    void R_SVC_1_aSpecialistRecordsTheLocalLeadersTheyMentor() {
        Mentee created = service.createMentee(self, new MenteeDraft(" 王小军 ", MenteeKind.LOCAL_LEADER, " wuzhi ", li,
                LocalDate.of(2023, 6, 1), null));

        assertTrue(created.id() > 0);
        assertEquals(new Mentee(created.id(), "王小军", MenteeKind.LOCAL_LEADER, "wuzhi", li, LocalDate.of(2023, 6, 1),
                "", false, 1), created);
        assertEquals(List.of(created), service.mentees(null, li, PageRequest.first()).items());
        assertEquals(1, audits("Mentee", "create"));
    }

    @Test
    void R_SVC_1_theMenteesCountyOrTheCityRecordsMenteesToo() {
        assertEquals("wuzhi", service.createMentee(WUZHI, mentee("王小军", "wuzhi", li)).county());
        assertEquals("wuzhi", service.createMentee(CITY, mentee("李小红", "wuzhi", li)).county());
        assertEquals(2, rows("mentee"));
    }

    @Test
    void R_SVC_1_nobodyElseRecordsMentees() {
        long guo = specialists.active("郭明亮");

        for (Actor actor : List.of(XIUWU, FieldActors.specialist(guo), HPU, AUDITOR)) {
            ForbiddenException e = assertThrows(ForbiddenException.class,
                    () -> service.createMentee(actor, mentee("王小军", "wuzhi", li)), actor.username());
            assertEquals("county:wuzhi", e.missingScope());
        }
        assertEquals(0, rows("mentee"));
    }

    @Test
    void anInvalidMenteeIsRefusedWithEveryProblemBeforeTheStoreIsTouched() {
        Store store = mock(Store.class);
        MenteeServiceImpl isolated = new MenteeServiceImpl(store, clock);

        ValidationException e = assertThrows(ValidationException.class, () -> isolated.createMentee(CITY,
                new MenteeDraft("名".repeat(65), null, null, null, TODAY.plusDays(1), "注".repeat(1001))));
        assertThrows(ValidationException.class, () -> isolated.createMentee(CITY, null));

        assertEquals(List.of("name", "kind", "county", "specialistId", "since", "note"), fields(e));
        verifyNoInteractions(store);
    }

    @Test
    void aMenteeNeedsAKnownCountyAndSpecialist() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> service.createMentee(CITY, mentee("王小军", "beijing", 4242)));

        assertEquals(List.of("county", "specialistId"), fields(e));
        assertEquals(0, rows("mentee"));
    }

    @Test
    void R_SVC_1_aMenteeIsDeletedByTheSpecialistTheCountyOrTheCity() {
        Mentee bySelf = service.createMentee(self, mentee("甲", "wuzhi", li));
        Mentee byCounty = service.createMentee(self, mentee("乙", "wuzhi", li));
        Mentee byCity = service.createMentee(self, mentee("丙", "wuzhi", li));

        service.deleteMentee(self, bySelf.id(), bySelf.version());
        service.deleteMentee(WUZHI, byCounty.id(), byCounty.version());
        service.deleteMentee(CITY, byCity.id(), byCity.version());

        assertEquals(0, rows("mentee"));
        assertEquals(3, audits("Mentee", "delete"));
    }

    @Test
    void deletingAMenteeOutsideTheScopeOrOnAStaleVersionChangesNothing() {
        Mentee created = service.createMentee(self, mentee("王小军", "wuzhi", li));

        ForbiddenException e = assertThrows(ForbiddenException.class,
                () -> service.deleteMentee(XIUWU, created.id(), created.version()));
        assertThrows(ForbiddenException.class, () -> service.deleteMentee(HPU, created.id(), created.version()));
        assertThrows(ConflictException.class, () -> service.deleteMentee(self, created.id(), created.version() + 1));
        assertThrows(NotFoundException.class, () -> service.deleteMentee(CITY, 4242, 1));

        assertEquals("county:wuzhi", e.missingScope());
        assertEquals(List.of(created), service.mentees("wuzhi", null, PageRequest.first()).items());
        assertEquals(0, audits("Mentee", "delete"));
    }

    @Test
    void menteesAreListedByCountyAndSpecialist() {
        long guo = specialists.active("郭明亮");
        Mentee a = service.createMentee(CITY, mentee("甲", "wuzhi", li));
        Mentee b = service.createMentee(CITY, mentee("乙", "xiuwu", guo));
        Mentee c = service.createMentee(SAMPLE_DATA, mentee("丙", "wuzhi", guo));

        assertEquals(List.of(a, c), service.mentees("wuzhi", null, PageRequest.first()).items());
        assertEquals(List.of(c, b), service.mentees(null, guo, PageRequest.first()).items());
        assertTrue(c.sample());
    }
}
