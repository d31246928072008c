package io.tepai.bench;

import io.tepai.api.Actor;
import io.tepai.api.PageRequest;
import io.tepai.api.dispatch.AssignmentFilter;
import io.tepai.api.evaluation.Round;
import io.tepai.api.evaluation.RoundDraft;
import io.tepai.api.field.LogFilter;
import io.tepai.api.field.ProgressFilter;
import io.tepai.api.field.RequestFilter;
import io.tepai.api.specialist.SpecialistFilter;
import io.tepai.core.calendar.ProgrammeCalendarService;
import io.tepai.core.dispatch.AssignmentServiceImpl;
import io.tepai.core.dispatch.CoverageServiceImpl;
import io.tepai.core.dispatch.SquadServiceImpl;
import io.tepai.core.evaluation.EvaluationServiceImpl;
import io.tepai.core.field.ProgressServiceImpl;
import io.tepai.core.field.RecipientServiceImpl;
import io.tepai.core.field.RequestServiceImpl;
import io.tepai.core.field.ServiceLogServiceImpl;
import io.tepai.core.imports.ImportServiceImpl;
import io.tepai.core.specialist.SpecialistServiceImpl;
import io.tepai.core.testing.Modules;
import io.tepai.core.testing.Organisation;
import io.tepai.core.tier.TierRegistry;
import io.tepai.spi.evaluation.SubjectKind;
import io.tepai.store.internal.JpaStore;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.eclipse.persistence.jpa.PersistenceProvider;

/**
 * Issue 17's benchmark: the preset's data set ({@link Scale}, {@link ProvinceData}) in the chosen database
 * ({@link BenchDatabase}), loaded through the bulk import on first use and kept for the next run, then the operations
 * the issue sets targets for, timed through Tepai's own services (no REST, no container; the HTTP side is
 * {@code reads-under-load.sh}): list pages of specialists, logs, recipients, assignments and coordination requests,
 * a text search, progress for the largest county, coverage, the squad, the largest county's SPECIALIST round and
 * the city's UNIT and COUNTY_WORK rounds, with a hand-written SQL aggregate over the round's rows as its reference.
 * The report (markdown) names the database, the machine and its load, and gives each operation's p50, p99,
 * throughput and peak heap.
 *
 * <p>System properties: {@code bench.scale}, {@code bench.seed}, {@code bench.database} ({@code derby},
 * {@code postgresql}), {@code bench.jdbc.url}/{@code .user}/{@code .password}, {@code bench.target} (the folder for
 * data sets and reports), {@code bench.reload} (load the data set anew even if it is there), {@code bench.only} (only the operations
 * whose names contain one of these comma-separated parts, e.g. {@code round}); {@code bench.database}
 * may name both, comma-separated, measured one after the other.
 * Exits 1 when an operation failed, so that CI's smoke run fails with it.
 */
public final class ProvinceBench {

    static final int YEAR = ProvinceData.YEAR;
    static final String LARGEST = ProvinceData.LARGEST;
    /** "Today" for the services: within the year, as the measurements. */
    static final Instant TODAY = Instant.parse("2026-12-01T04:00:00Z");
    private static final Actor CITY = Organisation.CITY;

    private ProvinceBench() {
    }

    public static void main(String[] args) throws Exception {
        Scale scale = Scale.of(System.getProperty("bench.scale", "city"));
        long seed = Long.getLong("bench.seed", 17);
        Path target = Path.of(System.getProperty("bench.target", "target")).toAbsolutePath();
        long failed = 0;
        // several databases one after the other in one JVM (CI's smoke run): the later ones' cold calls find the
        // JVM warm, so figures to keep come from one database per command
        for (String database : System.getProperty("bench.database", "derby").split(",")) {
            failed += run(scale, seed, database.strip(), target);
        }
        if (failed > 0) {
            System.err.println(failed + " operation(s) failed: see the report(s) above");
            System.exit(1);
        }
    }

    /** Measures one database; the answer is how many operations failed. */
    private static long run(Scale scale, long seed, String database, Path target) throws Exception {
        String name = scale.label() + "-seed" + seed;
        Path report = target.resolve("bench-" + scale.label() + "-" + database + ".md");

        List<String> lines = new ArrayList<>();
        List<Timing> timings = new ArrayList<>();
        String loadBefore = load();
        try (BenchDatabase db = BenchDatabase.open(database, target, name,
                System.getProperty("bench.jdbc.url", ""), System.getProperty("bench.jdbc.user", "postgres"),
                System.getProperty("bench.jdbc.password", ""))) {
            boolean loaded = !Boolean.getBoolean("bench.reload")
                    && db.count("SELECT COUNT(*) FROM specialist") == scale.specialists
                    && db.count("SELECT COUNT(*) FROM service_log") == scale.logs;
            if (!loaded && db.count("SELECT COUNT(*) FROM specialist") > 0) {
                System.out.println("the database holds another, a partly loaded data set, or -Dbench.reload was"
                        + " given: made anew");
                db.reset();
            }
            lines.add("# Benchmark: " + scale.label() + " (" + scale.specialists + " specialists, " + scale.logs
                    + " logs), seed " + seed + ", " + database);
            lines.add("");
            try (JpaStore store = JpaStore.open(db.dataSource(), new PersistenceProvider())) {
                lines.add("- when: " + DateTimeFormatter.ISO_INSTANT.format(Instant.now().truncatedTo(
                        ChronoUnit.SECONDS)));
                lines.add("- database: " + db.product() + "; " + db.description());
                lines.add("- machine: " + Runtime.getRuntime().availableProcessors() + " cores; Java "
                        + Runtime.version() + ", heap limit " + Runtime.getRuntime().maxMemory() / (1 << 20)
                        + " MiB; load before: " + loadBefore);
                if (loaded) {
                    lines.add("- data set: reused (" + scale.specialists + " specialists, " + scale.logs
                            + " logs already loaded)");
                    // each run computes its own rounds: the last run's are removed
                    db.execute("DELETE FROM evaluation_result");
                    db.execute("DELETE FROM evaluation_round");
                } else {
                    long start = System.nanoTime();
                    // the import checks dates against the real today (no log in the future), as in production
                    var calendar = ProgrammeCalendarService.calendarYear(Clock.systemUTC());
                    var imports = new ImportServiceImpl(store, calendar, new ServiceLogServiceImpl(store, calendar,
                            Clock.systemUTC()), Organisation.builtInTiers(), Modules.acceptingEveryTier());
                    List<String> imported = new ProvinceData(store, db.dataSource(), imports, CITY,
                            target.resolve("data").resolve(name + "-" + database), seed)
                            .load(scale.specialists, scale.logs);
                    db.analyze();
                    lines.add(String.format(Locale.ROOT, "- data set: generated and loaded through the bulk import"
                            + " in %.0f s (CSV files kept in %s)", (System.nanoTime() - start) / 1e9,
                            target.resolve("data").resolve(name + "-" + database)));
                    lines.add("");
                    lines.addAll(imported);
                    lines.add("");
                }
                BenchAccounts.ensure(store);
                lines.add("- " + db.count("SELECT COUNT(*) FROM assignment WHERE county_code = '" + LARGEST
                        + "' AND programme_year = " + YEAR) + " specialists dispatched to " + LARGEST + " for " + YEAR
                        + ", " + db.count("SELECT COUNT(*) FROM recipient") + " recipients");
                lines.add("");
                timings.addAll(operations(store, db.dataSource(), scale.repeats));
            }
        }
        lines.add(Timing.header());
        timings.forEach(timing -> lines.add(timing.row()));
        lines.add("");
        lines.addAll(ratios(timings));
        lines.add("");
        lines.add("Load after: " + load());
        long failed = timings.stream().filter(Timing::failed).count();
        Files.createDirectories(report.getParent());
        Files.writeString(report, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        lines.forEach(System.out::println);
        System.out.println("report: " + report);
        return failed;
    }

    /** The operations, in the order: lists, aggregates, then the rounds (which write). */
    private static List<Timing> operations(JpaStore store, DataSource dataSource, int repeats) {
        TierRegistry tiers = Organisation.builtInTiers();
        Clock clock = Clock.fixed(TODAY, ZoneOffset.UTC);
        var calendar = ProgrammeCalendarService.calendarYear(clock);
        var progress = new ProgressServiceImpl(store, tiers, calendar);
        var coverage = new CoverageServiceImpl(store, calendar);
        var squads = new SquadServiceImpl(store, calendar);
        var people = new SpecialistServiceImpl(store, tiers);
        var logs = new ServiceLogServiceImpl(store, calendar, clock);
        var recipients = new RecipientServiceImpl(store);
        var assignments = new AssignmentServiceImpl(store, tiers, Modules.acceptingEveryTier());
        var requests = new RequestServiceImpl(store, Map.of());
        var evaluation = new EvaluationServiceImpl(store, tiers, calendar, Modules.acceptingEveryTier(),
                new HashMap<>());
        SpecialistFilter inLargest = new SpecialistFilter(LARGEST, null, null, null, null, null);
        List<Timing> timings = new ArrayList<>();
        timings.add(measured("reference SQL: " + LARGEST + "'s confirmed days per specialist", repeats,
                () -> referenceAggregate(dataSource)));
        timings.add(measured("specialists county=" + LARGEST + " page 1 size 20", repeats,
                () -> people.search(inLargest, new PageRequest(1, 20)).total()));
        timings.add(measured("specialists county=" + LARGEST + " page 200 size 20", repeats,
                () -> people.search(inLargest, new PageRequest(200, 20)).total()));
        timings.add(measured("specialists q=郭明", repeats, () -> people.search(
                new SpecialistFilter(null, null, null, null, null, "郭明"), new PageRequest(1, 20)).total()));
        timings.add(measured("logs county=" + LARGEST + " page 1 size 20", repeats, () -> logs.search(CITY,
                new LogFilter(null, LARGEST, null, null, null, null, null), new PageRequest(1, 20)).total()));
        timings.add(measured("logs page 1 size 20 (no filter)", repeats,
                () -> logs.search(CITY, LogFilter.ALL, new PageRequest(1, 20)).total()));
        timings.add(measured("recipients county=" + LARGEST + " page 1 size 20", repeats,
                () -> recipients.search(LARGEST, null, null, null, new PageRequest(1, 20)).total()));
        timings.add(measured("assignments county=" + LARGEST + " page 1 size 20", repeats,
                () -> assignments.search(new AssignmentFilter(LARGEST, YEAR, null, null, null),
                        new PageRequest(1, 20)).total()));
        timings.add(measured("requests county=" + LARGEST + " page 1 size 20", repeats, () -> requests.search(
                new RequestFilter(null, LARGEST, null, null, null), new PageRequest(1, 20)).total()));
        timings.add(measured("progress county=" + LARGEST, repeats, () -> progress.progress(CITY, YEAR,
                new ProgressFilter(LARGEST, null, null, null)).specialists().size()));
        // the API's opt-in pages (page/size) of a large county's progress and squad, as a county page would read them
        timings.add(measured("progress county=" + LARGEST + " page 1 size 20", repeats, () -> progress.progress(CITY,
                YEAR, new ProgressFilter(LARGEST, null, null, null), new PageRequest(1, 20)).specialists().total()));
        timings.add(measured("coverage", repeats, () -> coverage.coverage(YEAR).cells()));
        timings.add(measured("squad " + LARGEST, repeats, () -> squads.get(LARGEST, YEAR).members().size()));
        timings.add(measured("squad " + LARGEST + " page 1 size 20", repeats,
                () -> squads.get(LARGEST, YEAR, null, new PageRequest(1, 20)).members().total()));
        Actor county = Organisation.county(LARGEST);
        long[] round = new long[1];
        timings.add(measured(LARGEST + " SPECIALIST round: create + compute", 0, () -> {
            Round created = evaluation.create(county, new RoundDraft(YEAR, SubjectKind.SPECIALIST, LARGEST));
            round[0] = created.id();
            return evaluation.compute(county, created.id()).subjects();
        }));
        timings.add(measured(LARGEST + " SPECIALIST round: compute again (update)", Math.max(1, repeats / 5),
                () -> round[0] == 0 ? fail("no round was created") : evaluation.compute(county, round[0]).subjects()));
        timings.add(measured("city UNIT round: create + compute", 0, () -> {
            Round created = evaluation.create(CITY, new RoundDraft(YEAR, SubjectKind.UNIT, null));
            return evaluation.compute(CITY, created.id()).subjects();
        }));
        timings.add(measured("city COUNTY_WORK round: create + compute", 0, () -> {
            Round created = evaluation.create(CITY, new RoundDraft(YEAR, SubjectKind.COUNTY_WORK, null));
            return evaluation.compute(CITY, created.id()).subjects();
        }));
        timings.removeIf(java.util.Objects::isNull);
        return timings;
    }

    /**
     * The operation timed, or null when {@code bench.only} (comma-separated parts of operation names, e.g. "round")
     * leaves it out: to measure or profile the rounds alone against the reference SQL, which always runs.
     */
    private static Timing measured(String name, int warm, java.util.function.Supplier<Object> operation) {
        String only = System.getProperty("bench.only", "").strip();
        boolean wanted = only.isEmpty() || name.startsWith("reference SQL") || java.util.Arrays.stream(only.split(","))
                .map(String::strip).anyMatch(part -> !part.isEmpty() && name.contains(part));
        return wanted ? Timing.of(name, warm, operation) : null;
    }

    private static Object fail(String why) {
        throw new IllegalStateException(why);
    }

    /** The "within 3× of a hand-written SQL aggregate over the same rows". */
    private static List<String> ratios(List<Timing> timings) {
        Timing reference = timings.get(0);
        List<String> lines = new ArrayList<>();
        for (Timing timing : timings) {
            if (timing.name().contains(" round: ") && !timing.failed() && !reference.failed()
                    && timing.name().startsWith(LARGEST)) {
                lines.add(String.format(Locale.ROOT, "- %s: p50 %.0f ms = %.1f× the reference SQL's p50 (%.0f ms;"
                        + " target ≤ 3×)", timing.name(), timing.p50(), timing.p50() / Math.max(0.001,
                        reference.p50()), reference.p50()));
            }
        }
        return lines;
    }

    /**
     * The reference for the round: the county's dispatched specialists' confirmed field days and services of the year,
     * aggregated by hand-written SQL over the same rows.
     */
    private static Object referenceAggregate(DataSource dataSource) {
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

    /** {@code uptime}'s load averages (1, 5, 15 minutes): on a shared machine, what the figures were taken under. */
    static String load() {
        try {
            Process uptime = new ProcessBuilder("uptime").redirectErrorStream(true).start();
            String out = new String(uptime.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            uptime.waitFor(5, TimeUnit.SECONDS);
            return out.contains("load average") ? out.substring(out.indexOf("load average")) : out;
        } catch (IOException e) {
            return "(uptime: " + e.getMessage() + ")";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "(interrupted)";
        }
    }
}
