package io.tepai.rest.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tepai.api.FieldError;
import io.tepai.api.ValidationException;
import io.tepai.api.dispatch.SquadOfficers;
import io.tepai.api.field.LogStatus;
import io.tepai.api.field.ServiceLog;
import io.tepai.api.field.ServiceLogDraft;
import io.tepai.api.team.Agreement;
import io.tepai.api.team.AgreementDraft;
import io.tepai.api.team.AgreementStatus;
import io.tepai.api.team.Leader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import io.tepai.api.org.UnitDraft;
import io.tepai.api.org.UnitType;
import io.tepai.api.team.TeamStatus;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class BodiesTest {

    @Test
    void updatesNeedAVersionAndServerOwnedFieldsAreDropped() throws Exception {
        ObjectNode body = (ObjectNode) Json.MAPPER.readTree("{\"code\":\"hpu\",\"nameZh\":\"河南理工大学\","
                + "\"type\":\"UNIVERSITY\",\"sample\":true,\"version\":4}");
        assertEquals(4, Bodies.version(body));
        UnitDraft draft = Bodies.draft(body, UnitDraft.class);
        assertEquals(UnitType.UNIVERSITY, draft.type());
        body.remove("version");
        assertThrows(ValidationException.class, () -> Bodies.version(body));
        body.put("nmaeZh", "typo");
        ValidationException typo = assertThrows(ValidationException.class, () -> Bodies.draft(body, UnitDraft.class));
        assertEquals("nmaeZh", typo.errors().get(0).field());
    }

    @Test
    void requiredBodyFieldsAreCheckedAndNamed() throws Exception {
        ObjectNode body = (ObjectNode) Json.MAPPER.readTree("{\"status\":\"active\",\"specialistId\":42}");
        assertEquals(TeamStatus.ACTIVE, Bodies.enumField(body, "status", TeamStatus.class));
        assertEquals(42, Bodies.longField(body, "specialistId", "the specialist"));
        for (String bad : new String[] {"{}", "{\"status\":null}", "{\"status\":\"\"}", "{\"status\":\"done\"}"}) {
            ObjectNode node = (ObjectNode) Json.MAPPER.readTree(bad);
            ValidationException error = assertThrows(ValidationException.class,
                    () -> Bodies.enumField(node, "status", TeamStatus.class), bad);
            assertEquals("status", error.errors().get(0).field());
            assertTrue(error.errors().get(0).message().contains("FORMING"), bad);
        }
        for (String bad : new String[] {"{}", "{\"specialistId\":\"42\"}", "{\"specialistId\":4.2}"}) {
            ObjectNode node = (ObjectNode) Json.MAPPER.readTree(bad);
            ValidationException error = assertThrows(ValidationException.class,
                    () -> Bodies.longField(node, "specialistId", "the specialist"), bad);
            assertEquals("specialistId", error.errors().get(0).field());
        }
    }

    @Test
    void anAbsentVersionMeansCreateButAMalformedOneIsRefused() throws Exception {
        assertNull(Bodies.versionIfAny((ObjectNode) Json.MAPPER.readTree("{\"name\":\"x\"}")));
        assertNull(Bodies.versionIfAny((ObjectNode) Json.MAPPER.readTree("{\"version\":null}")));
        assertEquals(3L, Bodies.versionIfAny((ObjectNode) Json.MAPPER.readTree("{\"version\":3}")));
        ObjectNode text = (ObjectNode) Json.MAPPER.readTree("{\"version\":\"3\"}");
        assertThrows(ValidationException.class, () -> Bodies.versionIfAny(text));
    }

    @Test
    void aRecordAsReadCanBeSentBackButTyposAreStillRefused() throws Exception {
        Agreement read = new Agreement(7, 3, "小麦良种服务团", "boai", LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 12, 31), List.of("示范"), new Leader("郑海涛", "副县长", ""), Leader.NONE,
                AgreementStatus.DRAFT, null, false, 2);
        ObjectNode body = Json.MAPPER.valueToTree(read);
        AgreementDraft draft = Bodies.draft(body, AgreementDraft.class, Agreement.class);
        assertEquals("boai", draft.county());
        assertEquals("郑海涛", draft.countyLeader().name());
        body.put("teamNmae", "typo");
        ValidationException typo = assertThrows(ValidationException.class,
                () -> Bodies.draft(body, AgreementDraft.class, Agreement.class));
        assertEquals("teamNmae", typo.errors().get(0).field());
    }

    @Test
    void leadersAreSentBackAsTheyWereRead() throws Exception {
        String written = Json.MAPPER.writeValueAsString(new Leader("王建国", "副县长", ""));
        assertEquals("{\"name\":\"王建国\",\"position\":\"副县长\",\"phone\":\"\"}", written);
        ObjectNode body = (ObjectNode) Json.MAPPER.readTree("{\"captain\":" + written
                + ",\"liaison\":{\"name\":\"赵丽\"},\"version\":0}");
        SquadOfficers officers = Bodies.draft(body, SquadOfficers.class);
        assertEquals("王建国", officers.captain().name());
        assertEquals("赵丽", officers.liaison().name());
        assertNull(officers.deputyCaptain());
    }

    @Test
    void actionBodiesRefuseFieldsTheyDoNotHave() throws Exception {
        ObjectNode body = (ObjectNode) Json.MAPPER.readTree("{\"version\":2,\"satisfacton\":5}");
        ValidationException typo = assertThrows(ValidationException.class,
                () -> Bodies.onlyFields(body, "version", "satisfaction", "comment"));
        assertEquals("satisfacton", typo.errors().get(0).field());
        body.remove("satisfacton");
        Bodies.onlyFields(body, "version", "satisfaction", "comment");
    }

    @Test
    void optionalTextAndNumbersAreCheckedWhenPresent() throws Exception {
        ObjectNode body = (ObjectNode) Json.MAPPER.readTree(
                "{\"comment\":\"很好\",\"satisfaction\":5,\"reason\":7,\"rating\":4.5,\"none\":null}");
        assertEquals("很好", Bodies.textField(body, "comment"));
        assertNull(Bodies.textField(body, "none"));
        assertNull(Bodies.textField(body, "absent"));
        assertEquals("reason", assertThrows(ValidationException.class, () -> Bodies.textField(body, "reason"))
                .errors().get(0).field());
        assertEquals(5, Bodies.intFieldIfAny(body, "satisfaction"));
        assertNull(Bodies.intFieldIfAny(body, "none"));
        assertEquals("rating", assertThrows(ValidationException.class, () -> Bodies.intFieldIfAny(body, "rating"))
                .errors().get(0).field());
    }

    @Test
    void idListsAreRequiredAndCheckedItemByItem() throws Exception {
        ObjectNode body = (ObjectNode) Json.MAPPER.readTree("{\"members\":[12,15]}");
        assertEquals(List.of(12L, 15L), Bodies.longListField(body, "members", "the members"));
        ObjectNode bad = (ObjectNode) Json.MAPPER.readTree("{\"members\":[12,\"x\",1.5]}");
        ValidationException error = assertThrows(ValidationException.class,
                () -> Bodies.longListField(bad, "members", "the members"));
        assertEquals(List.of("members[1]", "members[2]"),
                error.errors().stream().map(FieldError::field).toList());
        for (String missing : new String[] {"{}", "{\"members\":null}", "{\"members\":12}"}) {
            ObjectNode node = (ObjectNode) Json.MAPPER.readTree(missing);
            assertEquals("members", assertThrows(ValidationException.class,
                    () -> Bodies.longListField(node, "members", "the members")).errors().get(0).field(), missing);
        }
    }

    @Test
    void requestsEscalateToTheUnitOrTheCity() throws Exception {
        assertEquals("unit", CoordinationRequestResource.escalationTarget(
                (ObjectNode) Json.MAPPER.readTree("{\"to\":\" Unit \"}")));
        assertEquals("city", CoordinationRequestResource.escalationTarget(
                (ObjectNode) Json.MAPPER.readTree("{\"to\":\"city\"}")));
        for (String bad : new String[] {"{}", "{\"to\":\"team\"}", "{\"to\":1}"}) {
            ObjectNode node = (ObjectNode) Json.MAPPER.readTree(bad);
            assertEquals("to", assertThrows(ValidationException.class,
                    () -> CoordinationRequestResource.escalationTarget(node)).errors().get(0).field(), bad);
        }
    }

    @Test
    void aServiceLogAsReadCanBeSentBackAsADraft() throws Exception {
        // as it comes over HTTP: the log as read, written to text and parsed again
        ServiceLog read = ServiceLogCsvTest.log(41, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 2), "1.5",
                LogStatus.RETURNED, null, "指导", List.of(3L));
        ObjectNode body = (ObjectNode) Json.MAPPER.readTree(Json.MAPPER.writeValueAsString(read));
        ServiceLogDraft draft = Bodies.draft(body, ServiceLogDraft.class, ServiceLog.class);
        assertEquals(new BigDecimal("1.5"), draft.fieldDays());
        assertEquals(List.of(3L), draft.recipientIds());
        assertEquals(new BigDecimal("40"), draft.outcomes().get("farmersTrained"));
    }

    @Test
    void basicCredentialsAreParsedOrRefused() {
        String header = "Basic " + Base64.getEncoder().encodeToString("city:pa:ss".getBytes(StandardCharsets.UTF_8));
        assertArrayEquals(new String[] {"city", "pa:ss"}, BasicAuthFilter.credentials(header).orElseThrow());
        assertTrue(BasicAuthFilter.credentials("Bearer abc").isEmpty());
        assertTrue(BasicAuthFilter.credentials("Basic %%%").isEmpty());
        String noColon = "Basic " + Base64.getEncoder().encodeToString("city".getBytes(StandardCharsets.UTF_8));
        assertTrue(BasicAuthFilter.credentials(noColon).isEmpty());
    }

    @Test
    void evaluatorInputsAreNumbersByNameAndOthersAreNamed() throws Exception {
        ObjectNode body = (ObjectNode) Json.MAPPER.readTree("{\"inputs\":{\"organisation\":85,\"publicity\":70.5}}");
        assertEquals(Map.of("organisation", new BigDecimal("85"), "publicity", new BigDecimal("70.5")),
                Bodies.decimalMapField(body, "inputs", "the inputs"));
        assertEquals(Map.of(), Bodies.decimalMapField((ObjectNode) Json.MAPPER.readTree("{\"inputs\":{}}"),
                "inputs", "the inputs"), "{} clears the inputs");
        ObjectNode bad = (ObjectNode) Json.MAPPER.readTree(
                "{\"inputs\":{\"organisation\":\"85\",\"publicity\":null,\"duties\":1e400,\"results\":90}}");
        ValidationException error = assertThrows(ValidationException.class,
                () -> Bodies.decimalMapField(bad, "inputs", "the inputs"));
        assertEquals(List.of("inputs.organisation", "inputs.publicity", "inputs.duties"),
                error.errors().stream().map(FieldError::field).toList());
        for (String missing : new String[] {"{}", "{\"inputs\":null}", "{\"inputs\":[85]}", "{\"inputs\":85}"}) {
            ObjectNode node = (ObjectNode) Json.MAPPER.readTree(missing);
            assertEquals("inputs", assertThrows(ValidationException.class,
                    () -> Bodies.decimalMapField(node, "inputs", "the inputs")).errors().get(0).field(), missing);
        }
    }
}
