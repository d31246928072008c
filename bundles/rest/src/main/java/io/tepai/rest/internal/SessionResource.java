package io.tepai.rest.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.tepai.api.Actor;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import javax.annotation.security.PermitAll;
import javax.ws.rs.Consumes;
import javax.ws.rs.CookieParam;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
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
 * {@code /api/session}: the web pages' sign-in. The same accounts, realm and lockout as Basic credentials; the
 * answer sets the session cookie (HttpOnly, SameSite=Strict) and the CSRF cookie the pages repeat as a header
 * ({@link SessionAuthFilter}). {@code GET} says who is signed in and with which roles, so that a page shows only
 * what the account may do; it answers Basic clients too.
 */
@Component(service = SessionResource.class)
@JaxrsResource
@JaxrsApplicationSelect(TepaiApplication.SELECT)
@Path("session")
@Produces(MediaType.APPLICATION_JSON)
public class SessionResource {

    /** Who is signed in: the roles are the realm's, e.g. {@code county} and {@code county:wuzhi}. */
    public record SignedIn(String username, Set<String> roles) {
    }

    private final JaasAuthenticator authenticator = new JaasAuthenticator("karaf");

    @Reference
    private WebSessions sessions;

    @PermitAll
    @Operation(summary = "Sign in a web page: sets the session and CSRF cookies")
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response signIn(RequestBodies.SignIn body, @CookieParam(WebSessions.SESSION_COOKIE) String previous,
                           @Context UriInfo uri) {
        char[] password = body.password().toCharArray();
        Optional<JaasAuthenticator.Login> login;
        try {
            login = authenticator.authenticate(body.username(), password);
        } finally {
            Arrays.fill(password, '\0');
        }
        if (login.isEmpty()) {
            // no Basic challenge: the page shows the message, the browser must not ask for credentials itself
            return new Problem(Problem.type("sign-in-failed"), "Unauthorized", 401,
                    "The user name or password is wrong, or the account is locked", "/session", null, List.of())
                    .toResponse();
        }
        sessions.close(previous);
        WebSessions.Session session = sessions.open(login.get());
        boolean secure = "https".equals(uri.getRequestUri().getScheme());
        return Response.ok(view(login.get().username(), login.get().roles()))
                .header(HttpHeaders.SET_COOKIE, cookie(WebSessions.SESSION_COOKIE, session.id(), true, secure, -1))
                .header(HttpHeaders.SET_COOKIE, cookie(WebSessions.CSRF_COOKIE, session.csrf(), false, secure, -1))
                .build();
    }

    @Operation(summary = "Who is signed in, with which roles")
    @GET
    public SignedIn who(@Context Actor actor) {
        return view(actor.username(), actor.roles());
    }

    @Operation(summary = "Sign out a web page: ends the session and clears its cookies")
    @DELETE
    public Response signOut(@CookieParam(WebSessions.SESSION_COOKIE) String id, @Context Actor actor,
                            @Context UriInfo uri) {
        sessions.close(id);
        boolean secure = "https".equals(uri.getRequestUri().getScheme());
        return Response.noContent()
                .header(HttpHeaders.SET_COOKIE, cookie(WebSessions.SESSION_COOKIE, "", true, secure, 0))
                .header(HttpHeaders.SET_COOKIE, cookie(WebSessions.CSRF_COOKIE, "", false, secure, 0))
                .build();
    }

    private static SignedIn view(String username, Set<String> roles) {
        return new SignedIn(username, new TreeSet<>(roles));
    }

    /** JAX-RS 2.1's NewCookie knows no SameSite, so the header is written here. {@code maxAge} -1: the session's. */
    static String cookie(String name, String value, boolean httpOnly, boolean secure, int maxAge) {
        return name + "=" + value + "; Path=/; SameSite=Strict" + (httpOnly ? "; HttpOnly" : "")
                + (secure ? "; Secure" : "") + (maxAge >= 0 ? "; Max-Age=" + maxAge : "");
    }
}
