package io.tepai.rest.internal;

import io.tepai.api.FieldError;
import java.io.ByteArrayInputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import javax.ws.rs.WebApplicationException;
import javax.ws.rs.core.MediaType;

/** A body as a client sends it: read by {@link JsonProvider} into an entity parameter, or refused as the client sees it. */
final class SentBody {

    private SentBody() {
    }

    /** The entity parameter's type of a resource method: the one parameter JAX-RS fills from the body. */
    static Type of(Class<?> resource, String method) {
        Method found = Stream.of(resource.getMethods()).filter(m -> m.getName().equals(method)).findFirst()
                .orElseThrow();
        return Stream.of(found.getParameters()).filter(p -> p.getAnnotations().length == 0)
                .map(Parameter::getParameterizedType).findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    static <T> T read(String json, Type type) throws Exception {
        Class<Object> raw = (Class<Object>) Json.MAPPER.constructType(type).getRawClass();
        return (T) new JsonProvider().readFrom(raw, type, new Annotation[0], MediaType.APPLICATION_JSON_TYPE, null,
                new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    /** The field errors a client gets for this body; none when it is read. */
    static List<FieldError> errors(String json, Type type) throws Exception {
        try {
            read(json, type);
            return List.of();
        } catch (WebApplicationException e) {
            Problem problem = (Problem) new WebExceptionMapper().toResponse(e).getEntity();
            return problem.errors().isEmpty() ? List.of(new FieldError("body", problem.detail())) : problem.errors();
        }
    }

    /** The fields the errors name. */
    static List<String> refused(String json, Type type) throws Exception {
        return errors(json, type).stream().map(FieldError::field).toList();
    }
}
