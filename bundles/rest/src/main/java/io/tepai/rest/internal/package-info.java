/**
 * The REST API under {@code /api}: one JAX-RS application ({@link io.tepai.rest.internal.TepaiApplication}) whose
 * resources are DS components registered with the Aries JAX-RS whiteboard. How to write a resource, so that a new
 * one (a feature's own) reads like the others:
 * <ul>
 *   <li><b>Closed by default.</b> Every method needs a signed-in user ({@link io.tepai.rest.internal.ClosedByDefault},
 *   checked for every method by a unit test); mark a method {@code @PermitAll} only when anonymous callers may use
 *   it. Take the user as a parameter {@code @Context Actor actor} and pass it to the service, which decides what
 *   the role and scope allow (403 with {@code missingScope}).</li>
 *   <li><b>Bodies are records</b>, bound by Jackson as the method's entity parameter (strict: see
 *   {@link io.tepai.rest.internal.Json}). A create takes the api draft itself ({@code create(TeamDraft draft, ...)});
 *   an update takes {@code Edit<VersionOnly, TeamDraft>}, one JSON object holding the draft and the version read;
 *   an action takes a record of {@link io.tepai.rest.internal.RequestBodies} with the version and its few fields,
 *   whose compact constructor refuses a missing required field naming it ({@code RequestBodies.required}). A record as
 *   read may be sent back as a body: list the draft with its read type in {@link io.tepai.rest.internal.Bodies}.
 *   Never walk a JSON tree by hand.</li>
 *   <li><b>Query parameters are typed</b> ({@code Integer year}, {@code LocalDate from}, an enum {@code status}):
 *   the {@code ParamConverter}s of {@link io.tepai.rest.internal.QueryParameters} answer 400 naming the parameter.
 *   Absent is null, meaning "any" (or the programme's current year); deletes take {@code ?version=N}.</li>
 *   <li><b>Errors are RFC 9457 problem+json</b>, made by the exception mappers from what the services throw
 *   ({@code ValidationException} 400 with {@code errors}, {@code RuleViolationException} 422 with the rule ID,
 *   {@code NotFoundException} 404, {@code ConflictException} 409, ...) and from bodies Jackson refuses (400 naming
 *   the field, in the API's words, never Java's). A resource does not build error responses itself.</li>
 *   <li><b>Answers:</b> a creation is {@code 201} with {@code Location} and the record, a delete {@code 204},
 *   anything else {@code 200} with the record; lists are {@code Page}s. CSV is a second GET on the same path
 *   {@code @Produces(Csv.EXPORT)}, chosen by {@code Accept}.</li>
 *   <li><b>OpenAPI is generated</b> at build time from these classes: give every operation
 *   {@code @Operation(summary = "...")}, and a creation or delete its {@code @ApiResponse(responseCode = "201",
 *   ...)} or {@code "204"}; {@code io.tepai.rest.openapi.OpenApiConventions} adds security, problems and
 *   {@code Location} once for all.</li>
 * </ul>
 */
package io.tepai.rest.internal;
