package io.tepai.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.Test;

/**
 * Funding end to end over HTTP and the console (R-FUND-1..3): the demo's budgets, allocations and expenses; bad
 * input refused as problem+json with nothing changed; the ledger reconciling with the allocations it sums; scoping.
 */
public class FundingIT extends TepaiContainerTest {

    private static final int YEAR = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();

    /** 郭明亮's allocation from the city budget (the demo funds every dispatched city-tier specialist). */
    private JsonNode guomlAllocation() throws Exception {
        long guoml = get("/api/specialists?q=" + URLEncoder.encode("郭明亮", StandardCharsets.UTF_8), CITY).json()
                .at("/items/0/id").asLong();
        JsonNode allocations = get("/api/allocations?specialist=" + guoml, CITY).json();
        assertEquals(allocations.toString(), 1, allocations.get("total").asInt());
        return allocations.at("/items/0");
    }

    private static String expense(long allocation, String category, String day, String amount) {
        return "{\"allocationId\":" + allocation + ",\"category\":\"" + category + "\",\"spentOn\":\"" + day
                + "\",\"amount\":" + amount + ",\"description\":\"容器测试：过路费\"}";
    }

    /** The same amount, whatever its scale in JSON (10000.00 reads as 1E+4). */
    private static void assertSame(BigDecimal expected, BigDecimal actual) {
        assertEquals(expected + " vs " + actual, 0, expected.compareTo(actual));
    }

    private void assertProblem(Reply reply, int status, String field) throws Exception {
        assertEquals(reply.toString(), status, reply.status());
        assertTrue(reply.toString(), reply.contentType().startsWith("application/problem+json"));
        assertTrue(reply.toString(), reply.body().contains(field));
    }

    @Test
    public void R_FUND_3_badExpensesAreRefusedAndChangeNothing() throws Exception {
        JsonNode allocation = guomlAllocation();
        long id = allocation.get("id").asLong();
        String day = YEAR + "-01-02";
        long before = get("/api/expenses?allocation=" + id, CITY).json().get("total").asLong();

        assertProblem(send("POST", "/api/expenses", HPU, expense(id, "TOLLS", day, "-5")), 400, "amount");
        assertProblem(send("POST", "/api/expenses", HPU, expense(id, "TOLLS", day, "1.005")), 400, "amount");
        assertProblem(send("POST", "/api/expenses", HPU, expense(id, "BANQUET", day, "5")), 400, "category");
        assertProblem(send("POST", "/api/expenses", HPU, expense(id, "TOLLS", (YEAR - 1) + "-12-31", "5")), 400,
                "spentOn");
        BigDecimal beyond = allocation.get("remaining").decimalValue().add(new BigDecimal("0.01"));
        assertProblem(send("POST", "/api/expenses", HPU, expense(id, "TOLLS", day, beyond.toPlainString())), 422,
                "R-FUND-3");
        assertProblem(send("POST", "/api/expenses", XIUWU, expense(id, "TOLLS", day, "5")), 403, "unit:hpu");

        assertEquals(before, get("/api/expenses?allocation=" + id, CITY).json().get("total").asLong());
        assertSame(allocation.get("spent").decimalValue(),
                get("/api/allocations/" + id, CITY).json().get("spent").decimalValue());

        Reply booked = send("POST", "/api/expenses", HPU, expense(id, "TOLLS", day, "12.30"));
        assertEquals(booked.toString(), 201, booked.status());
        Reply corrected = send("POST", "/api/expenses/" + booked.json().get("id").asLong() + "/correction", HPU,
                "{\"amount\":0,\"reason\":\"重复录入，冲销\"}");
        assertEquals(corrected.toString(), 201, corrected.status());
        assertSame(new BigDecimal("-12.30"), corrected.json().get("amount").decimalValue());
        assertSame(allocation.get("spent").decimalValue(),
                get("/api/allocations/" + id, CITY).json().get("spent").decimalValue());
    }

    @Test
    public void R_FUND_1_R_FUND_2_allocationsKeepTheRangeAndTheBudget() throws Exception {
        JsonNode cityTeam = get("/api/teams?level=CITY&status=ACTIVE", CITY).json().at("/items/0");
        long cityBudget = get("/api/budgets?source=CITY", CITY).json().at("/items/0/id").asLong();
        // the demo gave the team 150,000 this year: 60,000 more would be 210,000 in the year
        Reply outsideRange = send("POST", "/api/allocations", CITY, "{\"budgetId\":" + cityBudget + ",\"teamId\":"
                + cityTeam.get("id").asLong() + ",\"amount\":60000}");
        assertProblem(outsideRange, 422, "R-FUND-1");

        JsonNode wuzhiBudget = get("/api/budgets?source=COUNTY:wuzhi", WUZHI).json().at("/items/0");
        long countySpecialist = get("/api/allocations?budget=" + wuzhiBudget.get("id").asLong(), WUZHI).json()
                .at("/items/0/specialistId").asLong();
        BigDecimal tooMuch = wuzhiBudget.get("unallocated").decimalValue().add(new BigDecimal("0.01"));
        Reply over = send("POST", "/api/allocations", WUZHI, "{\"budgetId\":" + wuzhiBudget.get("id").asLong()
                + ",\"specialistId\":" + countySpecialist + ",\"amount\":" + tooMuch.toPlainString() + "}");
        assertProblem(over, 422, "R-FUND-2");
        assertProblem(send("POST", "/api/allocations", XIUWU, "{\"budgetId\":" + wuzhiBudget.get("id").asLong()
                + ",\"specialistId\":" + countySpecialist + ",\"amount\":1}"), 403, "county:wuzhi");
        assertSame(wuzhiBudget.get("allocated").decimalValue(),
                get("/api/budgets/" + wuzhiBudget.get("id").asLong(), WUZHI).json().get("allocated").decimalValue());
    }

    @Test
    public void theLedgerReconcilesWithTheAllocationsAndIsScoped() throws Exception {
        JsonNode ledger = get("/api/ledger?year=" + YEAR + "&by=budget&size=50", AUDITOR).json();
        assertEquals(12, ledger.get("total").asInt());
        for (JsonNode line : ledger.get("items")) {
            BigDecimal allocated = BigDecimal.ZERO;
            JsonNode allocations = get("/api/allocations?budget=" + line.get("key").asText() + "&size=200", AUDITOR)
                    .json();
            assertTrue(allocations.get("total").asInt() <= 200);
            for (JsonNode allocation : allocations.get("items")) {
                allocated = allocated.add(allocation.get("amount").decimalValue());
            }
            assertSame(allocated, line.get("allocated").decimalValue());
        }
        Reply csv = send("GET", "/api/ledger?by=team", CITY, null, "text/csv");
        assertEquals(200, csv.status());
        assertTrue(csv.contentType(), csv.contentType().startsWith("text/csv"));
        assertTrue(csv.body(), csv.body().startsWith("\uFEFFkey,name,budgeted,committed,allocated,disbursed,spent,remaining,work_subsidy"));

        JsonNode wuzhi = get("/api/budgets", WUZHI).json();
        assertEquals(1, wuzhi.get("total").asInt());
        assertEquals("COUNTY:wuzhi", wuzhi.at("/items/0/source").asText());
        assertProblem(get("/api/allocations?county=xiuwu", WUZHI), 403, "county:xiuwu");
        JsonNode own = get("/api/allocations", SPECIALIST).json();
        assertEquals(1, own.get("total").asInt());
        assertEquals(401, get("/api/ledger", null).status());
    }

    @Test
    public void theConsoleShowsTheLedgerAndBudgets() throws Exception {
        String budgets = console("tepai:budgets");
        assertTrue(budgets, budgets.contains("CITY") && budgets.contains("3000000.00"));
        assertTrue(budgets, budgets.contains("Page 1 of 1 (12 budgets), year " + YEAR));
        String ledger = consoleAs("wuzhi", "tepai:ledger county", "county", "county:wuzhi");
        assertTrue(ledger, ledger.contains("wuzhi") && ledger.contains("500000.00") && !ledger.contains("xiuwu"));
        String refused = consoleAs("wuzhi", "tepai:ledger village", "county", "county:wuzhi");
        assertTrue(refused, refused.contains("'village' is not one of"));
    }

    @Test
    public void R_FUND_5_theCityOfficeSeesWhoHasNoInsuranceToday() throws Exception {
        JsonNode all = get("/api/insurance/uninsured?size=200", CITY).json();
        assertTrue(all.toString(), all.get("total").asInt() >= 3);
        JsonNode wuzhi = get("/api/insurance/uninsured?size=200", WUZHI).json();
        assertTrue(wuzhi.get("total").asInt() <= all.get("total").asInt());
        assertProblem(get("/api/insurance/uninsured", SPECIALIST), 403, "city");
        long uninsured = all.at("/items/0/id").asLong();
        Reply recorded = send("POST", "/api/insurance", CITY, "{\"specialistId\":" + uninsured + ",\"insurer\":"
                + "\"中国人寿\",\"policyNumber\":\"IT-" + uninsured + "\",\"validFrom\":\"" + YEAR + "-01-01\","
                + "\"validTo\":\"" + YEAR + "-12-31\",\"premium\":120.5}");
        assertEquals(recorded.toString(), 201, recorded.status());
        assertEquals(all.get("total").asInt() - 1, get("/api/insurance/uninsured", CITY).json().get("total").asInt());
        String console = console("tepai:uninsured");
        assertTrue(console, console.contains("without cover today"));
    }

    @Test
    public void R_INC_3_aTransferGivingTheTeamLessThanSeventyPercentIsRefused() throws Exception {
        long guoml = guomlAllocation().get("specialistId").asLong();
        String transfer = "{\"specialistId\":" + guoml + ",\"kind\":\"LICENCE\",\"title\":\"冷链包装技术许可\","
                + "\"concludedOn\":\"" + YEAR + "-03-01\",\"netIncome\":100000,\"teamShare\":%s}";
        assertProblem(send("POST", "/api/transfers", HPU, String.format(transfer, "69999.99")), 422, "R-INC-3");
        assertEquals(0, get("/api/transfers?specialist=" + guoml, CITY).json().get("total").asInt());
        Reply recorded = send("POST", "/api/transfers", HPU, String.format(transfer, "75000"));
        assertEquals(recorded.toString(), 201, recorded.status());
        assertSame(new BigDecimal("75"), recorded.json().get("teamSharePercent").decimalValue());
    }

    @Test
    public void R_FUND_4_theDemoInspectionCanBeDrawnAgainWithItsSeed() throws Exception {
        JsonNode inspection = get("/api/inspections?year=" + YEAR, AUDITOR).json().at("/items/0");
        assertEquals("FEES_CHARGED", inspection.at("/items/1/finding").asText());
        Reply again = send("POST", "/api/inspections", CITY, "{\"year\":" + YEAR + ",\"sampleSize\":"
                + inspection.get("sampleSize").asInt() + ",\"seed\":" + inspection.get("seed").asLong() + "}");
        assertEquals(again.toString(), 201, again.status());
        for (int i = 0; i < inspection.get("items").size(); i++) {
            assertEquals(inspection.at("/items/" + i + "/allocationId").asLong(),
                    again.json().at("/items/" + i + "/allocationId").asLong());
        }
        assertProblem(send("POST", "/api/inspections", HPU, "{\"year\":" + YEAR + ",\"sampleSize\":3}"), 403,
                "city");
    }

    /** "What the last inspection found", from the console over real ssh; bad input exits 1 with the reason. */
    @Test
    public void R_FUND_4_theConsoleShowsWhatTheLastInspectionFound() throws Exception {
        JsonNode all = get("/api/inspections?size=200", AUDITOR).json();
        long last = all.at("/items/0/id").asLong();
        SshIT.Exec shown = SshIT.exec("auditor", "auditor", "tepai:inspection");
        assertEquals(shown.toString(), 0, shown.status());
        assertTrue(shown.toString(), shown.out().startsWith("Inspection " + last + " of " + YEAR));
        // the demo's inspection (other tests may have drawn newer ones): its finding, by id
        long demo = -1;
        for (JsonNode inspection : all.get("items")) {
            if (inspection.toString().contains("FEES_CHARGED")) {
                demo = inspection.get("id").asLong();
            }
        }
        SshIT.Exec found = SshIT.exec("city", "city", "tepai:inspection " + demo);
        assertEquals(found.toString(), 0, found.status());
        assertTrue(found.toString(), found.out().contains("FEES_CHARGED"));
        SshIT.Exec listed = SshIT.exec("city", "city", "tepai:inspections --year " + YEAR + " --size 200");
        assertEquals(listed.toString(), 0, listed.status());
        assertTrue(listed.toString(), listed.out().contains("(" + all.get("total").asInt() + " inspection"));

        SshIT.Exec missing = SshIT.exec("city", "city", "tepai:inspection 99999");
        assertEquals(missing.toString(), 1, missing.status());
        assertTrue(missing.toString(), missing.both().contains("Error: ") && missing.both().contains("99999"));
        SshIT.Exec notANumber = SshIT.exec("city", "city", "tepai:inspection last");
        assertEquals(notANumber.toString(), 1, notANumber.status());
        assertTrue(notANumber.toString(), notANumber.both().contains("last"));
        // the ACL lets only the city office and the auditor start it
        SshIT.Exec county = SshIT.exec("wuzhi", "wuzhi", "tepai:inspection " + demo);
        assertEquals(county.toString(), 1, county.status());
        assertTrue(county.toString(), !county.out().contains("FEES_CHARGED"));
    }

    @Test
    public void R_FUND_4_aCountyFilesAFeeComplaintTheCityOfficeSees() throws Exception {
        JsonNode allocation = guomlAllocation();
        long id = allocation.get("id").asLong();
        String county = allocation.get("county").asText();
        String complaint = "{\"allocationId\":" + id + ",\"charged\":%s,\"note\":\"容器测试：向农户收取指导费\"}";
        long before = get("/api/fee-complaints?size=200", CITY).json().get("total").asLong();

        assertProblem(send("POST", "/api/fee-complaints", CITY, String.format(complaint, "1.005")), 400, "charged");
        assertProblem(send("POST", "/api/fee-complaints", CITY, "{\"county\":\"" + county
                + "\",\"charged\":5,\"note\":\"无对象\"}"), 400, "specialistId");
        String other = county.equals("xiuwu") ? "wuzhi" : "xiuwu";
        assertProblem(send("POST", "/api/fee-complaints", HPU, "{\"county\":\"" + other + "\",\"allocationId\":"
                + id + ",\"charged\":5,\"note\":\"单位代报\"}"), 403, "county:" + other);
        assertEquals(before, get("/api/fee-complaints?size=200", CITY).json().get("total").asLong());

        // the county files it itself (every county's demo account is named by its code)
        Reply filed = send("POST", "/api/fee-complaints", county + ":" + county, "{\"county\":\"" + county + "\",\"allocationId\":"
                + id + ",\"charged\":600,\"note\":\"容器测试：向农户收取指导费\"}");
        assertEquals(filed.toString(), 201, filed.status());
        assertEquals(allocation.get("specialistId").asLong(), filed.json().get("specialistId").asLong());
        assertEquals(before + 1, get("/api/fee-complaints?size=200", AUDITOR).json().get("total").asLong());
        assertProblem(get("/api/fee-complaints", SPECIALIST), 403, "city");
        String console = console("tepai:fee-complaints --county " + county);
        assertTrue(console, console.contains("容器测试：向农户收取指导费") && console.contains("600.00"));
    }

    /** The ledger line of one key, e.g. a specialist's id. */
    private JsonNode ledgerLine(String by, String key) throws Exception {
        for (JsonNode line : get("/api/ledger?by=" + by + "&size=200", CITY).json().get("items")) {
            if (line.get("key").asText().equals(key)) {
                return line;
            }
        }
        throw new AssertionError("no " + by + " line " + key);
    }

    @Test
    public void disbursementsNeverExceedTheAllocationAndShowInTheLedger() throws Exception {
        JsonNode allocation = guomlAllocation();
        long id = allocation.get("id").asLong();
        String specialist = allocation.get("specialistId").asText();
        String payment = "{\"allocationId\":" + id + ",\"paidOn\":\"%s\",\"amount\":%s,\"reference\":\"容器测试凭证\"}";
        BigDecimal paid = BigDecimal.ZERO;
        for (JsonNode d : get("/api/disbursements?allocation=" + id + "&size=200", CITY).json().get("items")) {
            paid = paid.add(d.get("amount").decimalValue());
        }
        BigDecimal before = ledgerLine("specialist", specialist).get("disbursed").decimalValue();
        assertSame(paid, before);
        String day = YEAR + "-01-02";

        assertProblem(send("POST", "/api/disbursements", CITY, String.format(payment, day, "1.005")), 400, "amount");
        assertProblem(send("POST", "/api/disbursements", CITY, String.format(payment, (YEAR - 1) + "-12-31", "5")),
                400, "paidOn");
        BigDecimal beyond = allocation.get("amount").decimalValue().subtract(paid).add(new BigDecimal("0.01"));
        assertProblem(send("POST", "/api/disbursements", CITY, String.format(payment, day, beyond.toPlainString())),
                422, "R-FUND-3");
        assertProblem(send("POST", "/api/disbursements", HPU, String.format(payment, day, "5")), 403, "city");
        assertSame(before, ledgerLine("specialist", specialist).get("disbursed").decimalValue());

        Reply made = send("POST", "/api/disbursements", CITY, String.format(payment, day, "100"));
        assertEquals(made.toString(), 201, made.status());
        assertSame(before.add(new BigDecimal("100")), ledgerLine("specialist", specialist).get("disbursed")
                .decimalValue());
        // 郭明亮 reads what was paid out on his own allocation, the same as the city office
        assertEquals(get("/api/disbursements?allocation=" + id, CITY).json().get("total").asInt(),
                get("/api/disbursements?allocation=" + id, SPECIALIST).json().get("total").asInt());
    }
}
