package io.tepai.rest.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.tepai.api.Actor;
import io.tepai.api.Page;
import io.tepai.api.ValidationException;
import io.tepai.api.evaluation.EvaluationResult;
import io.tepai.api.evaluation.EvaluationService;
import io.tepai.api.evaluation.ResultFilter;
import io.tepai.api.evaluation.Round;
import io.tepai.api.evaluation.RoundDraft;
import io.tepai.api.evaluation.RoundFilter;
import io.tepai.api.evaluation.RoundStatus;
import io.tepai.spi.evaluation.SubjectKind;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
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
 * {@code /api/evaluations/rounds}: annual evaluation rounds (R-EVAL-1..4) and their lifecycle draft → computed →
 * reviewed → published. Each step is an operation of its own so that each is checked and audited as what it is;
 * who may take it (R-EVAL-2) is the service's to decide. The renewal proposal (R-REC-4) is read from the results.
 */
@Component(service = EvaluationRoundResource.class)
@JaxrsResource
@JaxrsApplicationSelect(TepaiApplication.SELECT)
@Path("evaluations/rounds")
@Produces(MediaType.APPLICATION_JSON)
public class EvaluationRoundResource {

    /** More subjects than any round has (one county's specialists, the city's teams or units). */
    static final int RENEWAL_MAX_ROWS = 10_000;

    @Reference
    private EvaluationService evaluations;

    @Operation(summary = "List evaluation rounds")
    @GET
    public Page<Round> list(@QueryParam("year") Integer year, @QueryParam("kind") SubjectKind kind,
                            @QueryParam("county") String county, @QueryParam("status") RoundStatus status,
                            @QueryParam("page") Integer page, @QueryParam("size") Integer size,
                            @Context Actor actor) {
        RoundFilter filter = new RoundFilter(year,
                kind, county,
                status);
        return evaluations.rounds(actor, filter, Pages.request(page, size));
    }

    @Operation(summary = "Read an evaluation round")
    @GET
    @Path("{id}")
    public Round get(@PathParam("id") long id, @Context Actor actor) {
        return evaluations.round(actor, id);
    }

    /** {@code {"year": 2026, "kind": "SPECIALIST", "county": "wuzhi"}}. */
    @Operation(summary = "Open an evaluation round")
    @ApiResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = Round.class)))
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(RoundDraft draft, @Context Actor actor) {
        Round created = evaluations.create(actor, draft);
        return Response.created(URI.create("evaluations/rounds/" + created.id())).entity(created).build();
    }

    @Operation(summary = "Delete an evaluation round")
    @ApiResponse(responseCode = "204", description = "Deleted")
    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") long id, @QueryParam("version") Long version,
                           @Context Actor actor) {
        evaluations.delete(actor, id, QueryParameters.version(version));
        return Response.noContent().build();
    }

    /**
     * Computing takes no version: it recomputes from the records as they are now, and any body is ignored, so that
     * a plain {@code POST} does it.
     */
    @Operation(summary = "Compute a round's results")
    @POST
    @Path("{id}/compute")
    public Round compute(@PathParam("id") long id, @Context Actor actor) {
        return evaluations.compute(actor, id);
    }

    /** {@code {"version": N}}. */
    @Operation(summary = "Accept a round's computed results")
    @POST
    @Path("{id}/review")
    @Consumes(MediaType.APPLICATION_JSON)
    public Round review(@PathParam("id") long id, RequestBodies.VersionOnly body, @Context Actor actor) {
        return evaluations.review(actor, id, body.version());
    }

    /** {@code {"version": N}}. */
    @Operation(summary = "Publish a round's results")
    @POST
    @Path("{id}/publish")
    @Consumes(MediaType.APPLICATION_JSON)
    public Round publish(@PathParam("id") long id, RequestBodies.VersionOnly body, @Context Actor actor) {
        return evaluations.publish(actor, id, body.version());
    }

    /**
     * Every result of the round as subject, grade and renewal, in the service's order (by rank). Reading the round
     * first makes an unknown round a 404, not an empty list.
     */
    @Operation(summary = "Renewal proposals of a round (JSON, or CSV by Accept)")
    @GET
    @Path("{id}/renewal")
    @Produces(MediaType.APPLICATION_JSON)
    public List<RenewalProposal> renewal(@PathParam("id") long id, @Context Actor actor) {
        return RenewalProposal.of(results(actor, evaluations.round(actor, id).id()));
    }

    /** The same with {@code Accept: text/csv}, as a file named after the round; JSON stays the default. */
    @Operation(summary = "Renewal proposals of a round (JSON, or CSV by Accept)")
    @GET
    @Path("{id}/renewal")
    @Produces(Csv.EXPORT)
    public Response renewalCsv(@PathParam("id") long id, @Context Actor actor) {
        Round round = evaluations.round(actor, id);
        return RenewalProposal.csv(RenewalProposal.of(results(actor, round.id()))).response(renewalFileName(round));
    }

    private List<EvaluationResult> results(Actor actor, long roundId) {
        ResultFilter filter = new ResultFilter(roundId, null, null, null, null, null);
        return AllPages.of(request -> evaluations.results(actor, filter, request), EvaluationResult::id,
                RENEWAL_MAX_ROWS, total -> ValidationException.of("id", "the round has " + total
                        + " results, more than the " + RENEWAL_MAX_ROWS + " a renewal proposal holds"));
    }

    /** E.g. {@code renewal-2026-wuzhi.csv}; a city round by its kind, {@code renewal-2026-team.csv}. */
    static String renewalFileName(Round round) {
        String who = round.county() != null && !round.county().isBlank() ? round.county()
                : round.kind().name().toLowerCase(Locale.ROOT).replace('_', '-');
        return "renewal-" + round.year() + "-" + who.replaceAll("[^A-Za-z0-9-]", "_") + ".csv";
    }
}
