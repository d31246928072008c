package io.tepai.rest.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.tepai.api.Actor;
import io.tepai.api.Page;
import io.tepai.api.org.County;
import io.tepai.api.org.CountyService;
import javax.annotation.security.PermitAll;
import javax.ws.rs.Consumes;
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

/** {@code /api/counties}: the eleven counties, readable by anyone; leading industries editable. */
@Component(service = CountyResource.class)
@JaxrsResource
@JaxrsApplicationSelect(TepaiApplication.SELECT)
@Path("counties")
@Produces(MediaType.APPLICATION_JSON)
public class CountyResource {

    @Reference
    private CountyService counties;

    @PermitAll
    @Operation(summary = "List the counties")
    @GET
    public Page<County> list(@QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return Pages.of(counties.list(), page, size);
    }

    @PermitAll
    @Operation(summary = "Read a county")
    @GET
    @Path("{code}")
    public County get(@PathParam("code") String code) {
        return counties.get(code);
    }

    /** Replaces the leading industries: {@code {"leadingIndustries": [...], "version": N}}. */
    @Operation(summary = "Replace a county's leading industries")
    @PUT
    @Path("{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    public County update(@PathParam("code") String code, RequestBodies.LeadingIndustries body, @Context Actor actor) {
        return counties.updateLeadingIndustries(actor, code, body.version(), body.leadingIndustries());
    }
}
