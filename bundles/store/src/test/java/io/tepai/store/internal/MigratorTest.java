package io.tepai.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tepai.store.InMemoryDatabase;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class MigratorTest {

    private static final ClassLoader SCRIPTS = Migrator.class.getClassLoader();

    private InMemoryDatabase db;

    @BeforeEach
    void createDatabase() {
        db = InMemoryDatabase.empty();
    }

    @AfterEach
    void dropDatabase() {
        db.close();
    }

    private int migrate(ClassLoader scripts) throws SQLException {
        return new Migrator(db.dataSource(), scripts).migrate();
    }

    /** "version description" of every shipped migration, in order: what a full history looks like. */
    private static List<String> allMigrations() {
        return Migrator.MIGRATIONS.stream().map(name -> Migration.load(SCRIPTS, name))
                .map(m -> m.version() + " " + m.description()).toList();
    }

    /** How V018 starts its sequences past the ids in use: DDL takes constants, the data gives the value. */
    @Test
    void aQueryInDoubleBracesIsReplacedByTheValueItReturnsOnThisDatabase() throws SQLException {
        db.execute("CREATE TABLE numbered (id BIGINT NOT NULL PRIMARY KEY)");
        db.execute("INSERT INTO numbered (id) VALUES (7), (41)");

        try (Connection connection = db.dataSource().getConnection()) {
            assertEquals("CREATE SEQUENCE s AS BIGINT START WITH 91 INCREMENT BY 50",
                    Migrator.withQueriedValues(connection, "CREATE SEQUENCE s AS BIGINT START WITH "
                            + "{{SELECT COALESCE(MAX(id), 0) + 50 FROM numbered}} INCREMENT BY 50"));
            assertEquals("SELECT 1", Migrator.withQueriedValues(connection, "SELECT 1"), "no braces, no change");
        }
    }

    @Test
    void shippedMigrationsStartWithSchemaAndCountiesAndAreNumberedInAscendingOrder() {
        List<String> all = allMigrations();

        assertEquals(List.of("1 schema", "2 counties"), all.subList(0, 2));
        // numbers are handed out to changes developed side by side (Migrator.latestVersion): a gap closes when the
        // change holding that number lands, but the order never goes back
        for (int i = 1; i < all.size(); i++) {
            assertTrue(number(all.get(i - 1)) < number(all.get(i)), all.toString());
        }
    }

    /**
     * The migrator runs the files it lists (a bundle cannot list its own resources portably): a migration file added
     * without its line in {@link Migrator#MIGRATIONS} would never run, and nothing else would notice.
     */
    @Test
    void everyMigrationFileShippedIsListedAndEveryListedOneShipped() throws Exception {
        Path folder = Path.of(SCRIPTS.getResource("db/migration").toURI());
        List<String> files;
        try (Stream<Path> paths = Files.list(folder)) {
            files = paths.map(path -> path.getFileName().toString()).filter(name -> name.endsWith(".sql")).sorted()
                    .toList();
        }

        assertEquals(files, Migrator.MIGRATIONS.stream().sorted().toList());
    }

    private static int number(String migration) {
        return Integer.parseInt(migration.substring(0, migration.indexOf(' ')));
    }

    @Test
    void emptyDatabaseGetsEveryMigrationInOrderAndReachesTheLatestVersion() throws SQLException {
        int version = migrate(SCRIPTS);

        assertEquals(Migrator.latestVersion(), version);
        assertEquals(allMigrations(), history());
        assertEquals(List.of("1 schema", "2 counties"), history().subList(0, 2));
    }

    /**
     * Two nodes started at once on one empty database (in the PostgreSQL run, a real server with two connections
     * each): without the migration lock both create the history table or apply V001, and one start fails. With it
     * the second waits, finds everything applied and reaches the same version; each migration ran once.
     */
    @Test
    void twoMigratorsStartedAtOnceOnAnEmptyDatabaseBothSucceedAndEachMigrationRunsOnce() throws Exception {
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        try {
            CyclicBarrier start = new CyclicBarrier(2);
            List<Future<Integer>> runs = new ArrayList<>();
            for (int node = 0; node < 2; node++) {
                runs.add(nodes.submit(() -> {
                    start.await(10, TimeUnit.SECONDS);
                    return new Migrator(db.dataSource(), SCRIPTS).migrate();
                }));
            }
            for (Future<Integer> run : runs) {
                assertEquals(Migrator.latestVersion(), run.get(120, TimeUnit.SECONDS));
            }
        } finally {
            nodes.shutdownNow();
        }
        assertEquals(allMigrations(), history(), "each migration recorded once, in order");
        assertEquals(1, db.count("SELECT COUNT(*) FROM county WHERE code = 'wuzhi'"), "V002's rows inserted once");
    }

    @Test
    void historyRecordsTheChecksumOfEachAppliedScript() throws SQLException {
        migrate(SCRIPTS);

        assertEquals(Migration.load(SCRIPTS, "V001__schema.sql").checksum(), checksum(1));
        assertEquals(Migration.load(SCRIPTS, "V002__counties.sql").checksum(), checksum(2));
    }

    @Test
    void migrationCreatesEveryTableOfTheFirstSchema() throws SQLException {
        migrate(SCRIPTS);

        for (String table : List.of("county", "county_industry", "dispatching_unit", "specialist",
                "specialist_field", "specialist_sector", "specialist_segment", "specialist_county", "tepai_meta")) {
            assertEquals(0, db.count("SELECT COUNT(*) FROM " + table + " WHERE 1 = 0"), table);
        }
    }

    @Test
    void secondRunAppliesNothingAndReturnsTheSameVersion() throws SQLException {
        int first = migrate(SCRIPTS);
        List<Timestamp> appliedAtBefore = appliedAt();

        int second = migrate(SCRIPTS);

        assertEquals(first, second);
        assertEquals(allMigrations(), history());
        assertEquals(appliedAtBefore, appliedAt(), "an applied migration must not be recorded again");
        assertEquals(11, db.count("SELECT COUNT(*) FROM county"), "V002 must not insert its counties twice");
    }

    @Test
    void rerunKeepsDataWrittenAfterTheMigration() throws SQLException {
        migrate(SCRIPTS);
        db.execute("INSERT INTO tepai_meta (meta_key, meta_value) VALUES ('k', 'v')");

        migrate(SCRIPTS);

        assertEquals(1, db.count("SELECT COUNT(*) FROM tepai_meta WHERE meta_key = 'k'"));
    }

    @Test
    void countiesTableHoldsTheElevenCountiesWithDivisionCodesInOfficialOrder() throws SQLException {
        migrate(SCRIPTS);

        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("jiefang", "410802");
        expected.put("zhongzhan", "410803");
        expected.put("macun", "410804");
        expected.put("shanyang", "410811");
        expected.put("xiuwu", "410821");
        expected.put("boai", "410822");
        expected.put("wuzhi", "410823");
        expected.put("wenxian", "410825");
        expected.put("qinyang", "410882");
        expected.put("mengzhou", "410883");
        expected.put("shifanqu", "");
        assertEquals(expected, queryMap("SELECT code, division_code FROM county ORDER BY sort_order"));
    }

    @Test
    void countiesCarryTheirChineseNamesIncludingTheDemonstrationZone() throws SQLException {
        migrate(SCRIPTS);

        Map<String, String> names = queryMap("SELECT code, name_zh FROM county ORDER BY sort_order");
        assertEquals(List.of("解放区", "中站区", "马村区", "山阳区", "修武县", "博爱县", "武陟县", "温县", "沁阳市",
                "孟州市", "城乡一体化示范区"), new ArrayList<>(names.values()));
        assertEquals("Bo'ai County", queryMap("SELECT code, name_en FROM county WHERE code = 'boai'").get("boai"),
                "the doubled quote in V002 must arrive as one apostrophe");
    }

    @Test
    @DisplayName("R-GOAL-1: every county starts with at least one leading industry")
    void R_GOAL_1_everyCountyStartsWithLeadingIndustries() throws SQLException {
        migrate(SCRIPTS);

        assertEquals(0, db.count("SELECT COUNT(*) FROM county c WHERE NOT EXISTS "
                + "(SELECT 1 FROM county_industry i WHERE i.county_code = c.code)"));
        assertEquals(28, db.count("SELECT COUNT(*) FROM county_industry"));
        assertEquals(List.of("四大怀药", "小麦良种", "畜禽养殖"),
                queryList("SELECT industry FROM county_industry WHERE county_code = 'wuzhi' ORDER BY seq"));
    }

    @Test
    void anEditedScriptOfAnAppliedMigrationIsNotRunAgain() throws SQLException {
        migrate(SCRIPTS);
        String original = Migration.load(SCRIPTS, "V002__counties.sql").script();

        int version = migrate(overriding("V002__counties.sql", "-- edited after release\n" + original));

        assertEquals(Migrator.latestVersion(), version);
        assertEquals(11, db.count("SELECT COUNT(*) FROM county"));
        assertEquals(Migration.load(SCRIPTS, "V002__counties.sql").checksum(), checksum(2),
                "the history keeps the checksum of the script that was really applied");
    }

    @Test
    void aFailingMigrationIsRolledBackAndLeavesThePreviousVersion() throws SQLException {
        String broken = """
                INSERT INTO county (code, name_zh, name_en, division_code, sort_order, version)
                    VALUES ('test', 't', 't', '', 99, 1);
                INSERT INTO no_such_table VALUES (1);
                """;

        SQLException failure = assertThrows(SQLException.class,
                () -> migrate(overriding("V002__counties.sql", broken)));

        assertTrue(failure.getMessage().contains("V2"), failure.getMessage());
        assertEquals(List.of("1 schema"), history(), "nothing after the failed migration is applied either");
        assertEquals(0, db.count("SELECT COUNT(*) FROM county"), "the first statement of V002 must be rolled back");
    }

    @Test
    void aFailedMigrationIsAppliedOnTheNextRunOnceTheScriptIsFixed() throws SQLException {
        assertThrows(SQLException.class, () -> migrate(overriding("V002__counties.sql", "INSERT INTO nowhere VALUES (1);")));

        int version = migrate(SCRIPTS);

        assertEquals(Migrator.latestVersion(), version);
        assertEquals(allMigrations(), history());
        assertEquals(11, db.count("SELECT COUNT(*) FROM county"));
    }

    // --- helpers

    /** The shipped scripts, except {@code fileName}, which is replaced by {@code script}. */
    private static ClassLoader overriding(String fileName, String script) {
        return new ClassLoader(SCRIPTS) {
            @Override
            public InputStream getResourceAsStream(String name) {
                if (name.equals("db/migration/" + fileName)) {
                    return new ByteArrayInputStream(script.getBytes(StandardCharsets.UTF_8));
                }
                return super.getResourceAsStream(name);
            }
        };
    }

    private List<String> history() throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection connection = db.dataSource().getConnection();
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(
                     "SELECT version, description FROM tepai_schema_version ORDER BY version")) {
            while (result.next()) {
                rows.add(result.getInt(1) + " " + result.getString(2));
            }
        }
        return rows;
    }

    private List<Timestamp> appliedAt() throws SQLException {
        List<Timestamp> rows = new ArrayList<>();
        try (Connection connection = db.dataSource().getConnection();
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(
                     "SELECT applied_at FROM tepai_schema_version ORDER BY version")) {
            while (result.next()) {
                rows.add(result.getTimestamp(1));
            }
        }
        return rows;
    }

    private String checksum(int version) throws SQLException {
        List<String> checksums = queryList("SELECT checksum FROM tepai_schema_version WHERE version = " + version);
        assertEquals(1, checksums.size());
        return checksums.get(0);
    }

    private List<String> queryList(String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection connection = db.dataSource().getConnection();
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(sql)) {
            while (result.next()) {
                rows.add(result.getString(1));
            }
        }
        return rows;
    }

    private Map<String, String> queryMap(String sql) throws SQLException {
        Map<String, String> rows = new LinkedHashMap<>();
        try (Connection connection = db.dataSource().getConnection();
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(sql)) {
            while (result.next()) {
                rows.put(result.getString(1), result.getString(2));
            }
        }
        assertFalse(rows.isEmpty(), "no rows from " + sql);
        return rows;
    }
}
