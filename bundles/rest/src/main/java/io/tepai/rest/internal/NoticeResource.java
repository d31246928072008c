package io.tepai.rest.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.tepai.api.intake.IntakeService;
import io.tepai.api.intake.PublicNotice;
import java.util.List;
import javax.annotation.security.PermitAll;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** {@code GET /api/notices}: the year's public notices (公示) of recruitment (R-REC-2), for anyone. */
@Component(service = NoticeResource.class)
@JaxrsResource
@JaxrsApplicationSelect(TepaiApplication.SELECT)
@Path("notices")
@Produces(MediaType.APPLICATION_JSON)
public class NoticeResource {

    @Reference
    private IntakeService intakes;

    @PermitAll
    @Operation(summary = "The year's public notices of recruitment")
    @GET
    public List<PublicNotice> list(@QueryParam("year") Integer year) {
        return intakes.notices(year);
    }
}
