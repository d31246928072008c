package io.tepai.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.Test;

/**
 * Recruitment over real HTTP and the ssh console (R-REC-1, R-REC-2): a candidate of 河南理工大学 matched with a
 * published 温县 demand, registered, reviewed, decided, consulted, on a five-working-day public notice that spans a
 * weekend and the National Day holiday of etc/io.tepai.calendar.cfg, objected to and the objection dismissed, and
 * appointed with a term; the notice and the appointment list read anonymously; the same path taken out of order
 * refused at each step with the rule; Chinese intact throughout.
 */
public class IntakeIT extends TepaiContainerTest {

    /** Monday 2026-09-28: 28, 29, 30, then 10-01..10-07 off (a weekend inside), 10-08, 10-09. */
    private static final String NOTICE_START = "2026-09-28";
    private static final String NOTICE_END = "2026-10-09";

    private void refused(String method, String path, String credentials, String body, String rule) throws Exception {
        Reply reply = send(method, path, credentials, body);
        assertEquals(method + " " + path + ": " + reply, 422, reply.status());
        assertTrue(reply.contentType(), reply.contentType().startsWith("application/problem+json"));
        assertEquals(reply.toString(), rule, reply.json().get("rule").asText());
    }

    private long version(long intake) throws Exception {
        return get("/api/intakes/" + intake, CITY).json().get("version").asLong();
    }

    /** A new CANDIDATE of hpu, registered by the unit, with a contact recorded on a published 温县 demand. */
    private long[] candidateWithMatch(String name) throws Exception {
        long specialist = expect("POST", "/api/specialists", HPU, "{\"name\":\"" + name + "\",\"unitCode\":\"hpu\","
                + "\"titleLevel\":\"ASSOCIATE_SENIOR\",\"title\":\"副教授\",\"degree\":\"DOCTORATE\","
                + "\"fields\":[\"怀山药栽培\"],\"sectors\":[\"PRIMARY\"],\"chainSegments\":[\"PRODUCTION\"],"
                + "\"tierId\":\"city\",\"classification\":\"PUBLIC_WELFARE\",\"counties\":[\"wenxian\"],"
                + "\"serviceExperience\":\"在温县指导山药种植三年\",\"status\":\"CANDIDATE\"}", 201).get("id").asLong();
        long demand = get("/api/demands?county=wenxian&status=PUBLISHED", null).json().at("/items/0/id").asLong();
        expect("POST", "/api/demands/" + demand + "/matches", HPU, "{\"specialistId\":" + specialist
                + ",\"note\":\"电话联系合作社赵社长，约定九月实地查看\"}", 201);
        return new long[] {specialist, demand};
    }

    private static String registration(long specialist, long demand) {
        return "{\"specialistId\":" + specialist + ",\"demandIds\":[" + demand + "],"
                + "\"confirmedBy\":\"河南理工大学科技处 王处长\",\"confirmedOn\":\"2026-09-08\"}";
    }

    private static String step(long version, String kind, String on, String candidates) {
        return "{\"version\":" + version + ",\"kind\":\"" + kind + "\",\"heldOn\":\"" + on + "\","
                + "\"participants\":\"专家组：刘教授、陈研究员\",\"decision\":\"同意\",\"reason\":\"材料齐全，符合条件\","
                + "\"candidates\":[" + candidates + "]}";
    }

    @Test
    public void R_REC_2_aCandidateGoesFromADemandThroughEverySelectionStepToAppointmentWithATerm() throws Exception {
        long[] matched = candidateWithMatch("容器测试怀山药专家");
        long specialist = matched[0];
        long intake = expect("POST", "/api/intakes", CITY, "{\"year\":2027,\"title\":\"2027年焦作市科技特派员选聘（容器测试）\","
                + "\"deadline\":\"2026-09-10\"}", 201).get("id").asLong();
        JsonNode form = expect("POST", "/api/intakes/" + intake + "/registrations", HPU,
                registration(specialist, matched[1]), 201);
        long registration = form.get("id").asLong();
        assertEquals("河南理工大学科技处 王处长", form.get("confirmedBy").asText());

        Reply csv = send("GET", "/api/intakes/" + intake + "/registrations?unit=hpu", HPU, null, "text/csv");
        assertEquals(csv.toString(), 200, csv.status());
        assertTrue(csv.body(), csv.body().contains("容器测试怀山药专家") && csv.body().contains("王处长"));
        // the printable form (R-REC-1): the unit's own, the city's summary; another unit's and a county's refused
        for (String[] printed : new String[][] {{"?unit=hpu", HPU}, {"", CITY}}) {
            Reply pdf = send("GET", "/api/intakes/" + intake + "/registrations" + printed[0], printed[1], null,
                    "application/pdf");
            assertEquals(printed[1] + printed[0] + ": " + pdf.status(), 200, pdf.status());
            assertTrue(pdf.contentType(), pdf.contentType().startsWith("application/pdf"));
            assertTrue(pdf.body().startsWith("%PDF-1.4"));
        }
        // a client accepting anything (curl's */*, fetch) gets the JSON page, not the PDF or the CSV
        Reply any = send("GET", "/api/intakes/" + intake + "/registrations?unit=hpu", HPU, null, "*/*");
        assertTrue(any.contentType(), any.contentType().startsWith("application/json"));
        assertTrue(any.body(), any.json().get("items").size() > 0);
        assertEquals(403, send("GET", "/api/intakes/" + intake + "/registrations?unit=jzu", HPU, null,
                "application/pdf").status());
        assertEquals(403, send("GET", "/api/intakes/" + intake + "/registrations", WUZHI, null,
                "application/pdf").status());

        expect("POST", "/api/intakes/" + intake + "/steps", CITY, step(version(intake), "REVIEW", "2026-09-14",
                "{\"registrationId\":" + registration + ",\"passed\":true,\"score\":88.5,\"note\":\"\"}"), 201);
        expect("POST", "/api/intakes/" + intake + "/steps", CITY, step(version(intake), "MEETING", "2026-09-16", ""),
                201);
        expect("POST", "/api/intakes/" + intake + "/steps", CITY, step(version(intake), "CONSULTATION", "2026-09-18",
                ""), 201);
        JsonNode noticed = expect("POST", "/api/intakes/" + intake + "/notice", CITY, "{\"version\":" + version(intake)
                + ",\"start\":\"" + NOTICE_START + "\"}", 200);
        assertEquals("5 working days across a weekend and the configured holiday", NOTICE_END,
                noticed.get("noticeEnd").asText());

        JsonNode notice = expect("GET", "/api/intakes/" + intake + "/notice", null, null, 200);
        assertEquals(NOTICE_END, notice.get("end").asText());
        assertEquals("容器测试怀山药专家", notice.at("/candidates/0/name").asText());
        assertEquals("河南理工大学", notice.at("/candidates/0/unitName").asText());
        assertTrue(get("/api/notices?year=2027", null).body().contains("容器测试怀山药专家"));

        JsonNode objection = expect("POST", "/api/intakes/" + intake + "/objections", CITY, "{\"registrationId\":"
                + registration + ",\"raisedOn\":\"2026-09-30\",\"raisedBy\":\"匿名来信\","
                + "\"content\":\"反映其在企业兼职过多\"}", 201);
        refused("POST", "/api/intakes/" + intake + "/appointment", CITY, "{\"version\":" + version(intake)
                + ",\"on\":\"2026-10-12\"}", "R-REC-2");

        SshIT.Exec resolved = SshIT.exec("city", "city", "tepai:objection-resolve " + objection.get("id").asLong()
                + " DISMISSED '经核实，兼职经单位批准'");
        assertEquals(resolved.toString(), 0, resolved.status());
        assertTrue(resolved.out(), resolved.out().contains("DISMISSED") && resolved.out().contains("经核实，兼职经单位批准"));
        SshIT.Exec appointed = SshIT.exec("city", "city", "tepai:appoint --on 2026-10-12 " + intake);
        assertEquals(appointed.toString(), 0, appointed.status());
        assertTrue(appointed.out(), appointed.out().contains("容器测试怀山药专家")
                && appointed.out().contains("2027-01-01 – 2027-12-31"));

        assertEquals("ACTIVE", get("/api/specialists/" + specialist, CITY).json().get("status").asText());
        JsonNode terms = expect("GET", "/api/specialists/" + specialist + "/terms", CITY, null, 200);
        assertEquals(terms.toString(), "APPOINTMENT", terms.at("/0/source").asText());
        assertEquals("2027-12-31", terms.at("/0/end").asText());
        JsonNode list = expect("GET", "/api/intakes/" + intake + "/appointments", null, null, 200);
        assertEquals("容器测试怀山药专家", list.at("/items/0/name").asText());
        assertEquals("2027-01-01", list.at("/items/0/termStart").asText());
        assertTrue(list.toString(), !list.toString().contains("phone"));

        String history = get("/api/registrations/" + registration + "/history", HPU).body();
        for (String event : new String[] {"REGISTERED", "REVIEW", "MEETING", "CONSULTATION", "NOTICE", "OBJECTION",
                "OBJECTION_DISMISSED", "APPOINTED", "经核实，兼职经单位批准"}) {
            assertTrue(event + " in " + history, history.contains(event));
        }
        SshIT.Exec shown = SshIT.exec("city", "city", "tepai:intake " + intake);
        assertTrue(shown.toString(), shown.status() == 0 && shown.out().contains("APPOINTED")
                && shown.out().contains("专家组：刘教授、陈研究员"));
    }

    @Test
    public void R_REC_2_theSamePathOutOfOrderIsRefusedAtEachStep() throws Exception {
        refused("POST", "/api/specialists", CITY, "{\"name\":\"容器测试直接聘任\",\"unitCode\":\"hpu\","
                + "\"titleLevel\":\"SENIOR\",\"title\":\"教授\",\"degree\":\"DOCTORATE\",\"fields\":[\"测试\"],"
                + "\"sectors\":[\"PRIMARY\"],\"chainSegments\":[\"PRODUCTION\"],\"tierId\":\"city\","
                + "\"classification\":\"PUBLIC_WELFARE\",\"counties\":[],\"serviceExperience\":\"三年\","
                + "\"status\":\"ACTIVE\"}", "R-REC-2");
        long[] matched = candidateWithMatch("容器测试乱序候选人");
        long intake = expect("POST", "/api/intakes", CITY, "{\"year\":2027,\"title\":\"乱序测试批次\","
                + "\"deadline\":\"2026-09-10\"}", 201).get("id").asLong();
        String path = "/api/intakes/" + intake;
        refused("POST", path + "/registrations", HPU, registration(matched[0], matched[1])
                .replace("2026-09-08", "2026-09-11"), "R-REC-1");
        long registration = expect("POST", path + "/registrations", HPU, registration(matched[0], matched[1]), 201)
                .get("id").asLong();
        String pass = "{\"registrationId\":" + registration + ",\"passed\":true,\"note\":\"\"}";
        refused("POST", path + "/steps", CITY, step(version(intake), "MEETING", "2026-09-16", ""), "R-REC-2");
        refused("POST", path + "/notice", CITY, "{\"version\":" + version(intake) + ",\"start\":\"" + NOTICE_START
                + "\"}", "R-REC-2");
        refused("POST", path + "/objections", CITY, "{\"registrationId\":" + registration + ",\"raisedOn\":\""
                + NOTICE_START + "\",\"raisedBy\":\"匿名\",\"content\":\"异议\"}", "R-REC-2");
        refused("POST", path + "/appointment", CITY, "{\"version\":" + version(intake) + "}", "R-REC-2");
        refused("POST", path + "/steps", CITY, step(version(intake), "REVIEW", "2026-09-10", pass), "R-REC-2");
        refused("POST", path + "/steps", CITY, step(version(intake), "REVIEW", "2026-09-14", ""), "R-REC-2");
        expect("POST", path + "/steps", CITY, step(version(intake), "REVIEW", "2026-09-14", pass), 201);
        refused("POST", path + "/registrations", HPU, registration(matched[0], matched[1]), "R-REC-1");
        refused("POST", path + "/steps", CITY, step(version(intake), "CONSULTATION", "2026-09-18", ""), "R-REC-2");
        expect("POST", path + "/steps", CITY, step(version(intake), "MEETING", "2026-09-16", ""), 201);
        expect("POST", path + "/steps", CITY, step(version(intake), "CONSULTATION", "2026-09-18", ""), 201);
        refused("POST", path + "/notice", CITY, "{\"version\":" + version(intake) + ",\"start\":\"2026-09-17\"}",
                "R-REC-2");
        expect("POST", path + "/notice", CITY, "{\"version\":" + version(intake) + ",\"start\":\"" + NOTICE_START
                + "\"}", 200);
        refused("POST", path + "/objections", CITY, "{\"registrationId\":" + registration + ",\"raisedOn\":"
                + "\"2026-10-10\",\"raisedBy\":\"匿名\",\"content\":\"公示期后提出\"}", "R-REC-2");
        refused("POST", path + "/appointment", CITY, "{\"version\":" + version(intake) + ",\"on\":\"" + NOTICE_END
                + "\"}", "R-REC-2");
        SshIT.Exec early = SshIT.exec("city", "city", "tepai:appoint --on " + NOTICE_END + " " + intake);
        assertEquals(early.toString(), 1, early.status());
        assertTrue(early.toString(), early.both().contains("R-REC-2"));
        assertEquals(403, send("POST", "/api/intakes", HPU, "{\"title\":\"单位自开\",\"deadline\":\"2026-09-10\"}")
                .status());
        assertEquals(401, send("GET", path + "/steps", null, null).status());
    }
}
