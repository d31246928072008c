package io.tepai.rest.internal;

import java.security.Principal;
import javax.ws.rs.core.SecurityContext;

/** The security context of a request whose user signed in, by Basic credentials or by a web page's session. */
record LoginSecurityContext(JaasAuthenticator.Login login, boolean secure, String scheme) implements SecurityContext {

    @Override
    public Principal getUserPrincipal() {
        return login;
    }

    @Override
    public boolean isUserInRole(String role) {
        return login.roles().contains(role);
    }

    @Override
    public boolean isSecure() {
        return secure;
    }

    @Override
    public String getAuthenticationScheme() {
        return scheme;
    }
}
