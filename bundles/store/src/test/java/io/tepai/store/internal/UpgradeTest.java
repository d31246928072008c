package io.tepai.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tepai.store.Entities;
import io.tepai.store.InMemoryDatabase;
import io.tepai.api.PageRequest;
import io.tepai.api.specialist.SpecialistFilter;
import io.tepai.store.entity.AssignmentEntity;
import io.tepai.store.entity.RecipientEntity;
import io.tepai.store.entity.SearchGrams;
import io.tepai.store.entity.ServiceLogEntity;
import io.tepai.store.entity.SpecialistEntity;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.persistence.jpa.PersistenceProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Upgrading an installation: a database that an earlier release made and filled (schema version 5, field service,
 * with records as that release wrote them: {@code upgrade/schema-v5-data.sql}) is opened by the current store,
 * which applies every later migration over the data. Catches what only shows on a non-empty database (a NOT NULL
 * column added without a default, a constraint the old rows break) and checks that every record reads back whole.
 */
class UpgradeTest {

    private static final int EARLIER_RELEASE = 5;

    private final InMemoryDatabase db = InMemoryDatabase.empty();

    @AfterEach
    void drop() {
        db.close();
    }

    @Test
    void theCurrentStoreOpensADatabaseOfAnEarlierReleaseAndKeepsEveryRecord() throws SQLException {
        Migrator migrator = new Migrator(db.dataSource(), Migrator.class.getClassLoader());
        assertEquals(EARLIER_RELEASE, migrator.migrateUpTo(EARLIER_RELEASE));
        fill(new Migration(0, "v5 data", resource("upgrade/schema-v5-data.sql")));

        try (JpaStore store = JpaStore.open(db.dataSource(), new PersistenceProvider())) {
            // the latest version, not the number of migrations: numbers are handed out ahead of merging (V019 before V017)
            assertEquals(Migrator.latestVersion(), db.count("SELECT MAX(version) FROM tepai_schema_version"));

            store.read(repositories -> {
                List<SpecialistEntity> active = repositories.specialists().withStatus("ACTIVE");
                assertEquals(Set.of("王建华", "李秀兰"), active.stream().map(SpecialistEntity::getName)
                        .collect(Collectors.toSet()));
                SpecialistEntity wang = active.stream().filter(s -> s.getName().equals("王建华")).findFirst()
                        .orElseThrow();
                assertEquals(List.of("怀山药栽培", "病虫害防治"), wang.getFields());
                assertEquals("十年山药种植技术推广", wang.getServiceExperience());
                SpecialistEntity li = active.stream().filter(s -> s.getName().equals("李秀兰")).findFirst()
                        .orElseThrow();
                assertEquals("县里急需的电商人才，经市科技局研究同意", li.getEligibilityException(),
                        "a recorded eligibility exception survives (R-ELIG-1)");
                return null;
            });

            long confirmedId = db.count("SELECT id FROM service_log WHERE status = 'CONFIRMED'");
            store.read(repositories -> {
                ServiceLogEntity log = repositories.logs().find(confirmedId).orElseThrow();
                assertEquals("指导合作社怀山药播种与地膜覆盖", log.getDescription());
                assertEquals(0, new BigDecimal("2.0").compareTo(log.getFieldDays()));
                assertEquals(Integer.valueOf(5), log.getSatisfaction());
                assertEquals(1, log.getRecipientIds().size());
                assertEquals(Map.of("demonstrationArea", new BigDecimal("30.00")), log.getOutcomes());
                assertEquals("", log.getOutsideDispatchReason(), "a later column got its default on old rows");
                return null;
            });
            assertEquals(1, db.count("SELECT COUNT(*) FROM service_log WHERE status = 'SUBMITTED'"));
            assertEquals(1, db.count("SELECT COUNT(*) FROM agreement_task"), "the agreed task is kept");
            assertEquals(1, db.count("SELECT COUNT(*) FROM assignment WHERE programme_year = 2025"));
            assertTrue(db.strings("SELECT name FROM team").contains("四大怀药产业服务团"));
        }
    }

    /**
     * V018 moved the high-volume records from IDENTITY columns to sequences: on an upgraded database the sequences
     * start past the ids the old rows hold, so records written afterwards get new ids instead of colliding.
     */
    @Test
    void recordsWrittenAfterTheUpgradeTakeIdsPastTheOldRows() throws SQLException {
        Migrator migrator = new Migrator(db.dataSource(), Migrator.class.getClassLoader());
        migrator.migrateUpTo(EARLIER_RELEASE);
        fill(new Migration(0, "v5 data", resource("upgrade/schema-v5-data.sql")));
        long oldSpecialist = db.count("SELECT MAX(id) FROM specialist");
        long oldAssignment = db.count("SELECT MAX(id) FROM assignment");
        long oldRecipient = db.count("SELECT MAX(id) FROM recipient");
        long oldLog = db.count("SELECT MAX(id) FROM service_log");

        try (JpaStore store = JpaStore.open(db.dataSource(), new PersistenceProvider())) {
            long[] ids = store.write(repositories -> {
                SpecialistEntity specialist = repositories.specialists()
                        .add(Entities.specialist("赵新", "hpu", "小麦育种"));
                repositories.flush();
                AssignmentEntity assignment = new AssignmentEntity(Entities.CREATED);
                assignment.setSpecialistId(specialist.getId());
                assignment.setCountyCode("wenxian");
                assignment.setYear(2026);
                assignment.setLevel("CITY");
                repositories.assignments().add(assignment);
                RecipientEntity recipient = new RecipientEntity(Entities.CREATED);
                recipient.set("温县小麦合作社", "COOPERATIVE", "wenxian", "", "", "", Set.of(specialist.getId()),
                        Entities.CREATED);
                repositories.recipients().add(recipient);
                repositories.flush();
                ServiceLogEntity log = new ServiceLogEntity(specialist.getId(), Entities.CREATED);
                log.setContent("wenxian", Set.of(recipient.getId()), LocalDate.of(2026, 4, 1),
                        LocalDate.of(2026, 4, 1), BigDecimal.ONE, "TECHNICAL_GUIDANCE", "小麦播种指导", Map.of());
                log.setStatus("SUBMITTED");
                repositories.logs().add(log);
                repositories.flush();
                return new long[] {specialist.getId(), assignment.getId(), recipient.getId(), log.getId()};
            });

            assertEquals(oldSpecialist + 1, ids[0], "the first id past the old rows");
            assertEquals(oldAssignment + 1, ids[1]);
            assertEquals(oldRecipient + 1, ids[2]);
            assertEquals(oldLog + 1, ids[3]);
            assertEquals(3, db.count("SELECT COUNT(*) FROM specialist"), "two old rows and the new one");
            assertEquals(3, db.count("SELECT COUNT(*) FROM service_log"));
        }
    }

    /**
     * Issue 17, V022: the specialists already there get their search grams in SQL, the very grams SpecialistEntity
     * computes for a new one (lower-cased, no space in a gram, Chinese and Latin alike), so the search finds them.
     */
    @Test
    void theSpecialistsAlreadyThereGetTheSearchGramsTheEntityWouldWrite() throws SQLException {
        Migrator migrator = new Migrator(db.dataSource(), Migrator.class.getClassLoader());
        migrator.migrateUpTo(EARLIER_RELEASE);
        fill(new Migration(0, "v5 data", resource("upgrade/schema-v5-data.sql")));
        db.execute("INSERT INTO specialist (name, unit_code, title_level, title, degree, tier_id, classification,"
                + " phone, email, service_experience, eligibility_exception, status, sample, version, created_at,"
                + " updated_at) VALUES ('Anna LEE', 'hpu', 'SENIOR', 'Senior  Agronomist', 'DOCTORATE', 'city',"
                + " 'PUBLIC_WELFARE', '', '', '', '', 'ACTIVE', FALSE, 1, '2025-03-02 09:00:00',"
                + " '2025-03-02 09:00:00')");
        db.execute("INSERT INTO specialist_field (specialist_id, seq, field) VALUES ((SELECT id FROM specialist"
                + " WHERE name = 'Anna LEE'), 0, 'Yam 山药 x')");

        try (JpaStore store = JpaStore.open(db.dataSource(), new PersistenceProvider())) {
            store.read(repositories -> {
                for (SpecialistEntity specialist : repositories.specialists().withStatus("ACTIVE")) {
                    List<String> texts = new java.util.ArrayList<>(specialist.getFields());
                    texts.add(specialist.getName());
                    texts.add(specialist.getTitle());
                    assertEquals(SearchGrams.of(texts), Set.copyOf(specialist.getGrams()), specialist.getName());
                }
                return null;
            });
            assertEquals(List.of("王建华", "Anna LEE"), store.read(repositories -> repositories.specialists()
                    .search(new SpecialistFilter(null, null, null, null, null, "山药"), PageRequest.first()).items()
                    .stream().map(SpecialistEntity::getName).toList()));
            assertEquals(List.of("Anna LEE"), store.read(repositories -> repositories.specialists()
                    .search(new SpecialistFilter(null, null, null, null, null, "r  ag"), PageRequest.first())
                    .items().stream().map(SpecialistEntity::getName).toList()));
        }
    }

    private void fill(Migration data) throws SQLException {
        try (Connection connection = db.dataSource().getConnection();
             Statement statement = connection.createStatement()) {
            for (String sql : data.statements()) {
                statement.execute(sql);
            }
        }
    }

    private static String resource(String path) {
        try (InputStream in = UpgradeTest.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
