package io.tepai.rest.internal;

import io.tepai.api.Actor;
import javax.ws.rs.core.SecurityContext;
import org.apache.cxf.jaxrs.ext.ContextProvider;
import org.apache.cxf.message.Message;

/**
 * Gives resource methods the signed-in user as {@code @Context Actor}, the {@link Actor} the services expect.
 * {@link ClosedByDefault} has already refused the request when nobody signed in, except for {@code @PermitAll}
 * methods, which have no Actor to take; one that asks for it anyway still gets a 401, never a null.
 */
final class Actors implements ContextProvider<Actor> {

    @Override
    public Actor createContext(Message message) {
        return of(message.get(SecurityContext.class));
    }

    /** @throws javax.ws.rs.NotAuthorizedException (401) when nobody signed in */
    static Actor of(SecurityContext security) {
        if (security == null || !(security.getUserPrincipal() instanceof JaasAuthenticator.Login login)) {
            throw ClosedByDefault.signInRequired("GET");
        }
        return new Actor(login.username(), login.roles());
    }
}
