package io.tepai.rest.internal;

import io.swagger.v3.oas.annotations.Operation;
import java.io.InputStream;
import javax.annotation.security.PermitAll;
import javax.ws.rs.GET;
import javax.ws.rs.NotFoundException;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * {@code GET /api/openapi.json}: the API's OpenAPI 3 description, generated at build time from the resources and the
 * types they read and answer (the swagger Maven plugin, see this bundle's pom; {@code src/main/openapi/base.json} adds
 * the info, the security scheme and the problem+json responses, {@code io.tepai.rest.openapi.OpenApiConventions}
 * the per-operation security and problems).
 */
@Component(service = OpenApiResource.class)
@JaxrsResource
@JaxrsApplicationSelect(TepaiApplication.SELECT)
@Path("openapi.json")
public class OpenApiResource {

    @PermitAll
    @Operation(summary = "This OpenAPI document")
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public InputStream get() {
        InputStream document = OpenApiResource.class.getResourceAsStream("/openapi.json");
        if (document == null) {
            throw new NotFoundException("The OpenAPI document is missing from the REST bundle");
        }
        return document;
    }
}
