package io.tepai.bench;

import io.tepai.api.Actor;
import io.tepai.api.PageRequest;
import io.tepai.api.evaluation.Round;
import io.tepai.api.evaluation.RoundDraft;
import io.tepai.api.field.LogFilter;
import io.tepai.api.field.ProgressFilter;
import io.tepai.api.specialist.SpecialistFilter;
import io.tepai.core.calendar.ProgrammeCalendarService;
import io.tepai.core.dispatch.CoverageServiceImpl;
import io.tepai.core.dispatch.SquadServiceImpl;
import io.tepai.core.evaluation.EvaluationServiceImpl;
import io.tepai.core.field.ProgressServiceImpl;
import io.tepai.core.field.ServiceLogServiceImpl;
import io.tepai.core.specialist.SpecialistServiceImpl;
import io.tepai.core.testing.Modules;
import io.tepai.core.testing.Organisation;
import io.tepai.core.tier.TierRegistry;
import io.tepai.spi.evaluation.SubjectKind;
import io.tepai.store.internal.JpaStore;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.eclipse.persistence.jpa.PersistenceProvider;

/**
 * Issue 17's benchmark: a seeded province data set in an embedded Derby database on disk, then the operations the issue
 * measured, timed through Tepai's own services (no REST, no container): a county's SPECIALIST round, progress for the
 * largest county, coverage, the squad, a page of specialists and of logs, a text search, and a hand-written SQL
 * aggregate over the same rows as the round's reference. The database is generated once per (specialists, logs, seed)
 * and reused by later runs.
 *
 * <p>Arguments: database directory, specialists, logs, seed, label, report file.
 */
public final class ProvinceBench {

    /** The programme year everything happens in, and "today" within it (as the measurements). */
    static final int YEAR = 2026;
    static final Instant TODAY = Instant.parse("2026-07-02T04:00:00Z");
    static final String LARGEST = "wuzhi";

    private static final Actor CITY = Organisation.CITY;

    private ProvinceBench() {
    }

    public static void main(String[] args) throws Exception {
        Path directory = Path.of(args[0]);
        int specialists = Integer.parseInt(args[1]);
        int logs = Integer.parseInt(args[2]);
        long seed = Long.parseLong(args[3]);
        String label = args[4];
        Path report = Path.of(args[5]);

        EmbeddedDataSource dataSource = new EmbeddedDataSource();
        dataSource.setDatabaseName(directory.toAbsolutePath().toString());
        dataSource.setCreateDatabase("create");
        List<String> lines = new ArrayList<>();
        try (JpaStore store = JpaStore.open(dataSource, new PersistenceProvider())) {
            TierRegistry tiers = Organisation.builtInTiers();
            long existing = count(dataSource, "SELECT COUNT(*) FROM specialist");
            if (existing == 0) {
                long start = System.nanoTime();
                new ProvinceData(store, seed).generate(specialists, logs);
                lines.add(String.format(Locale.ROOT, "generated %d specialists, %d logs in %.1f s (JPA, store"
                        + " repositories, 500 rows per transaction)", specialists,
                        count(dataSource, "SELECT COUNT(*) FROM service_log"), seconds(start)));
            } else {
                lines.add("reusing " + directory + " (" + existing + " specialists)");
                // a reused database keeps the rounds of the last run; each run computes its rounds afresh
                try (Connection connection = dataSource.getConnection();
                     Statement statement = connection.createStatement()) {
                    statement.executeUpdate("DELETE FROM evaluation_result");
                    statement.executeUpdate("DELETE FROM evaluation_round");
                }
            }
            BenchAccounts.ensure(store);
            long wuzhi = count(dataSource, "SELECT COUNT(*) FROM assignment WHERE county_code = '" + LARGEST
                    + "' AND programme_year = " + YEAR);
            lines.add("data: " + count(dataSource, "SELECT COUNT(*) FROM specialist") + " specialists, "
                    + count(dataSource, "SELECT COUNT(*) FROM service_log") + " logs, " + wuzhi + " dispatched to "
                    + LARGEST + "; heap limit " + Runtime.getRuntime().maxMemory() / (1 << 20) + " MiB");
            lines.add("");
            lines.add("| operation (" + label + ") | first (cold) ms | median of next 3 ms | peak heap MiB |");
            lines.add("| --- | ---: | ---: | ---: |");

            Clock clock = Clock.fixed(TODAY, ZoneOffset.UTC);
            var calendar = ProgrammeCalendarService.calendarYear(clock);
            var progress = new ProgressServiceImpl(store, tiers, calendar);
            var coverage = new CoverageServiceImpl(store, calendar);
            var squads = new SquadServiceImpl(store, calendar);
            var people = new SpecialistServiceImpl(store, tiers);
            var serviceLogs = new ServiceLogServiceImpl(store, calendar, clock);
            var evaluation = new EvaluationServiceImpl(store, tiers, calendar, Modules.acceptingEveryTier(),
                    new HashMap<>());

            lines.add(time("reference SQL: " + LARGEST + "'s confirmed days per specialist", 3,
                    () -> referenceAggregate(dataSource)));
            lines.add(time("progress county=" + LARGEST, 3, () -> progress.progress(CITY, YEAR,
                    new ProgressFilter(LARGEST, null, null, null)).specialists().size()));
            lines.add(time("coverage", 3, () -> coverage.coverage(YEAR).cells()));
            lines.add(time("squad " + LARGEST, 3, () -> squads.get(LARGEST, YEAR).members().size()));
            lines.add(time("specialists county=" + LARGEST + " page 1 size 20", 3, () -> people.search(
                    new SpecialistFilter(LARGEST, null, null, null, null, null), new PageRequest(1, 20)).total()));
            lines.add(time("specialists county=" + LARGEST + " page 200 size 20", 3, () -> people.search(
                    new SpecialistFilter(LARGEST, null, null, null, null, null), new PageRequest(200, 20)).total()));
            lines.add(time("specialists q=郭明", 3, () -> people.search(
                    new SpecialistFilter(null, null, null, null, null, "郭明"), new PageRequest(1, 20)).total()));
            lines.add(time("logs county=" + LARGEST + " page 1 size 20", 3, () -> serviceLogs.search(CITY,
                    new LogFilter(null, LARGEST, null, null, null, null, null), new PageRequest(1, 20)).total()));
            lines.add(time("logs page 1 size 20 (no filter)", 3, () -> serviceLogs.search(CITY, LogFilter.ALL,
                    new PageRequest(1, 20)).total()));
            Actor county = Organisation.county(LARGEST);
            long[] round = new long[1];
            lines.add(time(LARGEST + " SPECIALIST round: create + compute", 0, () -> {
                Round created = evaluation.create(county, new RoundDraft(YEAR, SubjectKind.SPECIALIST, LARGEST));
                round[0] = created.id();
                return evaluation.compute(county, created.id()).subjects();
            }));
            lines.add(time(LARGEST + " SPECIALIST round: compute again (update)", 0,
                    () -> evaluation.compute(county, round[0]).subjects()));
            lines.add(time("city UNIT round: create + compute", 0, () -> {
                Round created = evaluation.create(CITY, new RoundDraft(YEAR, SubjectKind.UNIT, null));
                return evaluation.compute(CITY, created.id()).subjects();
            }));
        }
        lines.forEach(System.out::println);
        Files.createDirectories(report.toAbsolutePath().getParent());
        Files.writeString(report, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        System.out.println("report: " + report);
    }

    /** Runs the operation once cold and {@code warm} more times; a failure is reported as such, not as a time. */
    static String time(String name, int warm, Supplier<Object> operation) {
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP).toList();
        System.gc();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        List<Double> millis = new ArrayList<>();
        Object answer = null;
        try {
            for (int i = 0; i <= warm; i++) {
                long start = System.nanoTime();
                answer = operation.get();
                millis.add((System.nanoTime() - start) / 1e6);
            }
        } catch (RuntimeException | OutOfMemoryError e) {
            return String.format(Locale.ROOT, "| %s | FAILED after %d run(s): %s | | |", name, millis.size(),
                    e.toString().replace('|', '/').replace('\n', ' '));
        }
        long peak = heap.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum() / (1 << 20);
        List<Double> rest = millis.subList(1, millis.size()).stream().sorted().toList();
        String median = rest.isEmpty() ? "" : String.format(Locale.ROOT, "%.0f", rest.get(rest.size() / 2));
        String line = String.format(Locale.ROOT, "| %s (answer %s) | %.0f | %s | %d |", name, answer, millis.get(0),
                median, peak);
        System.out.println(line);
        return line;
    }

    /**
     * The reference for the round: the county's dispatched specialists' confirmed field days and services of the year,
     * aggregated by hand-written SQL over the same rows.
     */
    private static Object referenceAggregate(EmbeddedDataSource dataSource) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement("SELECT l.specialist_id, SUM(l.field_days),"
                     + " COUNT(*) FROM service_log l WHERE l.status = 'CONFIRMED' AND l.start_date >= ?"
                     + " AND l.start_date <= ? AND l.specialist_id IN (SELECT a.specialist_id FROM assignment a"
                     + " WHERE a.county_code = ? AND a.programme_year = ?) GROUP BY l.specialist_id")) {
            query.setDate(1, java.sql.Date.valueOf(LocalDate.of(YEAR, 1, 1)));
            query.setDate(2, java.sql.Date.valueOf(LocalDate.of(YEAR, 12, 31)));
            query.setString(3, LARGEST);
            query.setInt(4, YEAR);
            int rows = 0;
            try (ResultSet result = query.executeQuery()) {
                while (result.next()) {
                    rows++;
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static long count(EmbeddedDataSource dataSource, String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
