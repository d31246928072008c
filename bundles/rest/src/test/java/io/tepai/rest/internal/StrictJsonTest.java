package io.tepai.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tepai.api.FieldError;
import io.tepai.api.ValidationException;
import io.tepai.api.dispatch.WorkstationDraft;
import io.tepai.api.field.DemonstrationBaseDraft;
import io.tepai.api.field.MenteeDraft;
import io.tepai.api.field.TrainingDraft;
import io.tepai.api.org.UnitDraft;
import io.tepai.api.team.AgreementDraft;
import io.tepai.api.team.TeamDraft;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Issue 11 items 4, 9, 10 and 11: a body means exactly one thing, or it is a 400 naming the field. */
class StrictJsonTest {

    /** The field errors a body gets as a draft of this type, as a resource would answer them. */
    private static List<FieldError> errors(String json, Class<?> draft) throws Exception {
        return SentBody.errors(json, draft);
    }

    private static void assertRefused(String field, String json, Class<?> draft) throws Exception {
        List<FieldError> errors = errors(json, draft);
        assertEquals(List.of(field), errors.stream().map(FieldError::field).toList(), json + " -> " + errors);
    }

    // item 4: dates

    @ParameterizedTest
    @ValueSource(strings = {"\"+99999-01-01\"", "20260101", "\"0000-01-01\"", "\"-0001-01-01\"", "\"1999-12-31\"",
        "\"2101-01-01\"", "\"2026-01-01T10:00:00\"", "\"2026-1-1\"", "\"2026-02-30\"", "[2026,1,1]", "true"})
    void item4_datesOutsideTheProgrammeOrNotIsoStringsAreRefusedNamingTheField(String date) throws Exception {
        String team = "{\"name\":\"t\",\"termStart\":\"2026-01-01\",\"termEnd\":" + date + "}";
        assertRefused("termEnd", team, TeamDraft.class);
        List<FieldError> errors = errors(team, TeamDraft.class);
        assertEquals(Json.DATE_RULE, errors.get(0).message());
        assertRefused("termStart", "{\"termStart\":" + date + "}", AgreementDraft.class);
        assertRefused("openedOn", "{\"name\":\"w\",\"openedOn\":" + date + "}", WorkstationDraft.class);
        assertRefused("date", "{\"title\":\"t\",\"date\":" + date + "}", TrainingDraft.class);
        assertRefused("establishedOn", "{\"name\":\"b\",\"establishedOn\":" + date + "}", DemonstrationBaseDraft.class);
        assertRefused("since", "{\"name\":\"m\",\"since\":" + date + "}", MenteeDraft.class);
    }

    @Test
    void item4_isoDatesWithinTheProgrammeAreRead() throws Exception {
        TeamDraft team = SentBody.read("{\"termStart\":\"2000-01-01\",\"termEnd\":\"2100-12-31\"}",
                TeamDraft.class);
        assertEquals(LocalDate.of(2000, 1, 1), team.termStart());
        assertEquals(LocalDate.of(2100, 12, 31), team.termEnd());
    }

    @ParameterizedTest
    @ValueSource(strings = {"+99999-01-01", "2026-01-01T10:00:00", "1999-12-31", "2101-01-01", "0000-01-01", "x"})
    void item4_dateQueryParametersHaveTheSameRange(String value) {
        ValidationException e = assertThrows(ValidationException.class, () -> QueryParameters.date("from", value));
        assertEquals(new FieldError("from", Json.DATE_RULE), e.errors().get(0));
        assertEquals(LocalDate.of(2026, 3, 1), QueryParameters.date("from", "2026-03-01"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"+99999-01-01T00:00:00Z", "-0001-01-01T00:00:00Z", "1999-12-31", "0000-01-01", "x"})
    void item4_auditFiltersHaveTheSameRange(String value) {
        ValidationException e = assertThrows(ValidationException.class, () -> QueryParameters.instant("from", value));
        assertEquals("from", e.errors().get(0).field());
        assertEquals(java.time.Instant.parse("2026-11-28T00:00:00Z"), QueryParameters.instant("from", "2026-11-28"));
    }

    // item 9: lenient parsing

    @ParameterizedTest
    @ValueSource(strings = {"{\"version\":1,\"version\":2}", "{\"name\":\"a\",\"name\":\"b\",\"version\":1}",
        "{\"a\":{\"x\":1,\"x\":2}}"})
    void item9_duplicateKeysAreRefusedAlsoWhenReadAsObjectNode(String json) {
        JsonProcessingException e = assertThrows(JsonProcessingException.class,
                () -> Json.MAPPER.readValue(json, ObjectNode.class));
        assertTrue(List.of("version", "name", "x").contains(JsonErrors.duplicateField(e)), e.getMessage());
        assertTrue(JsonErrors.parseError(e).contains("appears more than once"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.9", "\"3\"", "true", "1e3"})
    void item9_aVersionIsAWholeNumberNotAFractionOrText(String version) throws Exception {
        assertRefused("version", "{\"version\":" + version + "}", RequestBodies.VersionOnly.class);
        assertRefused("version", "{\"version\":" + version + "}", RequestBodies.WorkstationSave.class);
    }

    @Test
    void item9_enumsAreNamesNotOrdinals() throws Exception {
        assertRefused("type", "{\"code\":\"u\",\"type\":0}", UnitDraft.class);
        assertTrue(errors("{\"code\":\"u\",\"type\":0}", UnitDraft.class).get(0).message().contains("UNIVERSITY"));
    }

    @Test
    void item9_enumsOfActionBodiesAreNamesToo() throws Exception {
        assertRefused("grade", "{\"version\":1,\"grade\":0}", RequestBodies.GradeAdjustment.class);
        assertRefused("kind", "{\"kind\":0}", io.tepai.api.evaluation.RoundDraft.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"5", "5.5", "true", "{}", "[\"a\"]"})
    void item9_numbersAndBooleansAreNotTakenAsText(String value) throws Exception {
        assertRefused("nameZh", "{\"code\":\"u\",\"nameZh\":" + value + "}", UnitDraft.class);
        assertRefused("contact.phone", "{\"code\":\"u\",\"contact\":{\"phone\":" + value + "}}", UnitDraft.class);
    }

    @Test
    void item9_fractionsAreNotTruncatedToWholeNumbers() throws Exception {
        assertRefused("specialistId", "{\"name\":\"m\",\"specialistId\":1.9}", MenteeDraft.class);
        assertRefused("specialistId", "{\"name\":\"m\",\"specialistId\":\"7\"}", MenteeDraft.class);
    }

    @Test
    void item9_booleansAreTrueOrFalse() throws Exception {
        assertRefused("gave", "{\"title\":\"t\",\"gave\":1}", TrainingDraft.class);
        assertRefused("gave", "{\"title\":\"t\",\"gave\":\"true\"}", TrainingDraft.class);
    }

    // item 10: error texts in the API's words

    static Stream<Arguments> wrongTypedBodies() {
        List<Arguments> cases = new ArrayList<>();
        List<Class<?>> drafts = new ArrayList<>(List.of(UnitDraft.class, TeamDraft.class, AgreementDraft.class,
                WorkstationDraft.class, TrainingDraft.class, MenteeDraft.class, DemonstrationBaseDraft.class));
        // and every action body, whose constructors refuse missing fields too
        Stream.of(RequestBodies.class.getDeclaredClasses()).filter(Class::isRecord)
                .filter(type -> type != RequestBodies.Edit.class).forEach(drafts::add);
        List<String> values = List.of("1", "1.5", "-1", "true", "\"x\"", "\"\"", "[]", "[1]", "{}", "{\"a\":1}",
                "\"2026-13-45\"", "\"\\u0000\"", "1e400", "99999999999999999999");
        for (Class<?> draft : drafts) {
            for (var component : draft.getRecordComponents()) {
                for (String value : values) {
                    cases.add(Arguments.of(draft, "{\"" + component.getName() + "\":" + value + "}"));
                }
            }
            cases.add(Arguments.of(draft, "[]"));
            cases.add(Arguments.of(draft, "\"text\""));
            cases.add(Arguments.of(draft, "{\"nosuch\":1}"));
            cases.add(Arguments.of(draft, "{\"contact\":{\"nosuch\":1}}"));
        }
        return cases.stream();
    }

    @ParameterizedTest
    @MethodSource("wrongTypedBodies")
    void item10_noAnswerNamesJavaTypesOrJacksonInternals(Class<?> draft, String json) throws Exception {
        for (FieldError error : errors(json, draft)) {
            for (String text : List.of(error.field(), error.message())) {
                for (String internal : List.of("java.", "io.tepai", "Exception", "ObjectNode", "Cannot deserialize",
                        "com.fasterxml", "`")) {
                    assertFalse(text.contains(internal), draft.getSimpleName() + " " + json + " -> " + error);
                }
            }
        }
    }

    @Test
    void item10_wrongTypesAreExplainedAsTheJsonExpected() throws Exception {
        assertEquals(List.of(new FieldError("contact", "must be an object")),
                errors("{\"code\":\"u\",\"contact\":\"x\"}", UnitDraft.class));
        assertEquals(List.of(new FieldError("specialistId", "must be a whole number")),
                errors("{\"specialistId\":\"x\"}", MenteeDraft.class));
        assertEquals(List.of(new FieldError("tasks", "must be a list")),
                errors("{\"tasks\":\"x\"}", AgreementDraft.class));
        assertEquals(List.of(new FieldError("hours", "must be a number")),
                errors("{\"hours\":\"x\"}", TrainingDraft.class));
    }

    @ParameterizedTest
    @ValueSource(strings = {"{", "{\"a\":}", "nul", "{\"a\":1} x"})
    void item10_invalidJsonIsSaidWithoutTheParsersInternals(String json) {
        JsonProcessingException e = assertThrows(JsonProcessingException.class, () -> Json.MAPPER.readTree(json));
        String said = JsonErrors.parseError(e);
        assertTrue(said.contains("not valid JSON"), said);
        assertFalse(said.contains("Exception") || said.contains("`") || said.contains("java."), said);
    }

    // item 11: text fields

    @ParameterizedTest
    @ValueSource(strings = {"a\\u0000b", "a\\u0007", "\\u001b[31m", "a\\u007f", "a\\u0085", "\\u202eevil", "x\\u202a",
        "\\u2066x", "x\\u2069", "\\ud800", "a\\udc00b", "\\ud800\\ud800"})
    void item11_controlCharactersBidiOverridesAndLoneSurrogatesAreRefusedNamingTheField(String text) throws Exception {
        assertEquals(List.of(new FieldError("nameZh", Json.TEXT_RULE)),
                errors("{\"code\":\"u\",\"nameZh\":\"" + text + "\"}", UnitDraft.class));
        assertRefused("tasks[1]", "{\"tasks\":[\"ok\",\"" + text + "\"]}", AgreementDraft.class);
        assertRefused("comment", "{\"version\":1,\"comment\":\"" + text + "\"}", RequestBodies.Comment.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"焦作 怀山药", "line\\none\\r\\n\\ttab", "emoji \\ud83c\\udf3e", "Zoë", "a\\u200db"})
    void item11_ordinaryTextTabsAndNewlinesArePassedAsSent(String text) throws Exception {
        String expected = (String) Json.MAPPER.readValue("\"" + text + "\"", Object.class);
        UnitDraft unit = SentBody.read("{\"code\":\"u\",\"nameZh\":\"" + text + "\"}", UnitDraft.class);
        assertEquals(expected, unit.nameZh());
        assertNull(Json.textProblem(expected));
    }
}
