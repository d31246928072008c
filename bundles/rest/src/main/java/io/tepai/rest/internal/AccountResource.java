package io.tepai.rest.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.tepai.api.Actor;
import io.tepai.api.Page;
import io.tepai.api.account.Account;
import io.tepai.api.account.AccountDraft;
import io.tepai.api.account.AccountService;
import io.tepai.api.account.Role;
import java.net.URI;
import javax.ws.rs.Consumes;
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
 * {@code /api/accounts}: the city office manages accounts, the auditor reads them. No response ever contains a
 * password or a hash: {@link Account} has no such field.
 */
@Component(service = AccountResource.class)
@JaxrsResource
@JaxrsApplicationSelect(TepaiApplication.SELECT)
@Path("accounts")
@Produces(MediaType.APPLICATION_JSON)
public class AccountResource {

    @Reference
    private AccountService accounts;

    @Operation(summary = "List the accounts")
    @GET
    public Page<Account> list(@QueryParam("role") Role role, @QueryParam("page") Integer page,
                              @QueryParam("size") Integer size, @Context Actor actor) {
        return accounts.search(actor, role,
                Pages.request(page, size));
    }

    @Operation(summary = "Read an account")
    @GET
    @Path("{username}")
    public Account get(@PathParam("username") String username, @Context Actor actor) {
        return accounts.get(actor, username);
    }

    /** {@code {"username", "displayName", "role", "scope", "password"}}. */
    @Operation(summary = "Create an account")
    @ApiResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = Account.class)))
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(AccountDraft draft, @Context Actor actor) {
        Account created = accounts.create(actor, draft);
        return Response.created(URI.create("accounts/" + created.username())).entity(created).build();
    }

    /** {@code {"enabled": false, "version": N}}: disabling stops sign-in; enabling also lifts a lockout. */
    @Operation(summary = "Enable or disable an account")
    @PUT
    @Path("{username}/enabled")
    @Consumes(MediaType.APPLICATION_JSON)
    public Account setEnabled(@PathParam("username") String username, RequestBodies.EnabledChange body,
                              @Context Actor actor) {
        return accounts.setEnabled(actor, username, body.version(), body.enabled());
    }

    /** {@code {"password": "…", "version": N}}. */
    @Operation(summary = "Reset an account's password")
    @PUT
    @Path("{username}/password")
    @Consumes(MediaType.APPLICATION_JSON)
    public Account resetPassword(@PathParam("username") String username, RequestBodies.PasswordReset body,
                                 @Context Actor actor) {
        return accounts.resetPassword(actor, username, body.version(), body.password());
    }

    /** {@code {"role": "COUNTY", "scope": "wuzhi", "version": N}}. */
    @Operation(summary = "Change an account's role and scope")
    @PUT
    @Path("{username}/binding")
    @Consumes(MediaType.APPLICATION_JSON)
    public Account bind(@PathParam("username") String username, RequestBodies.Binding body, @Context Actor actor) {
        return accounts.bind(actor, username, body.version(), body.role(), body.scope());
    }
}
