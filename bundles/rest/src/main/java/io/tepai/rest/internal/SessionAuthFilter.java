package io.tepai.rest.internal;

import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import javax.annotation.Priority;
import javax.ws.rs.ForbiddenException;
import javax.ws.rs.Priorities;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.PreMatching;
import javax.ws.rs.core.Cookie;
import javax.ws.rs.core.HttpHeaders;

/**
 * Signs in the requests of the web pages: a live session cookie ({@link WebSessions}) makes its user the request's,
 * as Basic credentials do, and a write from a session must repeat the session's CSRF token in
 * {@link WebSessions#CSRF_HEADER} (403 otherwise), so that another site cannot make the browser write. Basic
 * credentials, when sent, win and are {@link BasicAuthFilter}'s. An unknown or expired session is no sign-in at
 * all: public reads still answer, the rest is {@link ClosedByDefault}'s 401. Pre-matching, so it has run before
 * {@link ClosedByDefault.SignInRequired} looks.
 */
@PreMatching
@Priority(Priorities.AUTHENTICATION)
public class SessionAuthFilter implements ContainerRequestFilter {

    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

    private final WebSessions sessions;

    SessionAuthFilter(WebSessions sessions) {
        this.sessions = sessions;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        Cookie cookie = request.getCookies().get(WebSessions.SESSION_COOKIE);
        if (cookie == null || request.getHeaderString(HttpHeaders.AUTHORIZATION) != null) {
            return;
        }
        sessions.use(cookie.getValue()).ifPresent(session -> {
            if (!READS.contains(request.getMethod()) && !sameToken(session.csrf(),
                    request.getHeaderString(WebSessions.CSRF_HEADER))) {
                throw new ForbiddenException("A change from a signed-in page must carry the page's "
                        + WebSessions.CSRF_HEADER + " header");
            }
            boolean secure = request.getSecurityContext() != null && request.getSecurityContext().isSecure();
            request.setSecurityContext(new LoginSecurityContext(session.login(), secure, "SESSION"));
        });
    }

    private static boolean sameToken(String expected, String sent) {
        return sent != null && MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                sent.getBytes(StandardCharsets.UTF_8));
    }
}
