package io.tepai.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tepai.api.Contact;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.util.List;
import javax.ws.rs.core.MediaType;
import org.junit.jupiter.api.Test;

/** Issue 12 item 1: the OpenAPI document is served as it is, and a response that cannot be written is no 200. */
class JsonProviderTest {

    private final JsonProvider provider = new JsonProvider();

    @Test
    void aStreamOrBytesAreLeftToTheBuiltInProvidersThatCopyThem() {
        for (Class<?> type : List.of(InputStream.class, ByteArrayInputStream.class, byte[].class)) {
            assertFalse(provider.isWriteable(type, type, new Annotation[0], MediaType.APPLICATION_JSON_TYPE),
                    type.getName());
        }
        assertTrue(provider.isWriteable(Contact.class, Contact.class, new Annotation[0],
                MediaType.APPLICATION_JSON_TYPE));
    }

    /** A getter that fails, as a value Jackson cannot serialise would. */
    public record Broken(String name) {

        public String getOops() {
            throw new IllegalStateException("cannot");
        }
    }

    @Test
    void aValueThatCannotBeSerialisedWritesNothingAndFailsAsABug() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Object value = List.of(new Contact("a", "b", "c"), new Broken("x"));
        assertThrows(IllegalStateException.class, () -> provider.writeTo(value, List.class, List.class,
                new Annotation[0], MediaType.APPLICATION_JSON_TYPE, null, out));
        assertEquals(0, out.size(), "nothing written, so the status line is not committed as a 200");
    }

    @Test
    void aValueIsWrittenWhole() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        provider.writeTo(new Contact("王", "1", "e"), Contact.class, Contact.class, new Annotation[0],
                MediaType.APPLICATION_JSON_TYPE, null, out);
        assertEquals("{\"name\":\"王\",\"phone\":\"1\",\"email\":\"e\"}", out.toString("UTF-8"));
    }
}
