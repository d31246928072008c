package io.tepai.core.field;

import static io.tepai.core.testing.FieldActors.AUDITOR;
import static io.tepai.core.testing.FieldActors.HPU;
import static io.tepai.core.testing.FieldActors.JZU;
import static io.tepai.core.testing.Organisation.CITY;
import static io.tepai.core.testing.Organisation.WUZHI;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import io.tepai.api.field.Training;
import io.tepai.api.field.TrainingDraft;
import io.tepai.api.field.TrainingKind;
import io.tepai.core.testing.FieldActors;
import io.tepai.core.testing.MutableClock;
import io.tepai.store.Store;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrainingServiceImplTest extends RegisterTest<TrainingServiceImpl> {

    @Override
    TrainingServiceImpl service(Store store, Clock clock) {
        return new TrainingServiceImpl(store, clock);
    }

    private TrainingDraft training(String hours, LocalDate date) {
        return new TrainingDraft(li, TrainingKind.SKILLS_TRAINING, true, "怀山药绿色高效栽培技术", new BigDecimal(hours), date);
    }

    @Test
    void R_TRN_1_aSpecialistRecordsTrainingTheyGave() {
        Training created = service.createTraining(self, new TrainingDraft(li, TrainingKind.SKILLS_TRAINING, true,
                " 怀山药绿色高效栽培技术 ", new BigDecimal("3.50"), LocalDate.of(2024, 2, 27)));

        assertTrue(created.id() > 0);
        assertEquals(new Training(created.id(), li, TrainingKind.SKILLS_TRAINING, true, "怀山药绿色高效栽培技术",
                new BigDecimal("3.5"), LocalDate.of(2024, 2, 27), false, 1), created);
        assertEquals(List.of(created), service.trainings(li, null, PageRequest.first()).items());
        assertEquals(1, db.count("SELECT COUNT(*) FROM audit_record WHERE entity = 'Training' AND action = 'create'"
                + " AND actor = '" + self.username() + "' AND entity_id = '" + created.id() + "'"));
    }

    @Test
    void R_TRN_1_trainingAttendedIsRecordedToo() {
        Training attended = service.createTraining(self, new TrainingDraft(li, TrainingKind.ONLINE_COURSE, false,
                "农村电商直播带货网络课程", new BigDecimal("2"), TODAY));

        assertFalse(attended.gave());
        assertEquals(new BigDecimal("2.0"), attended.hours());
    }

    @Test
    void R_TRN_1_theSpecialistsUnitOrTheCityRecordsTheirTrainingToo() {
        assertEquals(li, service.createTraining(HPU, training("4", TODAY)).specialistId());
        assertEquals(li, service.createTraining(CITY, training("4", TODAY)).specialistId());
        assertEquals(2, rows("training"));
    }

    @Test
    void R_TRN_1_nobodyElseRecordsASpecialistsTraining() {
        long guo = specialists.active("郭明亮");

        for (Actor actor : List.of(FieldActors.specialist(guo), JZU, WUZHI, AUDITOR)) {
            ForbiddenException e = assertThrows(ForbiddenException.class,
                    () -> service.createTraining(actor, training("4", TODAY)), actor.username());
            assertEquals("unit:hpu", e.missingScope());
        }
        assertEquals(0, rows("training"));
        assertEquals(0, audits("Training", "create"));
    }

    @Test
    void R_TRN_1_hoursAreHalfHoursUpToADay() {
        for (String hours : List.of("0.5", "1", "7.5", "24", "24.0")) {
            assertEquals(new BigDecimal(hours).setScale(1), service.createTraining(self, training(hours, TODAY))
                    .hours(), hours);
        }
        for (String hours : List.of("0", "-1", "0.3", "1.25", "24.5", "25")) {
            ValidationException e = assertThrows(ValidationException.class,
                    () -> service.createTraining(self, training(hours, TODAY)), hours);
            assertEquals(List.of("hours"), fields(e), hours);
        }
        assertEquals(5, rows("training"));
    }

    @Test
    void R_TRN_1_trainingHeldTodayInJiaozuoIsAcceptedButNotTomorrow() {
        clock = new MutableClock(Instant.parse("2024-03-01T20:00:00Z")); // already 2 March in Jiaozuo
        service = service(db.store(), clock);

        assertEquals(LocalDate.of(2024, 3, 2), service.createTraining(self, training("2", LocalDate.of(2024, 3, 2)))
                .date());
        ValidationException e = assertThrows(ValidationException.class,
                () -> service.createTraining(self, training("2", LocalDate.of(2024, 3, 3))));
        assertEquals(List.of("date"), fields(e));
    }

    @Test
    void anInvalidTrainingIsRefusedWithEveryProblemBeforeTheStoreIsTouched() {
        Store store = mock(Store.class);
        TrainingServiceImpl isolated = new TrainingServiceImpl(store, clock);

        ValidationException e = assertThrows(ValidationException.class, () -> isolated.createTraining(CITY,
                new TrainingDraft(null, null, null, "题".repeat(257), null, null)));
        assertThrows(ValidationException.class, () -> isolated.createTraining(CITY, null));
        assertThrows(ValidationException.class, () -> isolated.trainings(null, 1999, PageRequest.first()));

        assertEquals(List.of("specialistId", "kind", "gave", "title", "hours", "date"), fields(e));
        verifyNoInteractions(store);
    }

    @Test
    void trainingOfAnUnknownSpecialistIsRefused() {
        ValidationException e = assertThrows(ValidationException.class, () -> service.createTraining(CITY,
                new TrainingDraft(4242L, TrainingKind.MENTORING, false, "传帮带", BigDecimal.ONE, TODAY)));

        assertEquals(List.of("specialistId"), fields(e));
        assertEquals(0, rows("training"));
    }

    @Test
    void R_TRN_1_trainingsAreListedByCalendarYearNewestFirst() {
        long guo = specialists.active("郭明亮");
        Training lastYear = service.createTraining(CITY, training("2", LocalDate.of(2023, 12, 31)));
        Training newYear = service.createTraining(CITY, training("2", LocalDate.of(2024, 1, 1)));
        Training leapDay = service.createTraining(CITY, training("2", LocalDate.of(2024, 2, 29)));
        Training others = service.createTraining(CITY, new TrainingDraft(guo, TrainingKind.SITE_VISIT, false,
                "寿光蔬菜基地考察", new BigDecimal("8"), LocalDate.of(2024, 2, 1)));

        assertEquals(List.of(leapDay, newYear), service.trainings(li, 2024, PageRequest.first()).items());
        assertEquals(List.of(lastYear), service.trainings(li, 2023, PageRequest.first()).items());
        assertEquals(List.of(leapDay, others, newYear), service.trainings(null, 2024, PageRequest.first()).items());
        assertEquals(4, service.trainings(null, null, new PageRequest(1, 1)).total());
    }

    @Test
    void R_TRN_1_theSpecialistTheirUnitOrTheCityDeletesATraining() {
        Training bySelf = service.createTraining(self, training("2", TODAY));
        Training byUnit = service.createTraining(self, training("2", TODAY));
        Training byCity = service.createTraining(self, training("2", TODAY));

        service.deleteTraining(self, bySelf.id(), bySelf.version());
        service.deleteTraining(HPU, byUnit.id(), byUnit.version());
        service.deleteTraining(CITY, byCity.id(), byCity.version());

        assertEquals(0, rows("training"));
        assertEquals(3, audits("Training", "delete"));
    }

    @Test
    void deletingATrainingOutsideTheScopeOrOnAStaleVersionChangesNothing() {
        Training created = service.createTraining(self, training("2", TODAY));

        ForbiddenException e = assertThrows(ForbiddenException.class,
                () -> service.deleteTraining(JZU, created.id(), created.version()));
        assertThrows(ForbiddenException.class, () -> service.deleteTraining(WUZHI, created.id(), created.version()));
        assertThrows(ConflictException.class, () -> service.deleteTraining(self, created.id(), created.version() + 1));
        assertThrows(NotFoundException.class, () -> service.deleteTraining(CITY, 4242, 1));

        assertEquals("unit:hpu", e.missingScope());
        assertEquals(List.of(created), service.trainings(li, null, PageRequest.first()).items());
        assertEquals(0, audits("Training", "delete"));
    }

    @Test
    void aDemoTrainingIsMarkedAsSample() {
        assertTrue(service.createTraining(SAMPLE_DATA, training("2", TODAY)).sample());
    }
}
