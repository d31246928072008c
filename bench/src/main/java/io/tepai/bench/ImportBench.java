package io.tepai.bench;

import io.tepai.api.Actor;
import io.tepai.api.imports.ImportFormat;
import io.tepai.api.imports.ImportKind;
import io.tepai.api.imports.ImportReport;
import io.tepai.core.calendar.ProgrammeCalendarService;
import io.tepai.core.field.ServiceLogServiceImpl;
import io.tepai.core.imports.ImportServiceImpl;
import io.tepai.core.testing.Modules;
import io.tepai.core.testing.Organisation;
import io.tepai.core.tier.TierRegistry;
import io.tepai.store.entity.CountyEntity;
import io.tepai.store.internal.JpaStore;
import java.io.ByteArrayInputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.eclipse.persistence.jpa.PersistenceProvider;

/**
 * Issue 17's bulk import throughput: seeded files of specialists (GBK CSV, as Excel saves one on a Chinese Windows),
 * their dispatch, recipients and confirmed service logs (UTF-8 CSV), each imported through Tepai's own
 * {@link ImportServiceImpl} — every row checked by the single writes' rules, one transaction per file — into a new
 * embedded Derby database on disk. Reports rows per second for each kind.
 *
 * <p>Between the specialists and their dispatch the bench makes the imported candidates ACTIVE with one SQL update:
 * appointment is the intake's selection (R-REC-2), which has no bulk path, and only appointed specialists are
 * dispatched. That update is the one write behind the services' back, and it is not timed.
 *
 * <p>System properties as {@link ProvinceBench}'s ({@code bench.target}, {@code bench.seed}), and
 * {@code bench.import.rows}: the rows of each kind; the database ({@code bench-db/import}) is made anew each run.
 */
public final class ImportBench {

    private static final Actor CITY = Organisation.CITY;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final List<String> KINDS = List.of("TECHNICAL_GUIDANCE", "DEMONSTRATION_BASE", "TRAINING_SESSION");

    private ImportBench() {
    }

    public static void main(String[] args) throws Exception {
        Path target = Path.of(System.getProperty("bench.target", "target")).toAbsolutePath();
        Path directory = target.resolve("bench-db").resolve("import");
        long seed = Long.getLong("bench.seed", 17);
        String label = "current";
        int rows = Integer.getInteger("bench.import.rows", 20_000);
        Path report = target.resolve("import-" + rows + ".md");
        BenchFiles.delete(directory);

        EmbeddedDataSource dataSource = new EmbeddedDataSource();
        dataSource.setDatabaseName(directory.toAbsolutePath().toString());
        dataSource.setCreateDatabase("create");
        Random random = new Random(seed);
        List<String> lines = new ArrayList<>();
        try (JpaStore store = JpaStore.open(dataSource, new PersistenceProvider())) {
            Organisation.units(store);
            TierRegistry tiers = Organisation.builtInTiers();
            Clock clock = Clock.systemUTC();
            var calendar = ProgrammeCalendarService.calendarYear(clock);
            ImportServiceImpl imports = new ImportServiceImpl(store, calendar,
                    new ServiceLogServiceImpl(store, calendar, clock), tiers, Modules.acceptingEveryTier());
            Map<String, List<String>> industries = new HashMap<>();
            store.read(repos -> repos.counties().all()).forEach(
                    (CountyEntity c) -> industries.put(c.getCode(), List.copyOf(c.getLeadingIndustries())));
            int year = LocalDate.now(clock).getYear();
            // the logs fill the year from 1 January up to yesterday, two half days a day per specialist at most
            LocalDate first = LocalDate.of(year, 1, 1);
            int days = Math.max(1, (int) (LocalDate.now(clock).toEpochDay() - first.toEpochDay()) - 1);

            lines.add("import of " + rows + " rows per kind into a new embedded Derby (" + directory + "), seed " + seed
                    + ", heap limit " + Runtime.getRuntime().maxMemory() / (1 << 20) + " MiB, year " + year);
            lines.add("");
            lines.add("| import (" + label + ") | imported | ms | peak heap MiB |");
            lines.add("| --- | --- | ---: | ---: |");

            StringBuilder specialists = new StringBuilder("姓名,派出单位,职称级别,职称,学位,专业领域,派遣层级,分类指导,服务县区,"
                    + "联系电话,服务经历\n");
            for (int i = 0; i < rows; i++) {
                specialists.append(ProvinceData.SURNAMES.get(random.nextInt(10))).append(ProvinceData.GIVEN.get(
                        random.nextInt(10))).append(ProvinceData.GIVEN.get(random.nextInt(10))).append(',')
                        .append(i % 2 == 0 ? "hpu" : "jzu").append(i % 3 == 0 ? ",ASSOCIATE_SENIOR,副研究员,MASTER,"
                                : ",INTERMEDIATE,农艺师,BACHELOR,")
                        .append(ProvinceData.FIELDS.get(random.nextInt(10))).append('、')
                        .append(ProvinceData.FIELDS.get(random.nextInt(10))).append(i % 7 == 0 ? ",county," : ",city,")
                        .append(i % 4 == 0 ? "RURAL_ENTREPRENEURSHIP," : "PUBLIC_WELFARE,")
                        .append(ProvinceData.county(i)).append(",0391-").append(3_000_000 + i)
                        .append(",三年基层技术服务\n");
            }
            lines.add(timed(imports, ImportKind.SPECIALISTS, Charset.forName("GBK"), specialists, rows));

            execute(dataSource, "UPDATE specialist SET status = 'ACTIVE'");
            Map<String, List<Long>> byCounty = idsByCounty(dataSource, "SELECT s.id, c.county_code FROM specialist s"
                    + " JOIN specialist_county c ON c.specialist_id = s.id ORDER BY s.id");
            StringBuilder assignments = new StringBuilder("专家编号,县区,年度,服务产业\n");
            byCounty.forEach((county, ids) -> ids.forEach(id -> assignments.append(id).append(',').append(county)
                    .append(',').append(year).append(',')
                    .append(industries.get(county).get(random.nextInt(industries.get(county).size()))).append('\n')));
            lines.add(timed(imports, ImportKind.ASSIGNMENTS, StandardCharsets.UTF_8, assignments, rows));

            StringBuilder recipients = new StringBuilder("名称,类型,县区,联系人,联系电话,专家编号\n");
            for (int i = 0; i < rows; i++) {
                String county = ProvinceData.county(i);
                List<Long> serving = byCounty.get(county);
                recipients.append(county).append("第").append(i).append("号合作社,")
                        .append(i % 3 == 0 ? "FAMILY_FARM," : "COOPERATIVE,").append(county).append(",王社长,0391-")
                        .append(7_000_000 + i).append(',').append(serving.get(random.nextInt(serving.size())))
                        .append('\n');
            }
            lines.add(timed(imports, ImportKind.RECIPIENTS, StandardCharsets.UTF_8, recipients, rows));

            Map<String, List<Long>> recipientsByCounty = idsByCounty(dataSource,
                    "SELECT id, county_code FROM recipient ORDER BY id");
            List<Long> everyone = new ArrayList<>();
            Map<Long, String> countyOf = new HashMap<>();
            byCounty.forEach((county, ids) -> ids.forEach(id -> {
                everyone.add(id);
                countyOf.put(id, county);
            }));
            everyone.sort(Comparator.naturalOrder());
            StringBuilder logs = new StringBuilder("专家编号,县区,受援对象编号,开始日期,天数,类型,服务内容,满意度\n");
            for (int i = 0; i < rows; i++) {
                long specialist = everyone.get(i % everyone.size());
                String county = countyOf.get(specialist);
                List<Long> near = recipientsByCounty.get(county);
                LocalDate day = first.plusDays(((i / everyone.size()) / 2) % days);
                logs.append(specialist).append(',').append(county).append(',')
                        .append(near.get(random.nextInt(near.size()))).append(',').append(day).append(",0.5,")
                        .append(KINDS.get(random.nextInt(KINDS.size()))).append(",现场技术指导第").append(i)
                        .append("次,").append(3 + random.nextInt(3)).append('\n');
            }
            lines.add(timed(imports, ImportKind.LOGS, StandardCharsets.UTF_8, logs, rows));
        }
        lines.forEach(System.out::println);
        Files.createDirectories(report.getParent());
        Files.writeString(report, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        System.out.println("report: " + report);
    }

    /** Imports the file as the city office; the line gives the rows per second the import itself took. */
    private static String timed(ImportServiceImpl imports, ImportKind kind, Charset charset, CharSequence csv,
                                int rows) {
        byte[] file = csv.toString().getBytes(charset);
        Timing timing = Timing.of(kind.path() + " (" + file.length / 1024 + " KiB " + charset.name() + " CSV)", 0,
                () -> {
                    long cpu = THREADS.getCurrentThreadCpuTime();
                    ImportReport report = imports.importFile(CITY, kind, ImportFormat.CSV,
                            charset.equals(StandardCharsets.UTF_8) ? null : charset, kind.path() + ".csv",
                            new ByteArrayInputStream(file));
                    double cpuSeconds = (THREADS.getCurrentThreadCpuTime() - cpu) / 1e9;
                    if (!report.accepted()) {
                        throw new IllegalStateException(report.rejected().size() + " rows refused, e.g. "
                                + report.rejected().stream().limit(3).toList());
                    }
                    // on a shared machine the wall clock mostly measures the others' load; the importing thread's
                    // CPU time (Derby embedded does its work, log writes included, on that thread) is the steadier gauge
                    return String.format(Locale.ROOT, "%d of %d imported, %.0f rows/s, %.0f rows per CPU-second",
                            report.imported(), rows, report.imported() * 1000.0 / Math.max(1, report.millis()),
                            report.imported() / Math.max(0.001, cpuSeconds));
                });
        // one call: its time is the cold one, and Timing's p50/p99 columns would only repeat it
        return timing.failed() ? String.format(Locale.ROOT, "| %s | %s | | %d |", timing.name(), timing.failure(),
                timing.peakMiB())
                : String.format(Locale.ROOT, "| %s | %s | %.0f | %d |", timing.name(), timing.answer(), timing.cold(),
                timing.peakMiB());
    }

    private static Map<String, List<Long>> idsByCounty(EmbeddedDataSource dataSource, String sql)
            throws SQLException {
        Map<String, List<Long>> ids = new HashMap<>();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(sql)) {
            while (result.next()) {
                ids.computeIfAbsent(result.getString(2), c -> new ArrayList<>()).add(result.getLong(1));
            }
        }
        return ids;
    }

    private static void execute(EmbeddedDataSource dataSource, String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.executeUpdate(sql);
        }
    }
}
