package io.tepai.store.internal;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings the database schema up to date by applying, in order, the migrations not applied yet. Each
 * migration runs in its own transaction together with its row in {@code tepai_schema_version}, so a failed
 * migration leaves the database at the previous version. Applied migrations are never run again and never
 * dropped: upgrading keeps all data.
 *
 * <p>Two nodes started at once on one (PostgreSQL) database must not both migrate: the whole run, from creating the
 * history table to the last migration, holds the {@link DatabaseLock} on {@value #LOCK}. The second node waits, then
 * finds every migration applied.
 */
public final class Migrator {

    /** Every migration, in order. Append new ones; never edit or remove a released one. */
    static final List<String> MIGRATIONS = List.of(
            "V001__schema.sql",
            "V002__counties.sql",
            "V003__accounts_and_audit.sql",
            "V004__organisation.sql",
            "V005__field_service.sql",
            "V006__evaluation.sql",
            "V007__funding.sql",
            "V008__rules_the_code_bent.sql",
            "V009__fee_complaints_and_disbursements.sql",
            "V010__agreement_task_fulfilment.sql",
            "V011__demands.sql",
            "V012__recruitment.sql",
            "V013__roster.sql",
            "V014__service_log_industry.sql",
            "V015__indexes_for_scale.sql",
            "V016__module_switches.sql",
            "V017__list_indexes.sql",
            "V018__sequences_for_bulk_writes.sql",
            "V019__wider_field_days.sql",
            "V020__county_specialists_index.sql",
            "V021__coverage_log_index.sql",
            "V022__specialist_search_grams.sql",
            "V023__drop_redundant_log_index.sql",
            "V024__specialist_logs_covering_index.sql");

    /**
     * The schema version the last migration reaches: not the number of migrations, since numbers are handed out to
     * changes developed side by side and may land out of order for a while.
     */
    static int latestVersion() {
        return Migration.load(Migrator.class.getClassLoader(), MIGRATIONS.get(MIGRATIONS.size() - 1)).version();
    }

    private static final Logger LOG = LoggerFactory.getLogger(Migrator.class);
    private static final String HISTORY = "tepai_schema_version";
    private static final Pattern QUERIED_VALUE = Pattern.compile("\\{\\{(.+?)}}", Pattern.DOTALL);
    /** The table whose lock serialises migrators; it holds no rows. */
    static final String LOCK = "tepai_migration_lock";

    private final DataSource dataSource;
    private final ClassLoader scripts;

    public Migrator(DataSource dataSource, ClassLoader scripts) {
        this.dataSource = dataSource;
        this.scripts = scripts;
    }

    /** Applies the pending migrations and returns the schema version reached. */
    public int migrate() throws SQLException {
        return migrateUpTo(Integer.MAX_VALUE);
    }

    /** Applies the pending migrations up to {@code last}: an earlier release's schema, for the upgrade tests. */
    int migrateUpTo(int last) throws SQLException {
        try (DatabaseLock lock = DatabaseLock.hold(dataSource, LOCK)) {
            return migrateUnderLock(last);
        }
    }

    private int migrateUnderLock(int last) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            ensureHistoryTable(connection);
            Map<Integer, String> applied = appliedChecksums(connection);
            int current = 0;
            for (String fileName : MIGRATIONS) {
                Migration migration = Migration.load(scripts, fileName);
                if (migration.version() > last) {
                    break;
                }
                String checksum = applied.get(migration.version());
                if (checksum == null) {
                    apply(connection, migration);
                } else if (!checksum.equals(migration.checksum())) {
                    LOG.warn("Schema migration V{} ({}) differs from the script applied earlier; it is not re-run",
                            migration.version(), migration.description());
                }
                current = migration.version();
            }
            return current;
        }
    }

    private void apply(Connection connection, Migration migration) throws SQLException {
        LOG.info("Applying schema migration V{}: {}", migration.version(), migration.description());
        try (Statement statement = connection.createStatement()) {
            for (String sql : migration.statements()) {
                statement.execute(withQueriedValues(connection, sql));
            }
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + HISTORY
                    + " (version, description, checksum, applied_at) VALUES (?, ?, ?, ?)")) {
                insert.setInt(1, migration.version());
                insert.setString(2, migration.description());
                insert.setString(3, migration.checksum());
                insert.setTimestamp(4, Timestamp.from(Instant.now()));
                insert.executeUpdate();
            }
            connection.commit();
        } catch (SQLException e) {
            connection.rollback();
            throw new SQLException("Schema migration V" + migration.version() + " failed: " + e.getMessage(), e);
        }
    }

    /**
     * Replaces each {@code {{query}}} in a statement with the single value that query returns on this database. DDL
     * takes only constants where a migration may need a value of the data, e.g. {@code CREATE SEQUENCE ... START
     * WITH} past the ids already used; the query inside stays portable SQL, so one script serves Derby and
     * PostgreSQL.
     */
    static String withQueriedValues(Connection connection, String sql) throws SQLException {
        Matcher placeholder = QUERIED_VALUE.matcher(sql);
        StringBuilder resolved = new StringBuilder();
        while (placeholder.find()) {
            try (Statement query = connection.createStatement();
                 ResultSet value = query.executeQuery(placeholder.group(1).strip())) {
                if (!value.next() || value.getString(1) == null) {
                    throw new SQLException("No value for {{" + placeholder.group(1) + "}}");
                }
                placeholder.appendReplacement(resolved, Matcher.quoteReplacement(value.getString(1)));
            }
        }
        placeholder.appendTail(resolved);
        return resolved.toString();
    }

    private static void ensureHistoryTable(Connection connection) throws SQLException {
        if (tableExists(connection, HISTORY)) {
            return;
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE " + HISTORY + " (version INTEGER NOT NULL PRIMARY KEY,"
                    + " description VARCHAR(200) NOT NULL, checksum VARCHAR(64) NOT NULL,"
                    + " applied_at TIMESTAMP NOT NULL)");
        }
        connection.commit();
    }

    private static Map<Integer, String> appliedChecksums(Connection connection) throws SQLException {
        Map<Integer, String> applied = new HashMap<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT version, checksum FROM " + HISTORY)) {
            while (rows.next()) {
                applied.put(rows.getInt(1), rows.getString(2));
            }
        }
        connection.commit();
        return applied;
    }

    /** Databases fold unquoted names differently (Derby to upper case, PostgreSQL to lower case). */
    static boolean tableExists(Connection connection, String name) throws SQLException {
        DatabaseMetaData metaData = connection.getMetaData();
        String schema = connection.getSchema();
        for (String candidate : List.of(name.toUpperCase(), name.toLowerCase())) {
            try (ResultSet tables = metaData.getTables(null, schema, candidate, new String[] {"TABLE"})) {
                if (tables.next()) {
                    return true;
                }
            }
        }
        return false;
    }
}
