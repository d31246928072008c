package io.tepai.rest.internal;

import io.tepai.api.Actor;
import javax.ws.rs.core.SecurityContext;

/** Turns the request's authenticated user into the {@link Actor} the services expect. */
final class Actors {

    private Actors() {
    }

    /** @throws javax.ws.rs.NotAuthorizedException (401) when nobody signed in */
    static Actor require(SecurityContext security) {
        if (security == null || !(security.getUserPrincipal() instanceof JaasAuthenticator.Login login)) {
            throw BasicAuthFilter.unauthorized("Sign in to see this: send HTTP Basic credentials");
        }
        return new Actor(login.username(), login.roles());
    }
}
