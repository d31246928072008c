package io.tepai.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.Test;

/**
 * Issue 17's bulk import in the running distribution: files with Chinese names over real HTTP (GBK and UTF-8 CSV, an
 * .xlsx workbook) and over a real ssh console, bad rows reported with row, column and reason, nothing written then.
 */
public class ImportIT extends TepaiContainerTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private Reply upload(String path, String credentials, String contentType, byte[] body, String accept)
            throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + HTTP_PORT + path))
                .timeout(Duration.ofSeconds(60)).header("Accept", accept).header("Content-Type", contentType)
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        credentials.getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Reply(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                response.body());
    }

    /** A new specialist of jzu, dispatched to 武陟县 this year and last (the log days lie in one of them). */
    private long dispatchedSpecialist(String name) throws Exception {
        long id = appointedSpecialist(name);
        for (int year : List.of(TODAY.getYear() - 1, TODAY.getYear())) {
            Reply dispatched = send("POST", "/api/assignments", CITY, "{\"specialistId\":" + id
                    + ",\"county\":\"wuzhi\",\"year\":" + year + "}");
            assertEquals(dispatched.toString(), 201, dispatched.status());
        }
        return id;
    }

    /** A new appointed (ACTIVE) specialist of jzu, dispatched nowhere yet. */
    private long appointedSpecialist(String name) throws Exception {
        Reply created = send("POST", APPOINTED_BY_EXCEPTION, CITY, appointedBefore("{\"name\":\"" + name
                + "\",\"unitCode\":\"jzu\",\"titleLevel\":\"INTERMEDIATE\",\"title\":\"农艺师\",\"degree\":\"BACHELOR\","
                + "\"fields\":[\"测试\"],\"sectors\":[\"PRIMARY\"],\"chainSegments\":[\"PRODUCTION\"],"
                + "\"tierId\":\"city\",\"classification\":\"PUBLIC_WELFARE\",\"counties\":[\"wuzhi\"],"
                + "\"serviceExperience\":\"三年\",\"status\":\"ACTIVE\"}"));
        assertEquals(created.toString(), 201, created.status());
        return created.json().get("id").asLong();
    }

    private long logsOf(long specialist) throws Exception {
        return get("/api/logs?specialist=" + specialist + "&size=100", CITY).json().get("total").asLong();
    }

    @Test
    public void aCountyImportsRecipientsAndConfirmedLogsOverHttpAndBadRowsChangeNothing() throws Exception {
        long me = dispatchedSpecialist("导入测试专家甲");
        byte[] recipients = ("名称,类型,县区,联系人,联系电话,专家编号\r\n"
                + "武陟县嘉应观乡导入测试合作社,COOPERATIVE,wuzhi,孙主任,0391-7000001," + me + "\r\n"
                + "武陟县詹店镇导入测试家庭农场,FAMILY_FARM,wuzhi,周场长,,\r\n").getBytes(Charset.forName("GBK"));
        Reply imported = upload("/api/import/recipients?file=" + "recipients.csv", WUZHI, "text/csv; charset=GBK",
                recipients, "application/json");
        assertEquals(imported.toString(), 200, imported.status());
        assertEquals(2, imported.json().get("imported").asInt());
        JsonNode found = get("/api/recipients?county=wuzhi&q=%E5%AF%BC%E5%85%A5%E6%B5%8B%E8%AF%95", CITY).json();
        assertEquals(found.toString(), 2, found.get("total").asInt());
        long recipient = found.at("/items/0/id").asLong();

        LocalDate day = TODAY.minusDays(30);
        String header = "\uFEFF专家编号,县区,受援对象编号,开始日期,天数,类型,服务内容,满意度\r\n";
        String good = me + ",wuzhi," + recipient + "," + day + ",1,TECHNICAL_GUIDANCE,指导怀山药起垄栽培,5\r\n";
        byte[] bad = (header + good
                + me + ",wuzhi,," + TODAY.plusDays(3) + ",1,TECHNICAL_GUIDANCE,还没发生的服务,\r\n"
                + me + ",xiuwu,," + day.minusDays(1) + ",1,TECHNICAL_GUIDANCE,在修武县服务,\r\n")
                .getBytes(StandardCharsets.UTF_8);
        Reply refused = upload("/api/import/logs", WUZHI, "text/csv", bad, "application/json");
        assertEquals(refused.toString(), 422, refused.status());
        assertTrue(refused.contentType(), refused.contentType().startsWith("application/problem+json"));
        JsonNode rows = refused.json().get("rejected");
        assertEquals(refused.body(), 2, rows.size());
        assertEquals(3, rows.get(0).get("row").asInt());
        assertEquals("开始日期", rows.get(0).get("column").asText());
        assertEquals(4, rows.get(1).get("row").asInt());
        assertEquals("县区", rows.get(1).get("column").asText());
        assertEquals("nothing written, the good row neither", 0, logsOf(me));
        Reply asCsv = upload("/api/import/logs", WUZHI, "text/csv", bad, "text/csv");
        assertEquals(asCsv.toString(), 422, asCsv.status());
        assertTrue(asCsv.body(), asCsv.body().contains("row,column,reason") && asCsv.body().contains("4,县区,"));

        Reply accepted = upload("/api/import/logs", WUZHI, "text/csv", (header + good).getBytes(StandardCharsets.UTF_8),
                "application/json");
        assertEquals(accepted.toString(), 200, accepted.status());
        JsonNode log = get("/api/logs?specialist=" + me, CITY).json().at("/items/0");
        assertEquals("CONFIRMED", log.get("status").asText());
        assertEquals("指导怀山药起垄栽培", log.get("description").asText());
        // one audit record per imported file (the other test of the suite may have imported one before)
        assertTrue(get("/api/audit?entity=Import", AUDITOR).json().get("items").findValues("entityId").stream()
                .anyMatch(v -> v.asText().equals("logs")));

        // a workbook as counties keep it: Chinese text, the day as Excel's serial number
        long serial = ChronoUnit.DAYS.between(LocalDate.of(1899, 12, 30), day.minusDays(2));
        byte[] xlsx = workbook(List.of(List.of("专家编号", "县区", "开始日期", "天数", "类型", "服务内容"),
                List.of(me, "wuzhi", serial, 0.5, "TRAINING_SESSION", "怀菊花病虫害防治培训")));
        Reply workbook = upload("/api/import/logs", WUZHI, XLSX, xlsx, "application/json");
        assertEquals(workbook.toString(), 200, workbook.status());
        assertEquals(2, logsOf(me));

        assertEquals(415, upload("/api/import/logs", WUZHI, "application/json", "{}".getBytes(StandardCharsets.UTF_8),
                "application/json").status());
        assertEquals(404, upload("/api/import/teams", WUZHI, "text/csv", header.getBytes(StandardCharsets.UTF_8),
                "application/json").status());
    }

    @Test
    public void theConsoleImportsFromTheImportFolderAndFailsListingTheRefusedRows() throws Exception {
        long me = dispatchedSpecialist("导入测试专家乙");
        Path folder = Paths.get(System.getProperty("karaf.base"), "import");
        Files.createDirectories(folder);
        LocalDate day = TODAY.minusDays(50);
        String header = "specialistId,county,startDate,fieldDays,kind,description\n";
        Files.writeString(folder.resolve("bad-logs.csv"), header
                + me + ",wuzhi," + day + ",0.5,TECHNICAL_GUIDANCE,上午指导\n"
                + me + ",wuzhi," + day + ",3,TECHNICAL_GUIDANCE,一天三天\n", StandardCharsets.UTF_8);
        Files.write(folder.resolve("logs-gbk.csv"), (header + me + ",wuzhi," + day + ",0.5,TECHNICAL_GUIDANCE,上午指导\n")
                .getBytes(Charset.forName("GBK")));

        SshIT.Exec refused = SshIT.exec("wuzhi", "wuzhi", "tepai:import logs bad-logs.csv");
        assertEquals(refused.toString(), 1, refused.status());
        assertTrue(refused.toString(), refused.out().contains("3      fieldDays"));
        assertTrue(refused.toString(), refused.both().contains("1 problem(s) in 2 rows"));
        assertEquals(0, logsOf(me));

        SshIT.Exec gbk = SshIT.exec("wuzhi", "wuzhi", "tepai:import --charset GBK logs logs-gbk.csv");
        assertEquals(gbk.toString(), 0, gbk.status());
        assertTrue(gbk.toString(), gbk.out().contains("Imported 1 logs of 1 rows"));
        assertEquals("上午指导", get("/api/logs?specialist=" + me, CITY).json().at("/items/0/description").asText());

        SshIT.Exec outside = SshIT.exec("wuzhi", "wuzhi", "tepai:import logs ../etc/users.properties");
        assertEquals(outside.toString(), 1, outside.status());
        assertTrue(outside.toString(), outside.out().contains("is not in"));
    }

    private JsonNode specialistsNamed(String name) throws Exception {
        return get("/api/specialists?q=" + java.net.URLEncoder.encode(name, StandardCharsets.UTF_8), CITY).json();
    }

    @Test
    public void aUnitImportsItsSpecialistsAsCandidatesOverHttpAndACountyCannot() throws Exception {
        String header = "姓名,派出单位,职称级别,职称,学位,专业领域,派遣层级,分类指导,服务县区,联系电话,服务经历\r\n";
        byte[] gbk = (header
                + "导入专家丙,hpu,ASSOCIATE_SENIOR,副教授,MASTER,怀山药栽培、中药材加工,city,PUBLIC_WELFARE,wuzhi,"
                + "0391-3986002,五年怀药技术服务\r\n"
                + "导入专家丁,hpu,INTERMEDIATE,农艺师,BACHELOR,小麦良种繁育,county,PUBLIC_WELFARE,,,三年\r\n")
                .getBytes(Charset.forName("GBK"));
        Reply imported = upload("/api/import/specialists?charset=GBK&file=specialists.csv", HPU, "text/csv", gbk,
                "application/json");
        assertEquals(imported.toString(), 200, imported.status());
        assertEquals(2, imported.json().get("imported").asInt());
        JsonNode found = specialistsNamed("导入专家丙");
        assertEquals(found.toString(), 1, found.get("total").asInt());
        // R-REC-2: a register's row registers a candidate; ACTIVE is the selection's appointment
        assertEquals("CANDIDATE", found.at("/items/0/status").asText());
        assertEquals("副教授", found.at("/items/0/title").asText());

        byte[] xlsx = workbook(List.of(List.of("姓名", "派出单位", "职称级别", "学位", "专业领域", "派遣层级", "分类指导",
                        "服务经历", "状态"),
                List.of("导入专家戊", "hpu", "SENIOR", "DOCTORATE", "畜禽养殖", "city", "PUBLIC_WELFARE", "十年", "ACTIVE"),
                List.of("导入专家己", "jzu", "SENIOR", "DOCTORATE", "畜禽养殖", "city", "PUBLIC_WELFARE", "十年", ""),
                List.of("导入专家庚", "hpu", "JUNIOR", "BACHELOR", "畜禽养殖", "city", "PUBLIC_WELFARE", "一年", "")));
        Reply refused = upload("/api/import/specialists", HPU, XLSX, xlsx, "application/json");
        assertEquals(refused.toString(), 422, refused.status());
        assertTrue(refused.contentType(), refused.contentType().startsWith("application/problem+json"));
        JsonNode rows = refused.json().get("rejected");
        assertEquals(refused.body(), 3, rows.size());
        assertEquals("状态", rows.get(0).get("column").asText());
        assertTrue(refused.body(), rows.get(0).get("reason").asText().contains("R-REC-2"));
        assertEquals("派出单位", rows.get(1).get("column").asText());
        assertTrue(refused.body(), rows.get(2).get("reason").asText().contains("R-ELIG-1"));
        assertEquals("nothing written", 0, specialistsNamed("导入专家戊").get("total").asInt());

        Reply byCounty = upload("/api/import/specialists", WUZHI, "text/csv", gbk, "application/json");
        assertEquals(byCounty.toString(), 403, byCounty.status());
        assertTrue(byCounty.contentType(), byCounty.contentType().startsWith("application/problem+json"));
    }

    @Test
    public void aCountyImportsTheDispatchOfAppointedSpecialistsOverHttp() throws Exception {
        long me = appointedSpecialist("导入派驻专家甲");
        long candidate = send("POST", "/api/specialists", HPU, "{\"name\":\"导入派驻候选人\",\"unitCode\":\"hpu\","
                + "\"titleLevel\":\"INTERMEDIATE\",\"degree\":\"BACHELOR\",\"fields\":[\"测试\"],"
                + "\"tierId\":\"city\",\"classification\":\"PUBLIC_WELFARE\",\"serviceExperience\":\"三年\"}")
                .json().get("id").asLong();
        int year = TODAY.getYear();
        String header = "专家编号,县区,年度,服务产业\n";
        byte[] bad = (header + me + ",wuzhi," + year + ",四大怀药\n" + candidate + ",wuzhi," + year + ",\n"
                + me + ",xiuwu," + year + ",\n").getBytes(StandardCharsets.UTF_8);
        Reply refused = upload("/api/import/assignments", WUZHI, "text/csv", bad, "application/json");
        assertEquals(refused.toString(), 422, refused.status());
        JsonNode rows = refused.json().get("rejected");
        assertEquals(refused.body(), 2, rows.size());
        assertEquals(3, rows.get(0).get("row").asInt());
        assertTrue(refused.body(), rows.get(0).get("reason").asText().contains("R-REC-2"));
        assertEquals("县区", rows.get(1).get("column").asText());
        assertEquals(0, get("/api/assignments?specialist=" + me, CITY).json().get("total").asInt());

        Reply accepted = upload("/api/import/assignments?file=派驻.csv".replace("派驻", "%E6%B4%BE%E9%A9%BB"), WUZHI,
                "text/csv", (header + me + ",wuzhi," + year + ",四大怀药\n").getBytes(StandardCharsets.UTF_8),
                "application/json");
        assertEquals(accepted.toString(), 200, accepted.status());
        JsonNode dispatched = get("/api/assignments?specialist=" + me, CITY).json();
        assertEquals(dispatched.toString(), 1, dispatched.get("total").asInt());
        assertEquals("四大怀药", dispatched.at("/items/0/industries/0").asText());
        assertTrue(get("/api/audit?entity=Import", AUDITOR).json().get("items").findValues("entityId").stream()
                .anyMatch(v -> v.asText().equals("assignments")));

        assertEquals(403, upload("/api/import/assignments", HPU, "text/csv", bad, "application/json").status());
    }

    @Test
    public void theConsoleImportsSpecialistsForAUnitAndAssignmentsForACountyWithExitCodes() throws Exception {
        long me = appointedSpecialist("控制台派驻专家");
        Path folder = Paths.get(System.getProperty("karaf.base"), "import");
        Files.createDirectories(folder);
        String header = "name,unitCode,titleLevel,degree,fields,tierId,classification,serviceExperience\n";
        Files.writeString(folder.resolve("bad-specialists.csv"), header
                + "控制台专家甲,hpu,INTERMEDIATE,BACHELOR,玉米栽培,city,PUBLIC_WELFARE,三年\n"
                + "控制台专家乙,hpu,INTERMEDIATE,BACHELOR,玉米栽培,nosuchtier,PUBLIC_WELFARE,三年\n",
                StandardCharsets.UTF_8);
        Files.write(folder.resolve("specialists-gbk.csv"), (header
                + "控制台专家甲,hpu,INTERMEDIATE,BACHELOR,玉米栽培,city,PUBLIC_WELFARE,三年\n")
                .getBytes(Charset.forName("GBK")));
        Files.writeString(folder.resolve("assignments.csv"), "专家编号,县区,年度\n" + me + ",wuzhi,"
                + TODAY.getYear() + "\n", StandardCharsets.UTF_8);

        SshIT.Exec refused = SshIT.exec("hpu", "hpu", "tepai:import specialists bad-specialists.csv");
        assertEquals(refused.toString(), 1, refused.status());
        assertTrue(refused.toString(), refused.out().contains("3      tierId"));
        assertTrue(refused.toString(), refused.both().contains("1 problem(s) in 2 rows"));
        assertEquals(0, specialistsNamed("控制台专家甲").get("total").asInt());

        SshIT.Exec gbk = SshIT.exec("hpu", "hpu", "tepai:import --charset GBK specialists specialists-gbk.csv");
        assertEquals(gbk.toString(), 0, gbk.status());
        assertTrue(gbk.toString(), gbk.out().contains("Imported 1 specialists of 1 rows"));
        assertEquals("CANDIDATE", specialistsNamed("控制台专家甲").at("/items/0/status").asText());

        SshIT.Exec notTheirs = SshIT.exec("wuzhi", "wuzhi", "tepai:import specialists specialists-gbk.csv");
        assertEquals(notTheirs.toString(), 1, notTheirs.status());

        SshIT.Exec dispatched = SshIT.exec("wuzhi", "wuzhi", "tepai:import assignments assignments.csv");
        assertEquals(dispatched.toString(), 0, dispatched.status());
        assertTrue(dispatched.toString(), dispatched.out().contains("Imported 1 assignments of 1 rows"));
        assertEquals(1, get("/api/assignments?specialist=" + me, CITY).json().get("total").asInt());
    }

    /** A one-sheet workbook with inline strings and numbers, as small as Excel reads it. */
    private static byte[] workbook(List<List<Object>> rows) throws Exception {
        StringBuilder sheet = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\""
                + "http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
        for (int r = 0; r < rows.size(); r++) {
            sheet.append("<row r=\"").append(r + 1).append("\">");
            for (int c = 0; c < rows.get(r).size(); c++) {
                Object value = rows.get(r).get(c);
                String ref = (char) ('A' + c) + String.valueOf(r + 1);
                sheet.append(value instanceof Number ? "<c r=\"" + ref + "\"><v>" + value + "</v></c>"
                        : "<c r=\"" + ref + "\" t=\"inlineStr\"><is><t>" + value + "</t></is></c>");
            }
            sheet.append("</row>");
        }
        sheet.append("</sheetData></worksheet>");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("xl/workbook.xml"));
            zip.write("<workbook><sheets><sheet name=\"日志\" sheetId=\"1\"/></sheets></workbook>"
                    .getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            zip.write(sheet.toString().getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }
}
