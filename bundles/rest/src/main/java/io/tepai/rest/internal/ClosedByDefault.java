package io.tepai.rest.internal;

import java.lang.reflect.Method;
import java.util.Set;
import javax.annotation.Priority;
import javax.annotation.security.PermitAll;
import javax.ws.rs.NotAuthorizedException;
import javax.ws.rs.Priorities;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.DynamicFeature;
import javax.ws.rs.container.ResourceInfo;
import javax.ws.rs.core.FeatureContext;
import javax.ws.rs.core.HttpHeaders;

/**
 * The API is closed by default: every resource method needs a signed-in user unless it, or its class, is marked
 * {@link PermitAll}. Decided once per method when the application is built (openHAB's RolesAllowedDynamicFeature
 * model), so that a new endpoint is private without anyone remembering to make it so. {@link BasicAuthFilter}
 * checks the credentials; {@link Actors} gives the method the signed-in user. What a signed-in user may see or
 * change is still the services' to decide.
 */
public class ClosedByDefault implements DynamicFeature {

    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

    /** Stateless, so one for every method that needs it. */
    static final SignInRequired SIGN_IN_REQUIRED = new SignInRequired();

    @Override
    public void configure(ResourceInfo resource, FeatureContext context) {
        if (!isPublic(resource.getResourceClass(), resource.getResourceMethod())) {
            context.register(SIGN_IN_REQUIRED);
        }
    }

    static boolean isPublic(Class<?> type, Method method) {
        return method.isAnnotationPresent(PermitAll.class) || type.isAnnotationPresent(PermitAll.class);
    }

    /** 401 with the Basic challenge, in the words the API has always used for a read and for a change. */
    static NotAuthorizedException signInRequired(String method) {
        return BasicAuthFilter.unauthorized(READS.contains(method)
                ? "Sign in to see this: send HTTP Basic credentials"
                : "Changes need a signed-in user: send HTTP Basic credentials");
    }

    /**
     * Refuses a request that carries no credentials and no live web session. Whether credentials that are there are right is
     * {@link BasicAuthFilter}'s to say (401 otherwise), and it says so for every request, public or not; so the
     * outcome does not depend on which of the two filters runs first (CXF orders method-bound filters and global
     * ones of the same application by priority only loosely).
     */
    @Priority(Priorities.AUTHORIZATION)
    public static class SignInRequired implements ContainerRequestFilter {

        @Override
        public void filter(ContainerRequestContext request) {
            // a session's user was set before matching (SessionAuthFilter)
            if (request.getHeaderString(HttpHeaders.AUTHORIZATION) == null && (request.getSecurityContext() == null
                    || !(request.getSecurityContext().getUserPrincipal() instanceof JaasAuthenticator.Login))) {
                throw signInRequired(request.getMethod());
            }
        }
    }
}
