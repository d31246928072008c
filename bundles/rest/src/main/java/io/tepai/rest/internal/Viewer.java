package io.tepai.rest.internal;

import io.tepai.api.Actor;
import javax.ws.rs.core.SecurityContext;
import org.apache.cxf.jaxrs.ext.ContextProvider;
import org.apache.cxf.message.Message;

/**
 * Who reads a public ({@code @PermitAll}) resource that shows signed-in callers more, e.g. a demand's contact phone:
 * {@code @Context Viewer viewer}. Credentials that are sent are checked by {@link BasicAuthFilter} as for any
 * request; without any, {@link #actor()} is null and the service shows what the programme publishes.
 *
 * @param actor the signed-in user, or null for an anonymous caller
 */
record Viewer(Actor actor) {

    static final class Provider implements ContextProvider<Viewer> {

        @Override
        public Viewer createContext(Message message) {
            SecurityContext security = message.get(SecurityContext.class);
            return new Viewer(security != null && security.getUserPrincipal() instanceof JaasAuthenticator.Login login
                    ? new Actor(login.username(), login.roles()) : null);
        }
    }
}
