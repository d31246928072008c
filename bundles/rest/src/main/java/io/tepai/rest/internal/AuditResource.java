package io.tepai.rest.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.tepai.api.Actor;
import io.tepai.api.Page;
import io.tepai.api.audit.AuditFilter;
import io.tepai.api.audit.AuditRecord;
import io.tepai.api.audit.AuditService;
import java.time.Instant;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** {@code GET /api/audit}: the audit trail, newest first, for the city office and the auditor. Read-only. */
@Component(service = AuditResource.class)
@JaxrsResource
@JaxrsApplicationSelect(TepaiApplication.SELECT)
@Path("audit")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    @Reference
    private AuditService audit;

    /** {@code from}/{@code to}: an ISO instant ({@code 2026-11-28T10:00:00Z}) or a date ({@code 2026-11-28}, UTC). */
    @Operation(summary = "Read the audit trail")
    @GET
    public Page<AuditRecord> list(@QueryParam("entity") String entity, @QueryParam("id") String id,
                                  @QueryParam("actor") String actorName, @QueryParam("from") Instant from,
                                  @QueryParam("to") Instant to, @QueryParam("page") Integer page,
                                  @QueryParam("size") Integer size, @Context Actor reader) {
        AuditFilter filter = new AuditFilter(entity, id, actorName, from, to);
        return audit.search(reader, filter, Pages.request(page, size));
    }
}
