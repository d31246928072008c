package io.tepai.rest.openapi;

import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.jaxrs2.ReaderListener;
import io.swagger.v3.jaxrs2.integration.JaxrsAnnotationScanner;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.integration.SwaggerConfiguration;
import io.swagger.v3.oas.integration.api.OpenApiReader;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import java.lang.reflect.Method;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.annotation.security.PermitAll;
import javax.ws.rs.HttpMethod;
import javax.ws.rs.Path;
import javax.ws.rs.core.HttpHeaders;

/**
 * Build time only (the swagger Maven plugin runs it; the bundle leaves this package out): writes into the generated
 * OpenAPI document what the resources say once for all, not per method. Every operation needs HTTP Basic unless
 * its method is {@code @PermitAll} (as {@code ClosedByDefault} enforces), and each declares the problem+json
 * answers it can give, by reference to the responses in {@code src/main/openapi/base.json}. A created record's
 * address is in {@code Location}; an answer the method does not document otherwise is a 200; an update's body
 * ({@code Edit}) is its draft and its own fields, allOf the two ({@link EditSchemas}).
 */
@OpenAPIDefinition
public class OpenApiConventions implements ReaderListener {

    private static final String RESOURCES = "io.tepai.rest.internal";

    @Override
    public void beforeScan(OpenApiReader reader, OpenAPI openApi) {
        ModelConverters.getInstance().addConverter(new EditSchemas());
    }

    @Override
    public void afterScan(OpenApiReader reader, OpenAPI openApi) {
        Set<String> open = publicOperations();
        openApi.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((verb, operation) -> {
            boolean isPublic = open.contains(verb.name() + " " + path);
            operation.setSecurity(isPublic ? List.of() : List.of(new SecurityRequirement().addList("basicAuth")));
            declareSuccess(operation.getResponses());
            declareProblems(path, verb, operation, isPublic);
        }));
    }

    private static void declareSuccess(ApiResponses responses) {
        ApiResponse unnamed = responses.remove("default");
        if (unnamed != null && responses.keySet().stream().noneMatch(status -> status.startsWith("2"))) {
            responses.addApiResponse("200", unnamed.description("OK"));
        }
        ApiResponse created = responses.get("201");
        if (created != null) {
            created.addHeaderObject(HttpHeaders.LOCATION, new Header().description("The created record's address")
                    .schema(new StringSchema()));
        }
    }

    private static void declareProblems(String path, PathItem.HttpMethod verb, Operation operation, boolean isPublic) {
        ApiResponses responses = operation.getResponses();
        Map<String, String> problems = new java.util.LinkedHashMap<>();
        problems.put("400", "BadRequest");
        if (!isPublic) {
            problems.put("401", "Unauthorized");
            problems.put("403", "Forbidden");
        }
        if (path.contains("{")) {
            problems.put("404", "NotFound");
        }
        if (operation.getRequestBody() != null) {
            problems.put("413", "ContentTooLarge");
            problems.put("415", "UnsupportedMediaType");
        }
        if (verb != PathItem.HttpMethod.GET && verb != PathItem.HttpMethod.HEAD) {
            problems.put("409", "Conflict");
            problems.put("422", "RuleViolation");
        }
        problems.forEach((status, name) -> responses.addApiResponse(status,
                new ApiResponse().$ref("#/components/responses/" + name)));
    }

    /** "GET /path" of each {@code @PermitAll} method, its path put together as the generator does. */
    private static Set<String> publicOperations() {
        SwaggerConfiguration configuration = new SwaggerConfiguration().resourcePackages(Set.of(RESOURCES));
        Set<String> open = new HashSet<>();
        for (Class<?> resource : new JaxrsAnnotationScanner<>().openApiConfiguration(configuration).classes()) {
            Path base = resource.getAnnotation(Path.class);
            if (base == null) {
                continue;
            }
            for (Method method : resource.getDeclaredMethods()) {
                String verb = verb(method);
                if (verb != null && (method.isAnnotationPresent(PermitAll.class)
                        || resource.isAnnotationPresent(PermitAll.class))) {
                    Path sub = method.getAnnotation(Path.class);
                    open.add(verb + " " + join(base.value(), sub == null ? "" : sub.value()));
                }
            }
        }
        return open;
    }

    private static String join(String base, String sub) {
        String path = ("/" + base + "/" + sub).replaceAll("/+", "/");
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    private static String verb(Method method) {
        for (var annotation : method.getAnnotations()) {
            HttpMethod verb = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (verb != null) {
                return verb.value().toUpperCase(Locale.ROOT);
            }
        }
        return null;
    }
}
