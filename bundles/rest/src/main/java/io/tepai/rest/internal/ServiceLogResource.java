package io.tepai.rest.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.tepai.api.Actor;
import io.tepai.api.NotFoundException;
import io.tepai.api.Page;
import io.tepai.api.PageRequest;
import io.tepai.api.ValidationException;
import io.tepai.api.field.LogFilter;
import io.tepai.api.field.LogStatus;
import io.tepai.api.field.OutcomeIndicator;
import io.tepai.api.field.Recipient;
import io.tepai.api.field.RecipientService;
import io.tepai.api.field.ServiceLog;
import io.tepai.api.field.ServiceLogDraft;
import io.tepai.api.field.ServiceLogService;
import io.tepai.rest.internal.RequestBodies.Correction;
import io.tepai.rest.internal.RequestBodies.Edit;
import io.tepai.rest.internal.RequestBodies.VersionOnly;
import java.net.URI;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * {@code /api/logs}: service logs (R-SVC-1, R-SVC-3) and their lifecycle. A specialist writes and submits their own;
 * the county where the service took place (or the city office) confirms or returns them; a confirmed log changes only
 * by a correction with a reason. The steps of the lifecycle are operations of their own, so that each is checked and
 * audited as what it is. The list is also a CSV export.
 */
@Component(service = ServiceLogResource.class)
@JaxrsResource
@JaxrsApplicationSelect(TepaiApplication.SELECT)
@Path("logs")
@Produces(MediaType.APPLICATION_JSON)
public class ServiceLogResource {

    /** The most rows a CSV export holds; a larger one is refused rather than cut short unseen. */
    static final int CSV_MAX_ROWS = 10_000;

    @Reference
    private ServiceLogService logs;

    @Reference
    private RecipientService recipients;

    @Operation(summary = "List service logs (JSON, or CSV by Accept)")
    @GET
    public Page<ServiceLog> list(@QueryParam("specialist") Long specialist, @QueryParam("county") String county,
                                 @QueryParam("unit") String unit, @QueryParam("recipient") Long recipient,
                                 @QueryParam("status") LogStatus status, @QueryParam("from") LocalDate from,
                                 @QueryParam("to") LocalDate to, @QueryParam("page") Integer page,
                                 @QueryParam("size") Integer size, @QueryParam("after") Long after,
                                 @Context Actor actor) {
        LogFilter filter = filter(specialist, county, unit, recipient, status, from, to);
        return logs.search(actor, filter, Pages.request(page, size, after));
    }

    /**
     * With {@code Accept: text/csv}, every matching log (up to {@link #CSV_MAX_ROWS}) as one file; JSON stays the
     * default ({@link Csv#EXPORT}).
     */
    @Operation(summary = "List service logs (JSON, or CSV by Accept)")
    @GET
    @Produces(Csv.EXPORT)
    public Response csv(@QueryParam("specialist") Long specialist, @QueryParam("county") String county,
                        @QueryParam("unit") String unit, @QueryParam("recipient") Long recipient,
                        @QueryParam("status") LogStatus status, @QueryParam("from") LocalDate from,
                        @QueryParam("to") LocalDate to, @Context Actor actor) {
        LogFilter filter = filter(specialist, county, unit, recipient, status, from, to);
        List<ServiceLog> all = everything(request -> logs.search(actor, filter, request), CSV_MAX_ROWS);
        return ServiceLogCsv.csv(all, recipientNames()).response("service-logs.csv");
    }

    private static LogFilter filter(Long specialist, String county, String unit, Long recipient, LogStatus status,
                                    LocalDate from, LocalDate to) {
        if (from != null && to != null && to.isBefore(from)) {
            throw ValidationException.of("to", "must not be before from (" + from + ")");
        }
        return new LogFilter(specialist, county, unit, recipient, status, from, to);
    }

    /** The configured outcome indicators, whose ids are the keys of a log's {@code outcomes}. */
    @Operation(summary = "List the outcome indicators")
    @GET
    @Path("indicators")
    public Page<OutcomeIndicator> indicators(@QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return Pages.of(logs.indicators(), page, size);
    }

    @Operation(summary = "Read a service log")
    @GET
    @Path("{id}")
    public ServiceLog get(@PathParam("id") long id, @Context Actor actor) {
        return logs.get(actor, id);
    }

    @Operation(summary = "Record a service log")
    @ApiResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = ServiceLog.class)))
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(ServiceLogDraft draft, @Context Actor actor) {
        ServiceLog created = logs.create(actor, draft);
        return Response.created(URI.create("logs/" + created.id())).entity(created).build();
    }

    @Operation(summary = "Update a service log")
    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public ServiceLog update(@PathParam("id") long id, Edit<VersionOnly, ServiceLogDraft> body, @Context Actor actor) {
        return logs.update(actor, id, body.fields().version(), body.draft());
    }

    @Operation(summary = "Delete a service log")
    @ApiResponse(responseCode = "204", description = "Deleted")
    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") long id, @QueryParam("version") Long version,
                           @Context Actor actor) {
        logs.delete(actor, id, QueryParameters.version(version));
        return Response.noContent().build();
    }

    /**
     * The log's fields as in an update, plus {@code reason} (required, audited). Answers 200: a correction changes the
     * log, it creates nothing.
     */
    @Operation(summary = "Correct a confirmed log, with the reason")
    @POST
    @Path("{id}/correction")
    @Consumes(MediaType.APPLICATION_JSON)
    public ServiceLog correct(@PathParam("id") long id, Edit<Correction, ServiceLogDraft> body, @Context Actor actor) {
        return logs.correct(actor, id, body.fields().version(), body.draft(), body.fields().reason());
    }

    /** {@code {"version": N}}. */
    @Operation(summary = "Submit a log for the county's confirmation")
    @POST
    @Path("{id}/submit")
    @Consumes(MediaType.APPLICATION_JSON)
    public ServiceLog submit(@PathParam("id") long id, VersionOnly body, @Context Actor actor) {
        return logs.submit(actor, id, body.version());
    }

    /**
     * {@code {"version": N, "satisfaction": 5, "comment": "...", "outsideDispatchReason": "..."}}; the rating and
     * comment are optional, the reason required only for service outside the specialist's dispatch (R-SVC-1).
     */
    @Operation(summary = "Confirm a log")
    @POST
    @Path("{id}/confirm")
    @Consumes(MediaType.APPLICATION_JSON)
    public ServiceLog confirm(@PathParam("id") long id, RequestBodies.Confirmation body, @Context Actor actor) {
        return logs.confirm(actor, id, body.version(), body.satisfaction(), body.comment(),
                body.outsideDispatchReason());
    }

    /** {@code {"version": N, "comment": "..."}}; the comment tells the specialist what to change. */
    @Operation(summary = "Return a log for changes")
    @POST
    @Path("{id}/return")
    @Consumes(MediaType.APPLICATION_JSON)
    public ServiceLog returnForChanges(@PathParam("id") long id, RequestBodies.Comment body,
                                       @Context Actor actor) {
        return logs.returnForChanges(actor, id, body.version(), body.comment());
    }

    /** Every log a search matches, for the CSV export ({@link AllPages}). */
    static List<ServiceLog> everything(Function<PageRequest, Page<ServiceLog>> search, int max) {
        return AllPages.of(search, ServiceLog::id, max, total -> tooMany(total, max));
    }

    private static ValidationException tooMany(long total, int max) {
        return ValidationException.of("from", total + " logs match, more than the " + max
                + " a CSV export holds: narrow it, e.g. with from and to (one programme year at a time)");
    }

    /** Recipient names for one export, each looked up once; an unknown one shows as its id. */
    private Function<Long, String> recipientNames() {
        Map<Long, String> names = new HashMap<>();
        return id -> names.computeIfAbsent(id, key -> {
            try {
                Recipient recipient = recipients.get(key);
                return recipient.name();
            } catch (NotFoundException e) {
                return "#" + key;
            }
        });
    }
}
