package io.tepai.core.field;

import io.tepai.api.Actor;
import io.tepai.api.FieldError;
import io.tepai.api.ValidationException;
import io.tepai.core.testing.FieldActors;
import io.tepai.core.testing.MutableClock;
import io.tepai.core.testing.Organisation;
import io.tepai.core.testing.Organisation.Specialists;
import io.tepai.core.testing.TestStore;
import io.tepai.store.Store;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * What the tests of the three registers of a specialist's record (training, bases, mentees) start from: the units,
 * the built-in tiers and 李振华 of unit hpu, signed in as himself, on 1 March 2024 in Jiaozuo.
 *
 * @param <S> the register's service
 */
abstract class RegisterTest<S> {

    /** What the demo data set acts as: the services mark what it writes sample. */
    static final Actor SAMPLE_DATA = Actor.sampleData("demo-data");

    /** 16:00 on 2024-03-01 in Jiaozuo. */
    static final Instant START = Instant.parse("2024-03-01T08:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2024, 3, 1);

    TestStore db;
    MutableClock clock;
    Specialists specialists;
    S service;
    /** 李振华 of unit hpu, with his own account. */
    long li;
    Actor self;

    /** The service under test on this store and clock. */
    abstract S service(Store store, Clock clock);

    @BeforeEach
    void setUp() {
        db = TestStore.open();
        clock = new MutableClock(START);
        Organisation.units(db.store());
        specialists = new Specialists(db.store(), Organisation.builtInTiers());
        li = specialists.active("李振华");
        self = FieldActors.specialist(li);
        service = service(db.store(), clock);
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    long rows(String table) {
        return db.count("SELECT COUNT(*) FROM " + table);
    }

    long audits(String entity, String action) {
        return db.count("SELECT COUNT(*) FROM audit_record WHERE entity = '" + entity + "' AND action = '" + action
                + "'");
    }

    static List<String> fields(ValidationException e) {
        return e.errors().stream().map(FieldError::field).toList();
    }
}
