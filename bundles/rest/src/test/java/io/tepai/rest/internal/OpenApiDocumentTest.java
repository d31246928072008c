package io.tepai.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import javax.annotation.security.PermitAll;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.HEAD;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI document, generated at build time into target/classes, describes exactly the operations the resources
 * implement, with the security ClosedByDefault enforces and a typed schema for every body.
 */
class OpenApiDocumentTest {

    private static final List<Class<?>> RESOURCES = List.of(HealthResource.class, OpenApiResource.class,
            CountyResource.class, TierResource.class, UnitResource.class, SpecialistResource.class,
            AccountResource.class, AuditResource.class, TeamResource.class, TeamAgreementResource.class,
            AgreementResource.class, AssignmentResource.class, SquadResource.class, WorkstationResource.class,
            CoverageResource.class, RecipientResource.class, ServiceLogResource.class, ProgressResource.class,
            CoordinationRequestResource.class, TrainingResource.class, DemonstrationBaseResource.class,
            MenteeResource.class, EvaluationRoundResource.class, EvaluationResultResource.class,
            PublicResultResource.class, IncentiveResource.class, ModuleResource.class, BudgetResource.class,
            AllocationResource.class, ExpenseResource.class, LedgerResource.class, InsuranceResource.class,
            TransferResource.class, InspectionResource.class, SessionResource.class, DisbursementResource.class,
            FeeComplaintResource.class, DemandResource.class, IntakeResource.class, NoticeResource.class,
            ObjectionResource.class, RegistrationResource.class, RosterResource.class, RosterWishResource.class,
            CountyRequestResource.class, ImportResource.class);

    @Test
    void everyImplementedOperationIsDocumentedAndNothingElse() throws Exception {
        JsonNode document = document();
        assertEquals("/api", document.at("/servers/0/url").asText());

        Set<String> implemented = new TreeSet<>();
        for (Class<?> resource : RESOURCES) {
            String base = "/" + resource.getAnnotation(Path.class).value();
            for (Method method : resource.getDeclaredMethods()) {
                String verb = verb(method);
                if (verb != null) {
                    Path sub = method.getAnnotation(Path.class);
                    implemented.add(verb + " " + base + (sub == null ? "" : "/" + sub.value()));
                }
            }
        }
        Set<String> documented = new TreeSet<>();
        document.get("paths").fields().forEachRemaining(path -> path.getValue().fieldNames().forEachRemaining(
                verb -> {
                    if (Set.of("get", "put", "post", "delete", "head", "patch").contains(verb)) {
                        documented.add(verb.toUpperCase(Locale.ROOT) + " " + path.getKey());
                    }
                }));
        assertTrue(implemented.size() >= 24, "found the resources' operations: " + implemented);
        assertEquals(implemented, documented);
    }

    @Test
    void onlyPermitAllOperationsAreDocumentedAsPublic() throws Exception {
        JsonNode document = document();
        int checked = 0;
        for (Class<?> resource : RESOURCES) {
            String base = "/" + resource.getAnnotation(Path.class).value();
            for (Method method : resource.getDeclaredMethods()) {
                String verb = verb(method);
                if (verb == null) {
                    continue;
                }
                Path sub = method.getAnnotation(Path.class);
                String path = base + (sub == null ? "" : "/" + sub.value());
                JsonNode security = document.path("paths").path(path).path(verb.toLowerCase(Locale.ROOT))
                        .path("security");
                boolean documentedPublic = security.isArray() && security.isEmpty();
                assertEquals(method.isAnnotationPresent(PermitAll.class), documentedPublic, verb + " " + path
                        + " is documented with security " + security);
                checked++;
            }
        }
        assertTrue(checked >= 24, "checked " + checked + " operations");
    }

    @Test
    void everyBodyNamesItsFieldsWithTheirTypes() throws Exception {
        JsonNode document = document();
        List<String> untyped = new ArrayList<>();
        document.get("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(verb -> {
            JsonNode schema = verb.getValue().at("/requestBody/content/application~1json/schema");
            if (schema.isMissingNode()) {
                return;
            }
            // a draft's fields, or (an update) a draft's together with the version's
            List<JsonNode> parts = new ArrayList<>();
            schema.path("allOf").forEach(parts::add);
            if (parts.isEmpty()) {
                parts.add(schema);
            }
            for (JsonNode part : parts) {
                String ref = part.path("$ref").asText();
                JsonNode resolved = document.at("/components/schemas/" + ref.substring(ref.lastIndexOf('/') + 1));
                if (ref.isEmpty() || resolved.path("properties").isEmpty()) {
                    untyped.add(verb.getKey() + " " + path.getKey() + ": " + schema);
                }
            }
        }));
        assertTrue(untyped.isEmpty(), "bodies without typed fields: " + untyped);
    }

    /** The operations that create a record: they answer 201 with its address in Location. */
    static final Set<String> CREATIONS = Set.of("post /accounts", "post /assignments", "post /bases",
            "post /evaluations/rounds", "post /logs", "post /mentees", "post /recipients", "post /requests",
            "post /specialists", "post /teams", "post /teams/{id}/agreements", "post /trainings", "post /units",
            "put /workstations/{county}", "post /allocations", "post /budgets", "post /expenses",
            "post /expenses/{id}/correction", "post /inspections", "post /insurance", "post /transfers",
            "post /disbursements", "post /fee-complaints", "post /demands", "post /demands/{id}/matches",
            "post /intakes", "post /intakes/{id}/registrations", "post /intakes/{id}/steps",
            "post /intakes/{id}/objections", "post /specialists/appointed-by-exception");

    @Test
    void everyOperationIsSummarisedAndDocumentsTheStatusItAnswers() throws Exception {
        JsonNode document = document();
        List<String> wrong = new ArrayList<>();
        Set<String> created = new TreeSet<>();
        document.get("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(verb -> {
            String operation = verb.getKey() + " " + path.getKey();
            JsonNode responses = verb.getValue().path("responses");
            if (verb.getValue().path("summary").asText().isBlank()) {
                wrong.add(operation + ": no summary");
            }
            if (responses.has("default")) {
                wrong.add(operation + ": an unnamed (default) answer");
            }
            if (responses.has("201")) {
                created.add(operation);
                if (!responses.at("/201/headers").has("Location")) {
                    wrong.add(operation + ": a 201 without Location");
                }
            }
            if (verb.getKey().equals("delete") && !responses.has("204") && !responses.has("200")) {
                wrong.add(operation + ": a delete that documents neither 204 nor 200");
            }
        }));
        assertEquals(List.of(), wrong);
        assertEquals(new TreeSet<>(CREATIONS), created);
        assertEquals("Deleted", document.at("/paths/~1teams~1{id}/delete/responses/204/description").asText());
    }

    private static JsonNode document() throws Exception {
        try (InputStream in = OpenApiResource.class.getResourceAsStream("/openapi.json")) {
            return Json.MAPPER.readTree(in);
        }
    }

    private static String verb(Method method) {
        if (method.isAnnotationPresent(GET.class)) {
            return "GET";
        }
        if (method.isAnnotationPresent(POST.class)) {
            return "POST";
        }
        if (method.isAnnotationPresent(PUT.class)) {
            return "PUT";
        }
        if (method.isAnnotationPresent(DELETE.class)) {
            return "DELETE";
        }
        return method.isAnnotationPresent(HEAD.class) ? "HEAD" : null;
    }
}
