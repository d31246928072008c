package io.tepai.rest.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.tepai.api.Actor;
import io.tepai.api.NotFoundException;
import io.tepai.api.ValidationException;
import io.tepai.api.imports.ImportFormat;
import io.tepai.api.imports.ImportKind;
import io.tepai.api.imports.ImportReport;
import io.tepai.api.imports.ImportService;
import io.tepai.api.imports.RejectedRow;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.util.List;
import java.util.Locale;
import javax.ws.rs.Consumes;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * {@code POST /api/import/{kind}} (issue 17): a unit's file of specialists, a county's file of dispatch assignments,
 * recipients or confirmed service logs, the body being the file itself, CSV ({@code text/csv}, {@code charset=GBK}
 * for what Excel saves on a Chinese Windows) or an Excel workbook. All or nothing: 200 with the counts when every row was imported, 422 (problem+json with every refused
 * row, or CSV of them with {@code Accept: text/csv}) when any row was refused and nothing was written. The body may
 * be as large as {@code importMaxBodyBytes} in {@code etc/io.tepai.rest.cfg}, see {@link RequestGuard}.
 */
@Component(service = ImportResource.class)
@JaxrsResource
@JaxrsApplicationSelect(TepaiApplication.SELECT)
@Path("import")
public class ImportResource {

    @Reference
    private ImportService imports;

    /** The 422 answer: a problem with the refused rows as an extension member. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Refused(String type, String title, int status, String detail, String instance, String kind,
                          String file, int rows, int imported, List<RejectedRow> rejected) {
    }

    @Operation(summary = "Import a file of specialists, assignments, recipients or confirmed service logs (CSV or "
            + "XLSX), all or nothing")
    @ApiResponse(responseCode = "200", description = "Every row imported",
            content = @Content(schema = @Schema(implementation = ImportReport.class)))
    @ApiResponse(responseCode = "422", description = "Rows refused, nothing written: each with row, column, reason")
    @POST
    @Path("{kind}")
    @Consumes({"text/csv", RequestGuard.XLSX})
    @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE, Csv.EXPORT})
    public Response importFile(@PathParam("kind") String kind, @QueryParam("charset") String charset,
                               @QueryParam("file") String file, @HeaderParam(HttpHeaders.CONTENT_TYPE) String type,
                               @HeaderParam(HttpHeaders.ACCEPT) String accept, InputStream body,
                               @Context Actor actor, @Context UriInfo uri) {
        ImportKind what = ImportKind.of(kind).orElseThrow(() -> new NotFoundException("Import kind", kind));
        boolean xlsx = type != null && type.toLowerCase(Locale.ROOT).startsWith(RequestGuard.XLSX);
        String named = charset != null && !charset.isBlank() ? charset : type == null ? null : RequestGuard.charset(type);
        Charset cs = null;
        if (named != null) {
            if (!RequestGuard.knownCharset(named)) {
                throw ValidationException.of("charset", "'" + named + "' is no charset this server reads; UTF-8 or GBK");
            }
            cs = Charset.forName(named.strip());
        }
        ImportReport report;
        try {
            report = imports.importFile(actor, what, xlsx ? ImportFormat.XLSX : ImportFormat.CSV, cs, file, body);
        } catch (UncheckedIOException e) {
            RequestGuard.Refusal tooLarge = RequestGuard.tooLarge(e);
            if (tooLarge != null) {
                return tooLarge.problem("/" + uri.getPath()).toResponse();
            }
            throw e;
        }
        if (report.accepted()) {
            return Response.ok(report, MediaType.APPLICATION_JSON_TYPE).build();
        }
        if (accept != null && accept.toLowerCase(Locale.ROOT).contains(Csv.MEDIA_TYPE)
                && !accept.toLowerCase(Locale.ROOT).contains("json")) {
            return Response.status(422).entity(rejectedCsv(report)).type(Csv.TYPE.withCharset("UTF-8")).build();
        }
        return Response.status(422).type(Problem.MEDIA_TYPE).entity(new Refused(Problem.type("import-refused"),
                "Rows refused", 422, report.rejected().size() + " problem(s) in " + report.rows() + " rows; nothing "
                + "was imported. Correct the rows and send the whole file again.", "/" + uri.getPath(),
                what.path(), report.file(), report.rows(), 0, report.rejected())).build();
    }

    /** The refused rows as CSV for Excel: row, column, reason. */
    static byte[] rejectedCsv(ImportReport report) {
        Csv csv = new Csv("row,column,reason");
        report.rejected().forEach(r -> csv.row(r.row(), r.column(), r.reason()));
        return csv.bytes();
    }
}
