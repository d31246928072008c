package io.tepai.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import javax.ws.rs.ForbiddenException;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.core.Cookie;
import javax.ws.rs.core.SecurityContext;
import org.junit.jupiter.api.Test;

class SessionAuthFilterTest {

    private final WebSessions sessions = new WebSessions();
    private final SessionAuthFilter filter = new SessionAuthFilter(sessions);
    private final WebSessions.Session session =
            sessions.open(new JaasAuthenticator.Login("guoml", Set.of("specialist", "specialist:1")));

    @Test
    void aLiveSessionSignsInItsReads() {
        Request request = new Request("GET", session.id(), null, null);
        filter.filter(request.proxy());
        assertEquals("guoml", request.security.getUserPrincipal().getName());
        assertEquals("SESSION", request.security.getAuthenticationScheme());
    }

    @Test
    void aWriteFromASessionNeedsItsCsrfToken() {
        assertThrows(ForbiddenException.class, () -> filter.filter(new Request("POST", session.id(), null, null).proxy()));
        assertThrows(ForbiddenException.class,
                () -> filter.filter(new Request("DELETE", session.id(), "forged", null).proxy()));
        Request right = new Request("POST", session.id(), session.csrf(), null);
        filter.filter(right.proxy());
        assertEquals("guoml", right.security.getUserPrincipal().getName());
    }

    @Test
    void basicCredentialsWinAndAnUnknownSessionIsNoSignIn() {
        Request basic = new Request("POST", session.id(), null, "Basic d3V6aGk6d3V6aGk=");
        filter.filter(basic.proxy());
        assertNull(basic.security);
        Request unknown = new Request("POST", "expired", null, null);
        filter.filter(unknown.proxy());
        assertNull(unknown.security);
    }

    private static final class Request {
        private final String method;
        private final Map<String, Cookie> cookies = new HashMap<>();
        private final Map<String, String> headers = new HashMap<>();
        private SecurityContext security;

        Request(String method, String sessionId, String csrf, String authorization) {
            this.method = method;
            cookies.put(WebSessions.SESSION_COOKIE, new Cookie(WebSessions.SESSION_COOKIE, sessionId));
            if (csrf != null) {
                headers.put(WebSessions.CSRF_HEADER.toLowerCase(), csrf);
            }
            if (authorization != null) {
                headers.put("authorization", authorization);
            }
        }

        ContainerRequestContext proxy() {
            return (ContainerRequestContext) Proxy.newProxyInstance(getClass().getClassLoader(),
                    new Class<?>[] {ContainerRequestContext.class}, (proxy, called, args) -> switch (called.getName()) {
                        case "getMethod" -> method;
                        case "getCookies" -> cookies;
                        case "getHeaderString" -> headers.get(((String) args[0]).toLowerCase());
                        case "getSecurityContext" -> security;
                        case "setSecurityContext" -> {
                            security = (SecurityContext) args[0];
                            yield null;
                        }
                        default -> throw new UnsupportedOperationException(called.getName());
                    });
        }
    }
}
