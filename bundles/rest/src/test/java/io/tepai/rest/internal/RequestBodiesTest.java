package io.tepai.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tepai.api.FieldError;
import io.tepai.api.roster.RosterOutcome;
import io.tepai.api.dispatch.SquadOfficers;
import io.tepai.api.dispatch.WorkstationDraft;
import io.tepai.api.field.LogStatus;
import io.tepai.api.field.ServiceLog;
import io.tepai.api.field.ServiceLogDraft;
import io.tepai.api.org.UnitDraft;
import io.tepai.api.org.UnitType;
import io.tepai.api.specialist.SpecialistDraft;
import io.tepai.api.team.Agreement;
import io.tepai.api.team.AgreementDraft;
import io.tepai.api.team.AgreementStatus;
import io.tepai.api.team.Leader;
import io.tepai.api.team.TeamStatus;
import io.tepai.rest.internal.RequestBodies.Correction;
import io.tepai.rest.internal.RequestBodies.Edit;
import io.tepai.rest.internal.RequestBodies.VersionOnly;
import io.tepai.rest.internal.RequestBodies.WorkstationSave;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The request records as the resources take them: bound by Jackson, refused naming the field. */
class RequestBodiesTest {

    private static final Type UNIT_UPDATE = SentBody.of(UnitResource.class, "update");
    private static final Type LOG_CONFIRM = SentBody.of(ServiceLogResource.class, "confirm");

    @Test
    void updatesNeedAVersionAndServerOwnedFieldsAreDropped() throws Exception {
        Edit<VersionOnly, UnitDraft> edit = SentBody.read("{\"code\":\"hpu\",\"nameZh\":\"河南理工大学\","
                + "\"type\":\"UNIVERSITY\",\"sample\":true,\"id\":3,\"version\":4}", UNIT_UPDATE);
        assertEquals(4, edit.fields().version());
        assertEquals(UnitType.UNIVERSITY, edit.draft().type());
        assertEquals("河南理工大学", edit.draft().nameZh(), "Chinese text survives, read as UTF-8");

        List<FieldError> missing = SentBody.errors("{\"code\":\"hpu\"}", UNIT_UPDATE);
        assertEquals(List.of(new FieldError("version",
                "is required: send the version you read, so that concurrent changes are detected")), missing);
        assertEquals(List.of("nmaeZh"), SentBody.refused("{\"version\":4,\"nmaeZh\":\"typo\"}", UNIT_UPDATE));
    }

    @Test
    void aCreateIsTheDraftItselfAndRefusesWhatItDoesNotHave() throws Exception {
        Type create = SentBody.of(SpecialistResource.class, "create");
        assertEquals(SpecialistDraft.class, create);
        SpecialistDraft draft = SentBody.read("{\"name\":\"王小明\",\"fields\":[\"农村电商\"],\"id\":9}", create);
        assertEquals("王小明", draft.name());
        assertEquals(List.of("农村电商"), draft.fields());
        List<FieldError> unknown = SentBody.errors("{\"name\":\"王小明\",\"nmae\":\"x\"}", create);
        assertEquals("nmae", unknown.get(0).field());
        assertTrue(unknown.get(0).message().startsWith("is not a field of this operation; expected ["),
                unknown.get(0).message());
    }

    @Test
    void requiredActionFieldsAreCheckedAndNamed() throws Exception {
        Type status = SentBody.of(TeamResource.class, "changeStatus");
        assertEquals(TeamStatus.ACTIVE, SentBody.<RequestBodies.TeamStatusChange>read(
                "{\"status\":\"active\",\"version\":1}", status).status(), "enums are case-insensitive");
        for (String bad : List.of("{\"version\":1,\"status\":\"\"}", "{\"version\":1,\"status\":\"done\"}",
                "{\"version\":1,\"status\":0}")) {
            List<FieldError> errors = SentBody.errors(bad, status);
            assertEquals("status", errors.get(0).field(), bad);
            assertTrue(errors.get(0).message().contains("FORMING"), bad + " -> " + errors);
        }
        Type member = SentBody.of(TeamResource.class, "addMember");
        assertEquals(42L, SentBody.<RequestBodies.MemberAddition>read("{\"specialistId\":42,\"version\":1}",
                member).specialistId());
        for (String bad : List.of("{\"version\":1}", "{\"version\":1,\"specialistId\":\"42\"}",
                "{\"version\":1,\"specialistId\":4.2}", "{\"version\":1,\"specialistId\":null}")) {
            assertEquals(List.of("specialistId"), SentBody.refused(bad, member), bad);
        }
        Type enabled = SentBody.of(AccountResource.class, "setEnabled");
        assertEquals(List.of(new FieldError("enabled", "is required: true or false")),
                SentBody.errors("{\"version\":1}", enabled));
        assertEquals(List.of("enabled"), SentBody.refused("{\"version\":1,\"enabled\":\"false\"}", enabled));
    }

    @Test
    void anAbsentVersionMeansCreateButAMalformedOneIsRefused() throws Exception {
        Type save = SentBody.of(WorkstationResource.class, "save");
        Edit<WorkstationSave, WorkstationDraft> create = SentBody.read("{\"name\":\"x\"}", save);
        assertNull(create.fields().version());
        assertEquals("x", create.draft().name());
        assertNull(SentBody.<Edit<WorkstationSave, WorkstationDraft>>read("{\"version\":null}", save)
                .fields().version());
        assertEquals(3L, SentBody.<Edit<WorkstationSave, WorkstationDraft>>read("{\"version\":3}", save)
                .fields().version());
        assertEquals(List.of("version"), SentBody.refused("{\"version\":\"3\"}", save));
    }

    @Test
    void aRecordAsReadCanBeSentBackButTyposAreStillRefused() throws Exception {
        Agreement read = new Agreement(7, 3, "小麦良种服务团", "boai", LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 12, 31), List.of("示范"), List.of(new io.tepai.api.team.AgreementTask(1, "示范",
                io.tepai.api.team.TaskFulfilment.PARTLY, List.of(12L), "已开始", "boai-kjj", null)),
                new Leader("郑海涛", "副县长", ""), Leader.NONE,
                AgreementStatus.DRAFT, null, false, 2);
        Type update = SentBody.of(TeamAgreementResource.class, "update");
        String json = Json.MAPPER.writeValueAsString(read);
        Edit<VersionOnly, AgreementDraft> edit = SentBody.read(json, update);
        assertEquals(2, edit.fields().version());
        assertEquals("boai", edit.draft().county());
        assertEquals("郑海涛", edit.draft().countyLeader().name());
        assertEquals(List.of("teamNmae"), SentBody.refused(json.replaceFirst("\\{", "{\"teamNmae\":\"typo\","), update));
    }

    @Test
    void leadersAreSentBackAsTheyWereRead() throws Exception {
        String written = Json.MAPPER.writeValueAsString(new Leader("王建国", "副县长", ""));
        assertEquals("{\"name\":\"王建国\",\"position\":\"副县长\",\"phone\":\"\"}", written);
        Edit<VersionOnly, SquadOfficers> edit = SentBody.read("{\"captain\":" + written
                + ",\"liaison\":{\"name\":\"赵丽\"},\"version\":0}", SentBody.of(SquadResource.class, "updateOfficers"));
        assertEquals("王建国", edit.draft().captain().name());
        assertEquals("赵丽", edit.draft().liaison().name());
        assertNull(edit.draft().deputyCaptain());
    }

    @Test
    void actionBodiesRefuseFieldsTheyDoNotHave() throws Exception {
        List<FieldError> typo = SentBody.errors("{\"version\":2,\"satisfacton\":5}", LOG_CONFIRM);
        assertEquals("satisfacton", typo.get(0).field());
        assertTrue(typo.get(0).message().contains("satisfaction"), typo.toString());
        RequestBodies.Confirmation confirmation = SentBody.read("{\"version\":2,\"satisfaction\":5,"
                + "\"comment\":\"很好\"}", LOG_CONFIRM);
        assertEquals(new RequestBodies.Confirmation(2L, 5, "很好", null), confirmation);
    }

    @Test
    void R_SVC_1_aConfirmationCarriesTheCountysReasonForServiceOutsideTheDispatch() throws Exception {
        assertEquals(new RequestBodies.Confirmation(2L, null, null, "团队协议"),
                SentBody.read("{\"version\":2,\"outsideDispatchReason\":\"团队协议\"}", LOG_CONFIRM));
        assertEquals(List.of("outsideDispatchReason"),
                SentBody.refused("{\"version\":2,\"outsideDispatchReason\":1}", LOG_CONFIRM));
    }

    @Test
    void R_REC_4_rosterBodiesTakeTheOutcomeInAnyCaseAndAVersionWhereOneIsRead() throws Exception {
        Type adjust = SentBody.of(RosterResource.class, "adjust");
        assertEquals(new RequestBodies.RosterAdjustment(3L, RosterOutcome.EXIT, "因病离岗"),
                SentBody.read("{\"version\":3,\"outcome\":\"exit\",\"reason\":\"因病离岗\"}", adjust));
        assertEquals(List.of("version"), SentBody.refused("{\"outcome\":\"EXIT\",\"reason\":\"x\"}", adjust));
        assertEquals(List.of("outcome"), SentBody.refused("{\"version\":3,\"outcome\":\"STAY\"}", adjust));
        Type prepare = SentBody.of(RosterResource.class, "prepare");
        assertEquals(new RequestBodies.RosterPreparing(2027, null), SentBody.read("{\"year\":2027}", prepare),
                "the first preparation has no version");
        assertEquals(List.of("version"), SentBody.refused("{\"year\":2027}",
                SentBody.of(RosterResource.class, "confirm")));
        assertEquals(List.of("wish"), SentBody.refused("{\"year\":2027,\"specialistId\":4,\"wish\":\"maybe\"}",
                SentBody.of(RosterWishResource.class, "record")));
    }

    @Test
    void optionalTextAndNumbersAreCheckedWhenPresent() throws Exception {
        assertEquals(new RequestBodies.Confirmation(2L, null, null, null),
                SentBody.read("{\"version\":2,\"comment\":null}", LOG_CONFIRM));
        assertEquals(List.of("comment"), SentBody.refused("{\"version\":2,\"comment\":7}", LOG_CONFIRM));
        assertEquals(List.of("satisfaction"), SentBody.refused("{\"version\":2,\"satisfaction\":4.5}", LOG_CONFIRM));
        assertEquals(List.of("version"), SentBody.refused("{\"satisfaction\":4}", LOG_CONFIRM));
    }

    @Test
    void idListsAreRequiredAndCheckedItemByItem() throws Exception {
        Type assign = SentBody.of(CoordinationRequestResource.class, "assign");
        assertEquals(List.of(12L, 15L), SentBody.<RequestBodies.MemberAssignment>read(
                "{\"version\":1,\"members\":[12,15]}", assign).members());
        assertEquals(List.of("members[1]"), SentBody.refused("{\"version\":1,\"members\":[12,\"x\",1.5]}", assign));
        assertEquals(List.of("members[1]"), SentBody.refused("{\"version\":1,\"members\":[12,null]}", assign));
        for (String missing : List.of("{\"version\":1}", "{\"version\":1,\"members\":null}",
                "{\"version\":1,\"members\":12}")) {
            assertEquals(List.of("members"), SentBody.refused(missing, assign), missing);
        }
    }

    @Test
    void requestsEscalateToTheUnitOrTheCity() throws Exception {
        Type escalate = SentBody.of(CoordinationRequestResource.class, "escalate");
        assertEquals("unit", SentBody.<RequestBodies.Escalation>read("{\"version\":1,\"to\":\" Unit \"}", escalate)
                .to());
        assertEquals("city", SentBody.<RequestBodies.Escalation>read("{\"version\":1,\"to\":\"city\"}", escalate)
                .to());
        for (String bad : List.of("{\"version\":1}", "{\"version\":1,\"to\":\"team\"}", "{\"version\":1,\"to\":1}")) {
            assertEquals(List.of("to"), SentBody.refused(bad, escalate), bad);
        }
    }

    @Test
    void aServiceLogAsReadCanBeSentBackAsAnUpdateOrACorrection() throws Exception {
        ServiceLog read = ServiceLogCsvTest.log(41, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 2), "1.5",
                LogStatus.RETURNED, null, "指导", List.of(3L));
        String json = Json.MAPPER.writeValueAsString(read);
        Edit<VersionOnly, ServiceLogDraft> update = SentBody.read(json, SentBody.of(ServiceLogResource.class,
                "update"));
        assertEquals(new BigDecimal("1.5"), update.draft().fieldDays());
        assertEquals(List.of(3L), update.draft().recipientIds());
        assertEquals(new BigDecimal("40"), update.draft().outcomes().get("farmersTrained"));

        Edit<Correction, ServiceLogDraft> correction = SentBody.read(json.replaceFirst("\\{", "{\"reason\":\"天数填错\","),
                SentBody.of(ServiceLogResource.class, "correct"));
        assertEquals("天数填错", correction.fields().reason());
        assertEquals(read.version(), correction.fields().version());
        assertEquals(update.draft(), correction.draft());
    }

    @Test
    void evaluatorInputsAreNumbersByNameAndOthersAreNamed() throws Exception {
        Type inputs = SentBody.of(EvaluationResultResource.class, "setInputs");
        assertEquals(Map.of("organisation", new BigDecimal("85"), "publicity", new BigDecimal("70.5")),
                SentBody.<RequestBodies.EvaluationInputs>read(
                        "{\"version\":1,\"inputs\":{\"organisation\":85,\"publicity\":70.5}}", inputs).inputs());
        assertEquals(Map.of(), SentBody.<RequestBodies.EvaluationInputs>read("{\"version\":1,\"inputs\":{}}",
                inputs).inputs(), "{} clears the inputs");
        for (String bad : List.of("{\"organisation\":\"85\"}", "{\"organisation\":null}", "{\"organisation\":true}")) {
            assertEquals(List.of("inputs.organisation"),
                    SentBody.refused("{\"version\":1,\"inputs\":" + bad + "}", inputs), bad);
        }
        for (String bad : List.of("[85]", "85")) {
            assertEquals(List.of("inputs"), SentBody.refused("{\"version\":1,\"inputs\":" + bad + "}", inputs), bad);
        }
    }

    @Test
    void aBodyThatIsNoObjectOrNothingIsRefused() throws Exception {
        for (String bad : List.of("[]", "\"text\"", "42", "null", "")) {
            assertEquals(List.of("body"), SentBody.refused(bad, UNIT_UPDATE), bad);
            assertEquals(List.of("body"), SentBody.refused(bad, LOG_CONFIRM), bad);
        }
    }
}
