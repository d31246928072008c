package io.tepai.rest.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import io.swagger.v3.oas.annotations.Operation;
import io.tepai.api.Actor;
import io.tepai.api.Page;
import io.tepai.api.ValidationException;
import io.tepai.api.module.Module;
import io.tepai.api.module.ModuleService;
import java.util.List;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * {@code /api/modules}: the plug-in modules (county criteria, incentive policies, plug-in tiers) and where each is
 * switched on. A switch is addressed as {@code /modules/{id}/counties/{county}}: PUT switches it on, DELETE off.
 */
@Component(service = ModuleResource.class)
@JaxrsResource
@JaxrsApplicationSelect(TepaiApplication.SELECT)
@Path("modules")
@Produces(MediaType.APPLICATION_JSON)
public class ModuleResource {

    private static final String BODY = "must be empty or a JSON object such as {\"weight\": 15}";

    @Reference
    private ModuleService modules;

    @Operation(summary = "List the plug-in modules")
    @GET
    public Page<Module> list(@QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return Pages.of(modules.list(), page, size);
    }

    @Operation(summary = "Read a plug-in module")
    @GET
    @Path("{id}")
    public Module get(@PathParam("id") String id) {
        return modules.get(id);
    }

    /** The body is optional, so it is taken as text: a PUT without body or content type must work too. */
    @Operation(summary = "Switch a module on for a county")
    @PUT
    @Path("{id}/counties/{county}")
    public Module enable(@PathParam("id") String id, @PathParam("county") String county, String body,
                         @Context Actor actor) {
        return modules.enable(actor, county, id, weight(body));
    }

    @Operation(summary = "Switch a module off for a county")
    @DELETE
    @Path("{id}/counties/{county}")
    public Module disable(@PathParam("id") String id, @PathParam("county") String county,
                          @Context Actor actor) {
        return modules.disable(actor, county, id);
    }

    /** The optional {@code weight} of an enable body; null when the body is empty or has none. */
    static Integer weight(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        try {
            return Json.MAPPER.readValue(body, RequestBodies.ModuleSwitch.class).weight();
        } catch (JsonMappingException e) {
            throw new ValidationException(List.of(JsonErrors.fieldError(e)));
        } catch (JsonProcessingException e) {
            throw ValidationException.of("body", BODY);
        }
    }
}
