package io.tepai.rest.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.tepai.api.ValidationException;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import javax.ws.rs.BadRequestException;
import javax.ws.rs.ClientErrorException;
import javax.ws.rs.Consumes;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.MultivaluedMap;
import javax.ws.rs.core.StreamingOutput;
import javax.ws.rs.ext.MessageBodyReader;
import javax.ws.rs.ext.MessageBodyWriter;

/**
 * Reads and writes JSON (and problem+json) with {@link Json#MAPPER}. A body that is not valid JSON, or does not
 * fit the expected shape, becomes a 400 whose cause {@link WebExceptionMapper} turns into field errors.
 */
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
@Consumes(MediaType.APPLICATION_JSON)
public class JsonProvider implements MessageBodyReader<Object>, MessageBodyWriter<Object> {

    static boolean isJson(MediaType mediaType) {
        return mediaType != null && (mediaType.getSubtype().equals("json") || mediaType.getSubtype().endsWith("+json"));
    }

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return isJson(mediaType) && type != String.class;
    }

    @Override
    public Object readFrom(Class<Object> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                           MultivaluedMap<String, String> httpHeaders, InputStream entityStream) throws IOException {
        try {
            Object value = Json.MAPPER.readValue(entityStream, Json.MAPPER.constructType(genericType));
            if (value == null) {
                throw new BadRequestException("A JSON body is required");
            }
            return value;
        } catch (JsonProcessingException e) {
            // a request record's constructor refusing a value, e.g. a missing version: its field errors as they are
            // (a WebApplicationException, which JAX-RS passes on from a reader as it is, to WebExceptionMapper)
            for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
                if (cause instanceof ValidationException invalid) {
                    throw new BadRequestException(invalid.getMessage(), invalid);
                }
            }
            throw new BadRequestException("The request body is not valid JSON for this operation", e);
        } catch (RequestGuard.BodyTooLarge e) {
            RequestGuard.Refusal refusal = RequestGuard.tooLarge(e.limit());
            throw new ClientErrorException(refusal.detail(), refusal.status());
        }
    }

    /**
     * Objects only: a stream, bytes or a file is already the document (e.g. openapi.json) and is left to JAX-RS's
     * own providers, which copy it; serialising the stream object itself would answer an empty 200.
     */
    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return isJson(mediaType) && type != String.class && !InputStream.class.isAssignableFrom(type)
                && type != byte[].class && !Reader.class.isAssignableFrom(type) && !File.class.isAssignableFrom(type)
                && !StreamingOutput.class.isAssignableFrom(type);
    }

    /**
     * Serialises to memory first and writes only a complete document: a value that cannot be serialised fails
     * before the status line is committed, so the mappers still answer a 500 problem instead of a cut-off 200.
     */
    @Override
    public void writeTo(Object value, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                        MultivaluedMap<String, Object> httpHeaders, OutputStream entityStream) throws IOException {
        byte[] json;
        try {
            json = Json.MAPPER.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            // a bug, not the caller's fault: UnexpectedExceptionMapper logs it under an incident id
            throw new IllegalStateException("Cannot write a " + type.getName() + " as JSON", e);
        }
        entityStream.write(json);
    }
}
