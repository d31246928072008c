package io.tepai.rest.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tepai.api.Page;
import io.tepai.api.ValidationException;
import io.tepai.api.org.County;
import io.tepai.api.org.CountyService;
import java.util.ArrayList;
import java.util.List;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** {@code /api/counties}: the eleven counties, readable by anyone; leading industries editable. */
@Component(service = CountyResource.class)
@JaxrsResource
@JaxrsApplicationSelect(TepaiApplication.SELECT)
@Path("counties")
@Produces(MediaType.APPLICATION_JSON)
public class CountyResource {

    @Reference
    private CountyService counties;

    @GET
    public Page<County> list(@QueryParam("page") String page, @QueryParam("size") String size) {
        return Requests.pageOf(counties.list(), page, size);
    }

    @GET
    @Path("{code}")
    public County get(@PathParam("code") String code) {
        return counties.get(code);
    }

    /** Replaces the leading industries: {@code {"leadingIndustries": [...], "version": N}}. */
    @PUT
    @Path("{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    public County update(@PathParam("code") String code, ObjectNode body, @Context SecurityContext security) {
        var actor = Actors.require(security);
        long version = Requests.version(body);
        JsonNode industries = body.get("leadingIndustries");
        if (industries == null || !industries.isArray()) {
            throw ValidationException.of("leadingIndustries", "is required: a list of industry names");
        }
        List<String> names = new ArrayList<>();
        industries.forEach(industry -> names.add(industry.isTextual() ? industry.asText() : null));
        return counties.updateLeadingIndustries(actor, code, version, names);
    }
}
