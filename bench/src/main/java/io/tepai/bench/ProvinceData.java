package io.tepai.bench;

import io.tepai.api.Actor;
import io.tepai.api.imports.ImportFormat;
import io.tepai.api.imports.ImportKind;
import io.tepai.api.imports.ImportReport;
import io.tepai.api.imports.ImportService;
import io.tepai.api.field.RequestDraft;
import io.tepai.core.field.RequestServiceImpl;
import io.tepai.core.team.TeamServiceImpl;
import io.tepai.core.testing.Organisation;
import io.tepai.store.Store;
import io.tepai.store.entity.CountyEntity;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.IntFunction;
import javax.sql.DataSource;

/**
 * A deterministic data set (same seed and size, same rows) loaded through Tepai's own bulk import
 * ({@link ImportService}: every row checked by the single writes' rules, one transaction per file), as a programme
 * would bring in its registers: CSV files of at most {@value #ROWS_PER_FILE} rows, kept in the data set's folder —
 * specialists of the two fixture units (GBK, as Excel saves a file on a Chinese Windows), their dispatch for the
 * year, recipients (one per ten specialists) and the year's confirmed service logs, each a half or whole day with one
 * recipient of the county, no two on one day for a specialist, January to November. Then, through the services one
 * by one since they have no bulk import, a county team in each county and a coordination request per hundred
 * specialists.
 *
 * <p>Every specialist serves one of the eleven counties; the largest, {@value #LARGEST}, holds a tenth of them (the
 * issue's ~85,000 of 850,000), the other ten share the rest evenly.
 *
 * <p>The one write behind the services' back: between the specialists and their dispatch one SQL update makes the
 * imported candidates ACTIVE. Appointment is the intake's selection (R-REC-2), which has no bulk path, and only
 * appointed specialists are dispatched. It is named in the report.
 */
final class ProvinceData {

    static final int YEAR = 2026;
    static final String LARGEST = "wuzhi";
    static final int ROWS_PER_FILE = 50_000;
    /** The last day a log may be on: in the past on any day the benchmark runs from December 2026 on. */
    private static final LocalDate LAST_DAY = LocalDate.of(YEAR, 11, 30);
    static final List<String> COUNTIES = List.of(LARGEST, "jiefang", "zhongzhan", "macun", "shanyang",
            "xiuwu", "boai", "wenxian", "qinyang", "mengzhou", "shifanqu");
    static final List<String> SURNAMES = List.of("郭", "李", "王", "张", "刘", "陈", "杨", "赵", "黄", "周");
    static final List<String> GIVEN = List.of("明", "华", "伟", "芳", "强", "磊", "静", "敏", "军", "洋");
    static final List<String> FIELDS = List.of("怀山药栽培", "小麦良种繁育", "玉米栽培", "畜禽养殖",
            "花卉苗木", "果树栽培", "农产品电商", "中药材加工", "蔬菜种植", "农机推广");
    private static final List<String> KINDS = List.of("TECHNICAL_GUIDANCE", "DEMONSTRATION_BASE", "TRAINING_SESSION");
    private static final Charset GBK = Charset.forName("GBK");
    /** Phone numbers 0391-3000000 on for the specialists, 0391-7000000 on for the recipients, in file order. */
    private static final int SPECIALIST_PHONE = 3_000_000;
    private static final int RECIPIENT_PHONE = 7_000_000;

    private final Store store;
    private final DataSource dataSource;
    private final ImportService imports;
    private final Actor city;
    private final Path folder;
    private final Random random;
    private final List<String> report = new ArrayList<>();

    ProvinceData(Store store, DataSource dataSource, ImportService imports, Actor city, Path folder, long seed) {
        this.store = store;
        this.dataSource = dataSource;
        this.imports = imports;
        this.city = city;
        this.folder = folder;
        this.random = new Random(seed);
    }

    /** A tenth of everyone in the largest county, the rest spread evenly over the other ten. */
    static String county(int i) {
        return i % 10 == 0 ? LARGEST : COUNTIES.get(1 + (i / 10 * 9 + i % 10 - 1) % 10);
    }

    /** Loads the data set; the answer is the report's lines about it (rows per second of each import). */
    List<String> load(int specialists, int logs) throws IOException, SQLException {
        BenchFiles.delete(folder);
        Files.createDirectories(folder);
        report.add("| import (files of ≤ " + ROWS_PER_FILE + " rows) | rows | files | import s | rows/s |");
        report.add("| --- | ---: | ---: | ---: | ---: |");
        Organisation.units(store);
        Map<String, List<String>> industries = new HashMap<>();
        store.read(repos -> repos.counties().all()).forEach(
                (CountyEntity c) -> industries.put(c.getCode(), List.copyOf(c.getLeadingIndustries())));

        importFiles(ImportKind.SPECIALISTS, GBK, "姓名,派出单位,职称级别,职称,学位,专业领域,派遣层级,分类指导,服务县区,联系电话,"
                + "服务经历", specialists, i -> SURNAMES.get(random.nextInt(10)) + GIVEN.get(random.nextInt(10))
                + GIVEN.get(random.nextInt(10)) + ',' + (i % 2 == 0 ? "hpu" : "jzu")
                + (i % 3 == 0 ? ",ASSOCIATE_SENIOR,副研究员,MASTER," : ",INTERMEDIATE,农艺师,BACHELOR,")
                + FIELDS.get(random.nextInt(10)) + '、' + FIELDS.get(random.nextInt(10))
                + (i % 7 == 0 ? ",county," : ",city,") + (i % 4 == 0 ? "RURAL_ENTREPRENEURSHIP," : "PUBLIC_WELFARE,")
                + county(i) + ",0391-" + (SPECIALIST_PHONE + i) + ",三年基层技术服务");

        execute("UPDATE specialist SET status = 'ACTIVE' WHERE status = 'CANDIDATE'");
        report.add("| (appointment: one SQL update of the candidates to ACTIVE, R-REC-2 has no bulk path) | | | | |");
        long[] ids = new long[specialists];
        int[] countyOf = new int[specialists];
        List<List<Integer>> byCounty = new ArrayList<>();
        COUNTIES.forEach(c -> byCounty.add(new ArrayList<>()));
        // the file's row of each specialist from its phone number: the order of the keys is the database's own
        // (EclipseLink's insert order), and the rows that follow must not depend on it
        readRows("SELECT s.id, c.county_code, s.phone FROM specialist s JOIN specialist_county c"
                + " ON c.specialist_id = s.id", SPECIALIST_PHONE, (n, id, county) -> {
                    ids[n] = id;
                    countyOf[n] = COUNTIES.indexOf(county);
                });
        for (int i = 0; i < specialists; i++) {
            byCounty.get(countyOf[i]).add(i);
        }

        importFiles(ImportKind.ASSIGNMENTS, StandardCharsets.UTF_8, "专家编号,县区,年度,服务产业", specialists, i -> {
            String county = COUNTIES.get(countyOf[i]);
            List<String> leading = industries.get(county);
            return ids[i] + "," + county + "," + YEAR + "," + leading.get(random.nextInt(leading.size()));
        });

        int recipients = Math.max(COUNTIES.size(), specialists / 10);
        importFiles(ImportKind.RECIPIENTS, StandardCharsets.UTF_8, "名称,类型,县区,联系人,联系电话,专家编号", recipients,
                i -> {
                    List<Integer> serving = byCounty.get(COUNTIES.indexOf(county(i)));
                    return county(i) + "第" + i + "号合作社," + (i % 3 == 0 ? "FAMILY_FARM," : "COOPERATIVE,")
                            + county(i) + ",王社长,0391-" + (RECIPIENT_PHONE + i) + ","
                            + ids[serving.get(random.nextInt(serving.size()))];
                });
        long[] recipientIds = new long[recipients];
        readRows("SELECT id, county_code, contact_phone FROM recipient", RECIPIENT_PHONE,
                (n, id, county) -> recipientIds[n] = id);
        List<List<Long>> recipientsOf = new ArrayList<>();
        COUNTIES.forEach(c -> recipientsOf.add(new ArrayList<>()));
        for (int i = 0; i < recipients; i++) {
            recipientsOf.get(COUNTIES.indexOf(county(i))).add(recipientIds[i]);
        }

        // round r of the logs gives every specialist one log, on a day of the r-th slice of the year
        int rounds = Math.max(1, (logs + specialists - 1) / specialists);
        int days = (int) (LAST_DAY.toEpochDay() - LocalDate.of(YEAR, 1, 1).toEpochDay()) + 1;
        int slice = days / rounds;
        if (slice < 1) {
            throw new IllegalArgumentException(logs + " logs are more than one a day for " + specialists
                    + " specialists");
        }
        importFiles(ImportKind.LOGS, StandardCharsets.UTF_8, "专家编号,县区,受援对象编号,开始日期,天数,类型,服务内容,满意度", logs,
                j -> {
                    int who = j % specialists;
                    LocalDate day = LocalDate.of(YEAR, 1, 1).plusDays((long) (j / specialists) * slice
                            + random.nextInt(slice));
                    List<Long> near = recipientsOf.get(countyOf[who]);
                    return ids[who] + "," + COUNTIES.get(countyOf[who]) + "," + near.get(random.nextInt(near.size()))
                            + "," + day + "," + (random.nextBoolean() ? "1" : "0.5") + ","
                            + KINDS.get(random.nextInt(KINDS.size())) + ",现场技术指导第" + j + "次,"
                            + (3 + random.nextInt(3));
                });
        teamsAndRequests(specialists, ids, countyOf, recipientsOf, industries);
        return report;
    }

    /**
     * A county team in each county and one coordination request per hundred specialists (to their dispatching unit,
     * about a recipient of their county): neither has a bulk import, so they go through the services' single writes.
     */
    private void teamsAndRequests(int specialists, long[] ids, int[] countyOf, List<List<Long>> recipientsOf,
                                  Map<String, List<String>> industries) {
        long start = System.nanoTime();
        TeamServiceImpl teams = new TeamServiceImpl(store, Map.of());
        for (String county : COUNTIES) {
            teams.create(Organisation.county(county), Organisation.countyTeam(county, county + "科技服务团",
                    industries.get(county).get(0)));
        }
        report.add(String.format(Locale.ROOT, "| teams (TeamService, one by one) | %d | | %.1f | |", COUNTIES.size(),
                (System.nanoTime() - start) / 1e9));
        start = System.nanoTime();
        RequestServiceImpl requests = new RequestServiceImpl(store, Map.of());
        int count = Math.max(COUNTIES.size(), specialists / 100);
        for (int n = 0; n < count; n++) {
            // spread over the file's rows, and by the last digit over the counties as the specialists are
            int who = (int) Math.min(specialists - 1, (long) n * specialists / count + n % 10);
            List<Long> near = recipientsOf.get(countyOf[who]);
            requests.raise(city, new RequestDraft(ids[who], COUNTIES.get(countyOf[who]),
                    near.get(random.nextInt(near.size())), null, "病虫害防治需要协调第" + n + "次", null));
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        report.add(String.format(Locale.ROOT, "| requests (RequestService, one by one) | %d | | %.1f | %.0f |", count,
                seconds, count / Math.max(0.001, seconds)));
    }

    /** Writes {@code rows} rows in files of at most {@value #ROWS_PER_FILE} and imports each as the city office. */
    private void importFiles(ImportKind kind, Charset charset, String header, int rows, IntFunction<String> row)
            throws IOException {
        long millis = 0;
        int files = 0;
        for (int start = 0; start < rows; start += ROWS_PER_FILE) {
            StringBuilder csv = new StringBuilder(header).append('\n');
            for (int i = start; i < Math.min(rows, start + ROWS_PER_FILE); i++) {
                csv.append(row.apply(i)).append('\n');
            }
            Path file = folder.resolve(String.format(Locale.ROOT, "%s-%04d.csv", kind.path(), files++));
            Files.write(file, csv.toString().getBytes(charset));
            ImportReport imported;
            try (InputStream in = Files.newInputStream(file)) {
                imported = imports.importFile(city, kind, ImportFormat.CSV,
                        charset.equals(StandardCharsets.UTF_8) ? null : charset, file.getFileName().toString(), in);
            }
            if (!imported.accepted()) {
                throw new IllegalStateException(file + ": " + imported.rejected().size() + " rows refused, e.g. "
                        + imported.rejected().stream().limit(3).toList());
            }
            millis += imported.millis();
            System.out.printf(Locale.ROOT, "  %s: %d of %d imported%n", kind.path(),
                    Math.min(rows, start + ROWS_PER_FILE), rows);
        }
        report.add(String.format(Locale.ROOT, "| %s | %d | %d | %.1f | %.0f |", kind.path(), rows, files,
                millis / 1000.0, rows * 1000.0 / Math.max(1, millis)));
    }

    private interface RowReader {
        void accept(int row, long id, String county);
    }

    /** Reads (id, county, phone) rows; the phone number less {@code firstPhone} is the row's index in the files. */
    private void readRows(String sql, int firstPhone, RowReader reader) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false); // PostgreSQL streams the rows in fetches only within a transaction
            statement.setFetchSize(10_000);
            try (ResultSet rows = statement.executeQuery(sql)) {
                while (rows.next()) {
                    reader.accept(Integer.parseInt(rows.getString(3).substring("0391-".length())) - firstPhone,
                            rows.getLong(1), rows.getString(2));
                }
            }
            connection.commit();
        }
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.executeUpdate(sql);
        }
    }
}
