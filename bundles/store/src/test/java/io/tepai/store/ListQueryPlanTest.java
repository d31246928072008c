package io.tepai.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.tepai.api.PageRequest;
import io.tepai.api.audit.AuditFilter;
import io.tepai.api.dispatch.AssignmentFilter;
import io.tepai.api.field.LogFilter;
import io.tepai.api.field.LogStatus;
import io.tepai.api.funding.AllocationFilter;
import io.tepai.api.funding.ExpenseCategory;
import io.tepai.api.funding.ExpenseFilter;
import io.tepai.api.org.UnitFilter;
import io.tepai.api.org.UnitType;
import io.tepai.api.specialist.Classification;
import io.tepai.api.specialist.SpecialistFilter;
import io.tepai.api.specialist.SpecialistStatus;
import io.tepai.api.team.TeamFilter;
import io.tepai.api.team.TeamLevel;
import io.tepai.api.team.TeamStatus;
import io.tepai.spi.tier.SupportLevel;
import io.tepai.store.testing.MigratedDatabase;
import io.tepai.store.testing.StatementCounter.Sent;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 17: every list the API pages through is served by an index on PostgreSQL. Each page method of the
 * repositories runs once per filter it offers against a database with a few thousand specialists, dispatches,
 * recipients and logs, on a deep page; every statement it sends is explained ({@code EXPLAIN (FORMAT JSON)}, its
 * parameters bound) with sequential scans and sorts disabled, so that the plan shows what the indexes allow rather
 * than what suits a small table: a scan or a sort is then planned only where no index serves. A plan fails when, on
 * one of the {@link #LARGE} tables, it
 * <ul>
 * <li>scans the table (Seq Scan),</li>
 * <li>reads the rows of a filter that keeps few of them (under a fifth) by walking a whole index and filtering it
 * (an index scan with a Filter and no Index Cond): a full scan in another form, or</li>
 * <li>sorts (a Sort or Incremental Sort node over the table) to cut a page: the page's order must come from an
 * index, not from sorting every row the filter keeps.</li>
 * </ul>
 * A list whose filter or order no index can serve as written is a {@link #EXCEPTIONS documented exception}. {@link
 * #everyPageMethodIsChecked()} fails when a repository gains a page method this test does not run. README
 * "Switching to PostgreSQL" says how to run it.
 */
class ListQueryPlanTest {

    /** The tables that grow with the programme: hundreds of thousands to millions of rows nationally. */
    static final Set<String> LARGE = Set.of("specialist", "specialist_field", "specialist_gram", "specialist_sector",
            "specialist_segment", "specialist_county", "assignment", "assignment_industry", "assignment_recipient",
            "recipient", "recipient_specialist", "service_log", "service_log_recipient", "service_log_outcome");

    /**
     * Lists no B-tree index can serve as written, by case name, with the reason: their plans are not checked.
     * Contains-anywhere text search ({@code LOWER(x) LIKE '%q%'}) reads every row of its scope whatever the index; a
     * trigram index (pg_trgm) would serve it on PostgreSQL but not on Derby. The specialists' (q, field) seek their
     * grams instead (V022) and are checked.
     */
    static final Map<String, String> EXCEPTIONS = Map.of(
            "recipients by q", "LOWER(name) LIKE '%q%': contains-anywhere text search",
            // issue 17, not yet met: both are ordered for officials reading them (by support level and name, by name),
            // which no index of the county's dispatch gives; each page sorts the county's dispatched specialists of
            // the year (the largest county: about 85,000 nationally), not a whole table
            "squad of a county", "ORDER BY support level, name within the county's dispatch of the year",
            "progress of a county", "ORDER BY name within the county's dispatch of the year",
            // R-GOAL-1's three ways to cover merged by a UNION (CoveringSql): the page sorts the cell's covering
            // assignments, at most the county's dispatch of the year, which the page's total reads anyway
            "specialists covering a county's industry", "ORDER BY assignment over the UNION of the ways to cover");

    /** A filter that keeps less than this share of a table's rows should be an index's condition. */
    private static final double SELECTIVE = 0.2;
    /** {@code -Dtepai.plans=true} prints every statement with its plan's nodes. */
    private static final boolean VERBOSE = Boolean.getBoolean("tepai.plans");
    /**
     * A page deep in the list, as a client paging to the end reads it: walking another index and filtering it to fill
     * the page would read most of the table.
     */
    private static final PageRequest PAGE = new PageRequest(10, 20);
    private static final int SPECIALISTS = 6000;
    private static final int RECIPIENTS = 3000;
    private static final int LOGS = 30000;
    /** The first is the one the cases filter by. */
    private static final String[] COUNTIES = {"wuzhi", "jiefang", "zhongzhan", "macun", "shanyang", "xiuwu", "boai",
            "wenxian", "qinyang", "mengzhou"};

    private static InMemoryDatabase db;
    private static long specialist;
    private static long recipient;

    /** One list query with one of its filters set: the repository method (class.name/arity) and how to call it. */
    private record Case(String method, String name, Function<Repositories, Object> query) {
    }

    @BeforeAll
    static void load() throws SQLException {
        if (!MigratedDatabase.onPostgres()) {
            return;
        }
        db = InMemoryDatabase.withStore();
        try (Connection connection = db.dataSource().getConnection();
             Statement statement = connection.createStatement()) {
            for (String sql : ListQueryDataSet.statements(SPECIALISTS, RECIPIENTS, LOGS, COUNTIES)) {
                statement.execute(sql);
            }
            specialist = first(statement, "SELECT MIN(id) FROM specialist") + 17;
            recipient = first(statement, "SELECT MIN(id) FROM recipient") + 5;
            statement.execute("ANALYZE");
        }
    }

    private static long first(Statement statement, String sql) throws SQLException {
        try (ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getLong(1);
        }
    }

    @Test
    void everyListQueryIsServedByAnIndex() throws SQLException {
        assumeTrue(MigratedDatabase.onPostgres(), "EXPLAIN plans are checked on PostgreSQL");
        List<String> failures = new ArrayList<>();
        int statements = 0;
        for (Case check : cases()) {
            List<Sent> sent = db.statements().sentDuring(() -> db.store().read(check.query()));
            if (EXCEPTIONS.containsKey(check.name())) {
                continue;
            }
            for (Sent statement : sent) {
                if (!statement.sql().stripLeading().toUpperCase().startsWith("SELECT")) {
                    continue;
                }
                statements++;
                if (VERBOSE) {
                    System.out.println(check.name() + ": " + statement.sql());
                }
                for (String problem : problems(statement)) {
                    failures.add(check.name() + " (" + check.method() + "): " + problem + "\n    " + statement.sql());
                }
            }
        }
        System.out.println("ListQueryPlanTest: " + statements + " statements explained, " + failures.size()
                + " problems");
        assertEquals("", String.join("\n", failures),
                failures.size() + " plans of list queries read a large table without an index");
    }

    /**
     * Not a list, but sent with every log written (issue 17): the overlap check reads a specialist's logs from the
     * earliest start a 366-day log reaching the new one may have, so both start-date bounds are the index's condition
     * and no earlier log of the specialist is walked.
     */
    @Test
    void theOverlapCheckOfALogWriteReadsAnIndexRange() throws SQLException {
        assumeTrue(MigratedDatabase.onPostgres(), "EXPLAIN plans are checked on PostgreSQL");
        LocalDate start = LocalDate.of(2025, 6, 1);
        List<Sent> sent = db.statements().sentDuring(() -> db.store().read(r -> r.logs().fieldTimeOf(
                List.of(specialist), start, start, start.minusDays(365))));

        assertEquals(1, sent.size());
        assertEquals(List.of(), problems(sent.get(0)));
        try (Connection connection = db.dataSource().getConnection();
             Statement settings = connection.createStatement()) {
            settings.execute("SET enable_seqscan = off");
            String plan = plan(connection, sent.get(0));
            assertTrue(Pattern.compile("\"Index Cond\": \"([^\"]*)\"").matcher(plan).results().map(m -> m.group(1))
                    .anyMatch(cond -> cond.contains("specialist_id = ") && cond.contains("start_date >= ")
                            && cond.contains("start_date <= ")), plan);
        }
    }

    /** What is wrong with the statement's plan on the large tables; empty when nothing is. */
    private static List<String> problems(Sent statement) throws SQLException {
        // EclipseLink pages JPQL with LIMIT; native SQL (the coverage drill-down) with OFFSET … FETCH NEXT
        String sql = statement.sql().toUpperCase();
        boolean paged = sql.contains(" LIMIT ") || sql.contains(" FETCH NEXT ");
        List<String> problems = new ArrayList<>();
        try (Connection connection = db.dataSource().getConnection();
             Statement settings = connection.createStatement()) {
            // what the indexes allow, not what suits a table of a few thousand rows: a scan of the table or a sort
            // is planned only when no index can give the rows or their order
            settings.execute("SET enable_seqscan = off");
            settings.execute("SET enable_sort = off");
            settings.execute("SET enable_incremental_sort = off");
            // fetching a row by an index costs about what reading the next page does on an SSD
            settings.execute("SET random_page_cost = 1.1");
            String plan = plan(connection, statement);
            // the plan's nodes, walked by PostgreSQL's own JSON path rather than a JSON library
            String overLarge = "$.Plans.** ? (@.\"Relation Name\" like_regex \""
                    + LARGE.stream().sorted().collect(Collectors.joining("|", "^(", ")$")) + "\")";
            try (PreparedStatement nodes = connection.prepareStatement("SELECT n->>'Node Type', n->>'Relation Name',"
                    + " n->>'Index Name', n->'Index Cond' IS NOT NULL,"
                    + " n->'Filter' IS NOT NULL AND (n->>'Plan Rows')::float8 < " + SELECTIVE + " * (SELECT reltuples"
                    + " FROM pg_class WHERE relname = n->>'Relation Name'), jsonb_path_exists(n, ?::jsonpath)"
                    + " FROM jsonb_path_query(?::jsonb, 'lax $.**') n"
                    + " WHERE jsonb_typeof(n) = 'object' AND n->'Node Type' IS NOT NULL")) {
                nodes.setString(1, overLarge);
                nodes.setString(2, plan);
                try (ResultSet node = nodes.executeQuery()) {
                    while (node.next()) {
                        String type = node.getString(1);
                        String table = node.getString(2);
                        boolean onLarge = table != null && LARGE.contains(table);
                        if (onLarge && type.equals("Seq Scan")) {
                            problems.add("Seq Scan on " + table);
                        } else if (onLarge && type.startsWith("Index") && !node.getBoolean(4) && node.getBoolean(5)) {
                            problems.add(type + " on " + table + " walks all of " + node.getString(3)
                                    + " to keep a few rows");
                        } else if (paged && type.endsWith("Sort") && node.getBoolean(6)) {
                            problems.add(type + " of the filtered rows of a large table for a page");
                        }
                        if (VERBOSE) {
                            System.out.println("  " + type + (table == null ? "" : " on " + table)
                                    + (node.getString(3) == null ? "" : " using " + node.getString(3))
                                    + (node.getBoolean(4) ? " [cond]" : "")
                                    + (node.getBoolean(5) ? " [selective filter]" : ""));
                        }
                    }
                }
            }
        }
        return problems;
    }

    /** The statement's plan as JSON, its parameters bound as the store bound them. */
    private static String plan(Connection connection, Sent statement) throws SQLException {
        try (PreparedStatement explain = connection.prepareStatement("EXPLAIN (FORMAT JSON) " + statement.sql())) {
            statement.bindTo(explain);
            try (ResultSet rows = explain.executeQuery()) {
                rows.next();
                return rows.getString(1);
            }
        }
    }

    /**
     * Every public method of a repository that returns a page is run by {@link #cases()}: a new list query fails the
     * build until its plans are checked here.
     */
    @Test
    void everyPageMethodIsChecked() {
        Set<String> pageMethods = new TreeSet<>();
        for (Method accessor : Repositories.class.getMethods()) {
            Class<?> repository = accessor.getReturnType();
            if (!repository.getSimpleName().endsWith("Repository")) {
                continue;
            }
            for (Method method : repository.getDeclaredMethods()) {
                if (Modifier.isPublic(method.getModifiers()) && method.getReturnType() == io.tepai.api.Page.class) {
                    pageMethods.add(key(repository, method.getName(), method.getParameterCount()));
                }
            }
        }
        Set<String> checked = cases().stream().map(Case::method).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(pageMethods, checked, "page methods of the repositories vs. those ListQueryPlanTest runs");
    }

    private static String key(Class<?> repository, String method, int arity) {
        return repository.getSimpleName() + "." + method + "/" + arity;
    }

    private static List<Case> cases() {
        Cases cases = new Cases();
        // specialists (GET /specialists)
        cases.on(SpecialistRepository.class, "search", 2)
                .add("specialists", r -> r.specialists().search(SpecialistFilter.ALL, PAGE))
                .add("specialists by county", r -> r.specialists().search(
                        new SpecialistFilter("wuzhi", null, null, null, null, null), PAGE))
                .add("specialists by county and year", r -> r.specialists().search(
                        new SpecialistFilter("wuzhi", null, null, null, null, null, 2026), PAGE))
                .add("specialists by unit", r -> r.specialists().search(
                        new SpecialistFilter(null, "u0", null, null, null, null), PAGE))
                .add("specialists by tier", r -> r.specialists().search(
                        new SpecialistFilter(null, null, "county", null, null, null), PAGE))
                .add("specialists by status", r -> r.specialists().search(
                        new SpecialistFilter(null, null, null, SpecialistStatus.EXITED, null, null), PAGE))
                .add("specialists by classification", r -> r.specialists().search(new SpecialistFilter(null, null,
                        null, null, null, null, null, Classification.RURAL_ENTREPRENEURSHIP), PAGE))
                .add("specialists by field", r -> r.specialists().search(
                        new SpecialistFilter(null, null, null, null, "field7", null), PAGE))
                .add("specialists by q", r -> r.specialists().search(
                        new SpecialistFilter(null, null, null, null, null, "name7"), PAGE))
                .add("specialists by one character of q", r -> r.specialists().search(
                        new SpecialistFilter(null, null, null, null, null, "7"), PAGE))
                .add("specialists by county, year and q", r -> r.specialists().search(
                        new SpecialistFilter("wuzhi", null, null, null, null, "name7", 2026), PAGE));
        // service logs (GET /logs)
        cases.on(ServiceLogRepository.class, "search", 2)
                .add("logs", r -> r.logs().search(LogFilter.ALL, PAGE))
                .add("logs by specialist", r -> r.logs().search(
                        new LogFilter(specialist, null, null, null, null, null, null), PAGE))
                .add("logs by county", r -> r.logs().search(
                        new LogFilter(null, "wuzhi", null, null, null, null, null), PAGE))
                .add("logs by unit", r -> r.logs().search(
                        new LogFilter(null, null, "u0", null, null, null, null), PAGE))
                .add("logs by recipient", r -> r.logs().search(
                        new LogFilter(null, null, null, recipient, null, null, null), PAGE))
                .add("logs by status", r -> r.logs().search(
                        new LogFilter(null, null, null, null, LogStatus.SUBMITTED, null, null), PAGE))
                .add("logs by dates", r -> r.logs().search(new LogFilter(null, null, null, null, null,
                        LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 31)), PAGE))
                .add("logs by county and status", r -> r.logs().search(
                        new LogFilter(null, "wuzhi", null, null, LogStatus.SUBMITTED, null, null), PAGE));
        // dispatch (GET /assignments)
        cases.on(AssignmentRepository.class, "search", 2)
                .add("assignments", r -> r.assignments().search(
                        new AssignmentFilter(null, null, null, null, null), PAGE))
                .add("assignments by county", r -> r.assignments().search(
                        new AssignmentFilter("wuzhi", null, null, null, null), PAGE))
                .add("assignments by year", r -> r.assignments().search(
                        new AssignmentFilter(null, 2026, null, null, null), PAGE))
                .add("assignments by county and year", r -> r.assignments().search(
                        new AssignmentFilter("wuzhi", 2026, null, null, null), PAGE))
                .add("assignments by specialist", r -> r.assignments().search(
                        new AssignmentFilter(null, null, specialist, null, null), PAGE))
                .add("assignments by unit", r -> r.assignments().search(
                        new AssignmentFilter(null, null, null, "u0", null), PAGE))
                .add("assignments by level", r -> r.assignments().search(
                        new AssignmentFilter(null, null, null, null, SupportLevel.COUNTY), PAGE));
        // a county's squad (GET /squads/{county}?page=) and progress (GET /progress?county=&page=)
        cases.on(AssignmentRepository.class, "squadPage", 4)
                .add("squad of a county", r -> r.assignments().squadPage("wuzhi", 2026, null, PAGE));
        // the specialists covering a county's leading industry (GET /coverage/{county}?industry=&page=, R-GOAL-1)
        cases.on(AssignmentRepository.class, "coveringPage", 6)
                .add("specialists covering a county's industry", r -> r.assignments().coveringPage("wuzhi", "四大怀药",
                        2026, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), PAGE));
        cases.on(SpecialistRepository.class, "progressPage", 3)
                .add("progress of a county", r -> r.specialists().progressPage(new SpecialistRepository.ProgressScope(
                        "wuzhi", null, null, null, null, 2026, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)),
                        PAGE, 1_000));
        // recipients (GET /recipients)
        cases.on(RecipientRepository.class, "search", 5)
                .add("recipients", r -> r.recipients().search(null, null, null, null, PAGE))
                .add("recipients by county", r -> r.recipients().search("wuzhi", null, null, null, PAGE))
                .add("recipients by kind", r -> r.recipients().search(null, "COOPERATIVE", null, null, PAGE))
                .add("recipients by specialist", r -> r.recipients().search(null, null, specialist, null, PAGE))
                .add("recipients by q", r -> r.recipients().search(null, null, null, "r7", PAGE));
        // coordination requests (GET /requests)
        cases.on(RequestRepository.class, "search", 6)
                .add("requests", r -> r.requests().search(null, null, null, null, null, PAGE))
                .add("requests by specialist", r -> r.requests().search(specialist, null, null, null, null, PAGE))
                .add("requests by county", r -> r.requests().search(null, "wuzhi", null, null, null, PAGE))
                .add("requests by status", r -> r.requests().search(null, null, "OPEN", null, null, PAGE))
                .add("requests by holder", r -> r.requests().search(null, null, null, "wuzhi", null, PAGE))
                .add("requests open before", r -> r.requests().search(null, null, null, null,
                        Instant.parse("2026-01-01T00:00:00Z"), PAGE));
        // organisation
        cases.on(UnitRepository.class, "search", 2)
                .add("units", r -> r.units().search(new UnitFilter(null, null), PAGE))
                .add("units by type", r -> r.units().search(new UnitFilter(UnitType.UNIVERSITY, null), PAGE))
                .add("units by q", r -> r.units().search(new UnitFilter(null, "u0"), PAGE));
        cases.on(TeamRepository.class, "search", 2)
                .add("teams", r -> r.teams().search(TeamFilter.ALL, PAGE))
                .add("teams by level, county, status", r -> r.teams().search(
                        new TeamFilter(TeamLevel.CITY, "wuzhi", TeamStatus.FORMING, null, null, null), PAGE))
                .add("teams by industry", r -> r.teams().search(
                        new TeamFilter(null, null, null, "小麦", null, null), PAGE))
                .add("teams by unit", r -> r.teams().search(new TeamFilter(null, null, null, null, null, "u0"), PAGE))
                .add("teams by q", r -> r.teams().search(new TeamFilter(null, null, null, null, "t", null), PAGE));
        cases.on(AgreementRepository.class, "search", 3)
                .add("agreements", r -> r.agreements().search(null, null, PAGE))
                .add("agreements by county and status", r -> r.agreements().search("wuzhi", "SIGNED", PAGE));
        cases.on(AccountRepository.class, "search", 2)
                .add("accounts", r -> r.accounts().search(null, PAGE))
                .add("accounts by role", r -> r.accounts().search("COUNTY", PAGE));
        cases.on(AuditRepository.class, "search", 2)
                .add("audit", r -> r.audit().search(new AuditFilter(null, null, null, null, null), PAGE))
                .add("audit of an entity", r -> r.audit().search(
                        new AuditFilter("specialist", "1", null, null, null), PAGE))
                .add("audit by actor and time", r -> r.audit().search(new AuditFilter(null, null, "admin",
                        Instant.parse("2026-01-01T00:00:00Z"), Instant.parse("2026-02-01T00:00:00Z")), PAGE));
        // records of service
        cases.on(RecordsRepository.class, "trainings", 4)
                .add("trainings", r -> r.records().trainings(null, null, null, PAGE))
                .add("trainings of a specialist in dates", r -> r.records().trainings(specialist,
                        LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), PAGE));
        cases.on(RecordsRepository.class, "bases", 4)
                .add("bases", r -> r.records().bases(null, null, null, PAGE))
                .add("bases by county, specialist, team", r -> r.records().bases("wuzhi", specialist, 1L, PAGE));
        cases.on(RecordsRepository.class, "mentees", 3)
                .add("mentees", r -> r.records().mentees(null, null, PAGE))
                .add("mentees by county and specialist", r -> r.records().mentees("wuzhi", specialist, PAGE));
        // evaluation
        cases.on(EvaluationRepository.class, "rounds", 6)
                .add("rounds", r -> r.evaluations().rounds(null, null, null, null, null, PAGE))
                .add("rounds by year, kind, county, status", r -> r.evaluations().rounds(2026, "SPECIALIST", "wuzhi",
                        "PUBLISHED", null, PAGE))
                .add("rounds visible to a county", r -> r.evaluations().rounds(null, null, null, null, "wuzhi", PAGE));
        cases.on(EvaluationRepository.class, "results", 8)
                .add("results of a round", r -> r.evaluations().results(1L, null, null, null, null, null, false, PAGE))
                .add("results by year, kind, county, unit, grade", r -> r.evaluations().results(null, 2026,
                        "SPECIALIST", "wuzhi", "u0", "EXCELLENT", true, PAGE));
        cases.on(EvaluationRepository.class, "results", 9)
                .add("results of a subject", r -> r.evaluations().results(null, null, null, null, null, null,
                        Long.toString(specialist), true, PAGE));
        cases.on(EvaluationRepository.class, "grants", 6)
                .add("grants", r -> r.evaluations().grants(null, null, null, null, null, PAGE))
                .add("grants by year, round, county, unit, policy", r -> r.evaluations().grants(2026, 1L, "wuzhi",
                        "u0", "p", PAGE));
        // funding
        AllocationFilter scope = new AllocationFilter(2026, 1L, 1L, specialist, "wuzhi", "u0");
        cases.on(FundingRepository.class, "budgets", 3)
                .add("budgets", r -> r.funding().budgets(null, null, PAGE))
                .add("budgets by year and source", r -> r.funding().budgets(2026, "CITY", PAGE));
        cases.on(FundingRepository.class, "allocations", 2)
                .add("allocations", r -> r.funding().allocations(AllocationFilter.ALL, PAGE))
                .add("allocations by every filter", r -> r.funding().allocations(scope, PAGE))
                .add("allocations by county", r -> r.funding().allocations(
                        new AllocationFilter(null, null, null, null, "wuzhi", null), PAGE));
        cases.on(FundingRepository.class, "disbursements", 3)
                .add("disbursements", r -> r.funding().disbursements(null, AllocationFilter.ALL, PAGE))
                .add("disbursements by allocation and scope", r -> r.funding().disbursements(1L, scope, PAGE));
        cases.on(FundingRepository.class, "expenses", 2)
                .add("expenses", r -> r.funding().expenses(ExpenseFilter.ALL, PAGE))
                .add("expenses by every filter", r -> r.funding().expenses(new ExpenseFilter(2026, 1L,
                        ExpenseCategory.WORK_SUBSIDY, 1L, specialist, "wuzhi", "u0"), PAGE));
        cases.on(FundingRepository.class, "allocatedBy", 4)
                .add("ledger by team", r -> r.funding().allocatedBy("a.teamId", 2026, AllocationFilter.ALL, PAGE))
                .add("ledger by county in scope", r -> r.funding().allocatedBy("a.countyCode", 2026, scope, PAGE));
        cases.on(InsuranceRepository.class, "policies", 5)
                .add("policies", r -> r.insurance().policies(null, null, null, 2026, PAGE))
                .add("policies of a specialist", r -> r.insurance().policies(specialist, null, null, 2026, PAGE))
                .add("policies by unit", r -> r.insurance().policies(null, "u0", null, 2026, PAGE))
                .add("policies by county", r -> r.insurance().policies(null, null, "wuzhi", 2026, PAGE));
        cases.on(InsuranceRepository.class, "uninsured", 5)
                .add("uninsured", r -> r.insurance().uninsured(LocalDate.of(2026, 6, 1), null, null, 2026, PAGE))
                .add("uninsured by unit", r -> r.insurance().uninsured(LocalDate.of(2026, 6, 1), "u0", null, 2026,
                        PAGE))
                .add("uninsured by county", r -> r.insurance().uninsured(LocalDate.of(2026, 6, 1), null, "wuzhi",
                        2026, PAGE));
        cases.on(TransferRepository.class, "transfers", 5)
                .add("transfers", r -> r.transfers().transfers(null, null, null, 2026, PAGE))
                .add("transfers of a specialist", r -> r.transfers().transfers(specialist, null, null, 2026, PAGE))
                .add("transfers by unit", r -> r.transfers().transfers(null, "u0", null, 2026, PAGE))
                .add("transfers by county", r -> r.transfers().transfers(null, null, "wuzhi", 2026, PAGE));
        cases.on(InspectionRepository.class, "inspections", 2)
                .add("inspections", r -> r.inspections().inspections(null, PAGE))
                .add("inspections by year", r -> r.inspections().inspections(2026, PAGE));
        cases.on(FeeComplaintRepository.class, "complaints", 3)
                .add("fee complaints", r -> r.feeComplaints().complaints(null, null, PAGE))
                .add("fee complaints by year and county", r -> r.feeComplaints().complaints(2026, "wuzhi", PAGE));
        // recruitment, demands, roster
        cases.on(IntakeRepository.class, "intakes", 3)
                .add("intakes", r -> r.intakes().intakes(null, null, PAGE))
                .add("intakes by year and status", r -> r.intakes().intakes(2026, "OPEN", PAGE));
        cases.on(IntakeRepository.class, "registrations", 4)
                .add("registrations of an intake", r -> r.intakes().registrations(1L, null, null, PAGE))
                .add("registrations by unit and status", r -> r.intakes().registrations(1L, "u0", "SUBMITTED", PAGE));
        cases.on(IntakeRepository.class, "objections", 3)
                .add("objections", r -> r.intakes().objections(null, null, PAGE))
                .add("objections of an intake by status", r -> r.intakes().objections(1L, "OPEN", PAGE));
        cases.on(DemandRepository.class, "search", 6)
                .add("demands of a year", r -> r.demands().search(2026, null, null, null,
                        DemandRepository.Drafts.NONE, PAGE))
                .add("demands by county, industry, status", r -> r.demands().search(2026, "wuzhi", "小麦",
                        "PUBLISHED", DemandRepository.Drafts.of("wuzhi"), PAGE));
        cases.on(DemandRepository.class, "matches", 2)
                .add("matches of a demand", r -> r.demands().matches(1L, PAGE));
        cases.on(RosterRepository.class, "wishes", 4)
                .add("roster wishes", r -> r.rosters().wishes(null, null, null, PAGE))
                .add("roster wishes by year, specialist, unit", r -> r.rosters().wishes(2026, specialist, "u0", PAGE));
        cases.on(RosterRepository.class, "requests", 5)
                .add("roster requests", r -> r.rosters().requests(null, null, null, null, PAGE))
                .add("roster requests by year, county, specialist, unit", r -> r.rosters().requests(2026, "wuzhi",
                        specialist, "u0", PAGE));
        cases.on(RosterRepository.class, "entries", 7)
                .add("roster entries", r -> r.rosters().entries(1L, null, null, null, 2026, null, PAGE))
                .add("roster entries by outcome and unit", r -> r.rosters().entries(1L, "KEEP", "u0", null, 2026,
                        null, PAGE))
                .add("roster entries by county served", r -> r.rosters().entries(1L, null, null, "wuzhi", 2026,
                        null, PAGE))
                .add("roster entries of a specialist", r -> r.rosters().entries(1L, null, null, null, 2026,
                        specialist, PAGE));
        return cases.all;
    }

    /** Collects {@link Case}s method by method. */
    private static final class Cases {

        private final List<Case> all = new ArrayList<>();
        private String method;

        Cases on(Class<?> repository, String name, int arity) {
            method = key(repository, name, arity);
            return this;
        }

        Cases add(String name, Function<Repositories, Object> query) {
            all.add(new Case(method, name, query));
            return this;
        }
    }
}
