package io.tepai.rest.internal;

import io.tepai.api.Actor;
import io.tepai.api.Page;
import io.tepai.api.ValidationException;
import io.tepai.api.audit.AuditFilter;
import io.tepai.api.audit.AuditRecord;
import io.tepai.api.audit.AuditService;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
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
    @GET
    public Page<AuditRecord> list(@QueryParam("entity") String entity, @QueryParam("id") String id,
                                  @QueryParam("actor") String actorName, @QueryParam("from") String from,
                                  @QueryParam("to") String to, @QueryParam("page") Integer page,
                                  @QueryParam("size") Integer size, @Context Actor reader) {
        AuditFilter filter = new AuditFilter(entity, id, actorName, instant("from", from), instant("to", to));
        return audit.search(reader, filter, Pages.request(page, size));
    }

    static Instant instant(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String rule = "must be a date (2026-11-28) or an instant (2026-11-28T10:00:00Z), in the years "
                + Json.MIN_YEAR + " to " + Json.MAX_YEAR;
        Instant instant;
        try {
            instant = value.length() == 10 ? LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant()
                    : Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw ValidationException.of(name, rule);
        }
        // the same range as every other date: the database cannot compare with every year Java can hold
        int year = instant.atZone(ZoneOffset.UTC).getYear();
        if (year < Json.MIN_YEAR || year > Json.MAX_YEAR) {
            throw ValidationException.of(name, rule);
        }
        return instant;
    }
}
