package io.tepai.rest.internal;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tepai.api.Actor;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import javax.annotation.security.PermitAll;
import javax.ws.rs.HttpMethod;
import javax.ws.rs.NotAuthorizedException;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ResourceInfo;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.FeatureContext;
import javax.ws.rs.core.SecurityContext;
import org.junit.jupiter.api.Test;

/**
 * Every resource method of the bundle, found by reflection: none is public unless marked {@link PermitAll}, so a
 * forgotten annotation makes an endpoint private, never the other way round.
 */
class ClosedByDefaultTest {

    /** What anyone may read without signing in; a change here is a change to the API's security. */
    private static final Set<String> PUBLIC = Set.of("CountyResource.get", "CountyResource.list",
            "DemandResource.get", "DemandResource.list",
            "HealthResource.get", "HealthResource.ready", "IntakeResource.appointees",
            "IntakeResource.notice", "NoticeResource.list", "OpenApiResource.get", "PublicResultResource.list",
            "SessionResource.signIn",
            "TierResource.get", "TierResource.list", "UnitResource.get", "UnitResource.list");

    private final ClosedByDefault feature = new ClosedByDefault();

    @Test
    void everyResourceMethodNeedsASignedInUserUnlessMarkedPublic() throws Exception {
        List<Method> methods = resourceMethods();
        assertTrue(methods.size() > 90, "found the resource methods: " + methods.size());
        Set<String> open = new TreeSet<>();
        for (Method method : methods) {
            List<Object> registered = configure(method);
            String name = method.getDeclaringClass().getSimpleName() + "." + method.getName();
            if (registered.isEmpty()) {
                open.add(name);
            } else {
                assertEquals(List.of(ClosedByDefault.SIGN_IN_REQUIRED), registered, name);
            }
        }
        assertEquals(new TreeSet<>(PUBLIC), open);
    }

    @Test
    void publicMethodsDoNotAskForTheActorAndNoneReadsTheSecurityContextItself() throws Exception {
        for (Method method : resourceMethods()) {
            String name = method.getDeclaringClass().getSimpleName() + "." + method.getName();
            boolean takesActor = Stream.of(method.getParameters())
                    .anyMatch(p -> p.getType() == Actor.class && p.isAnnotationPresent(Context.class));
            assertFalse(takesActor && ClosedByDefault.isPublic(method.getDeclaringClass(), method),
                    name + " is public but needs a signed-in user");
            assertFalse(Stream.of(method.getParameterTypes()).anyMatch(SecurityContext.class::equals),
                    name + " should take @Context Actor");
        }
    }

    @Test
    void nobodySignedInIsRefusedInTheWordsOfAReadOrAChange() {
        NotAuthorizedException read = assertThrows(NotAuthorizedException.class,
                () -> ClosedByDefault.SIGN_IN_REQUIRED.filter(request("GET", null)));
        assertEquals(401, read.getResponse().getStatus());
        assertEquals("Sign in to see this: send HTTP Basic credentials", read.getMessage());
        NotAuthorizedException write = assertThrows(NotAuthorizedException.class,
                () -> ClosedByDefault.SIGN_IN_REQUIRED.filter(request("DELETE", null)));
        assertEquals("Changes need a signed-in user: send HTTP Basic credentials", write.getMessage());
        assertEquals(List.of(WebExceptionMapper.CHALLENGE), write.getChallenges());
    }

    @Test
    void aSignedInUserPassesAndBecomesTheActor() {
        // the credentials themselves are BasicAuthFilter's to check, before or after
        assertDoesNotThrow(() -> ClosedByDefault.SIGN_IN_REQUIRED.filter(request("POST", "Basic d3V6aGk6d3V6aGk=")));
        SecurityContext signedIn = security(new JaasAuthenticator.Login("wuzhi", Set.of("county:wuzhi")));
        assertEquals(new Actor("wuzhi", Set.of("county:wuzhi")), Actors.of(signedIn));
        assertThrows(NotAuthorizedException.class, () -> Actors.of(security(null)));
    }

    private List<Object> configure(Method method) {
        ResourceInfo info = new ResourceInfo() {
            @Override
            public Method getResourceMethod() {
                return method;
            }

            @Override
            public Class<?> getResourceClass() {
                return method.getDeclaringClass();
            }
        };
        List<Object> registered = new ArrayList<>();
        FeatureContext context = (FeatureContext) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {FeatureContext.class}, (proxy, called, args) -> {
                    if (called.getName().equals("register")) {
                        registered.add(args[0]);
                        return proxy;
                    }
                    throw new UnsupportedOperationException(called.getName());
                });
        feature.configure(info, context);
        return registered;
    }

    /** The methods with an HTTP method annotation of every class in the bundle that has {@code @Path}. */
    private static List<Method> resourceMethods() throws IOException, URISyntaxException, ClassNotFoundException {
        Path classes = Path.of(ClosedByDefault.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .resolve(ClosedByDefault.class.getPackageName().replace('.', '/'));
        List<Method> methods = new ArrayList<>();
        try (Stream<Path> files = Files.list(classes)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String simple = file.getFileName().toString().replace(".class", "");
                Class<?> type = Class.forName(ClosedByDefault.class.getPackageName() + "." + simple);
                if (!type.isAnnotationPresent(javax.ws.rs.Path.class)) {
                    continue;
                }
                for (Method method : type.getDeclaredMethods()) {
                    if (Stream.of(method.getAnnotations())
                            .anyMatch(a -> a.annotationType().isAnnotationPresent(HttpMethod.class))) {
                        methods.add(method);
                    }
                }
            }
        }
        return methods;
    }

    private static ContainerRequestContext request(String method, String authorization) {
        return (ContainerRequestContext) Proxy.newProxyInstance(ClosedByDefaultTest.class.getClassLoader(),
                new Class<?>[] {ContainerRequestContext.class}, (proxy, called, args) -> switch (called.getName()) {
                    case "getMethod" -> method;
                    case "getHeaderString" -> "Authorization".equalsIgnoreCase((String) args[0]) ? authorization : null;
                    case "getSecurityContext" -> null;
                    default -> throw new UnsupportedOperationException(called.getName());
                });
    }

    private static SecurityContext security(JaasAuthenticator.Login login) {
        return (SecurityContext) Proxy.newProxyInstance(ClosedByDefaultTest.class.getClassLoader(),
                new Class<?>[] {SecurityContext.class}, (proxy, called, args) -> switch (called.getName()) {
                    case "getUserPrincipal" -> login;
                    default -> throw new UnsupportedOperationException(called.getName());
                });
    }
}
