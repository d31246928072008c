package io.tepai.rest.internal;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import javax.annotation.Priority;
import javax.ws.rs.NotAuthorizedException;
import javax.ws.rs.Priorities;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.SecurityContext;

/**
 * HTTP Basic authentication against the Karaf JAAS realm. Credentials, when sent, must be right (401
 * otherwise); which methods need them at all is {@link ClosedByDefault}'s to say.
 */
@Priority(Priorities.AUTHENTICATION)
public class BasicAuthFilter implements ContainerRequestFilter {

    private final JaasAuthenticator authenticator;

    BasicAuthFilter(JaasAuthenticator authenticator) {
        this.authenticator = authenticator;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (header == null) {
            return;
        }
        JaasAuthenticator.Login login = credentials(header).flatMap(this::authenticate)
                .orElseThrow(() -> unauthorized("The user name or password is wrong"));
        boolean secure = request.getSecurityContext() != null && request.getSecurityContext().isSecure();
        request.setSecurityContext(new LoginSecurityContext(login, secure, SecurityContext.BASIC_AUTH));
    }

    private Optional<JaasAuthenticator.Login> authenticate(String[] credentials) {
        char[] password = credentials[1].toCharArray();
        try {
            return authenticator.authenticate(credentials[0], password);
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    /** User name and password from a Basic header, or empty when the header is not Basic or is garbled. */
    static Optional<String[]> credentials(String header) {
        if (!header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon <= 0 ? Optional.empty()
                    : Optional.of(new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)});
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    static NotAuthorizedException unauthorized(String message) {
        return new NotAuthorizedException(message, WebExceptionMapper.CHALLENGE);
    }
}
