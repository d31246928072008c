package io.tepai.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tepai.api.ValidationException;
import io.tepai.api.specialist.SpecialistStatus;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.time.LocalDate;
import javax.ws.rs.PathParam;
import javax.ws.rs.QueryParam;
import javax.ws.rs.ext.ParamConverter;
import org.junit.jupiter.api.Test;

/** The converters as CXF calls them: found by the parameter's type and {@code @QueryParam}, fed the raw text. */
class QueryParametersTest {

    private final QueryParameters provider = new QueryParameters();

    @SuppressWarnings("unused")
    private void parameters(@QueryParam("year") Integer year, @QueryParam("page") Integer page,
                            @QueryParam("specialist") Long specialist, @QueryParam("from") LocalDate from,
                            @QueryParam("overdue") Boolean overdue, @QueryParam("status") SpecialistStatus status,
                            @QueryParam("county") String county, @PathParam("id") Long id) {
    }

    private ParamConverter<?> converter(String name) throws Exception {
        Method method = getClass().getDeclaredMethod("parameters", Integer.class, Integer.class, Long.class,
                LocalDate.class, Boolean.class, SpecialistStatus.class, String.class, Long.class);
        for (Parameter parameter : method.getParameters()) {
            for (Annotation annotation : parameter.getAnnotations()) {
                String named = annotation instanceof QueryParam q ? q.value()
                        : annotation instanceof PathParam p ? p.value() : null;
                if (name.equals(named)) {
                    return provider.getConverter(parameter.getType(), parameter.getParameterizedType(),
                            parameter.getAnnotations());
                }
            }
        }
        throw new AssertionError(name);
    }

    private Object convert(String name, String text) throws Exception {
        return converter(name).fromString(text);
    }

    private String refusedField(String name, String text) throws Exception {
        ParamConverter<?> converter = converter(name);
        return assertThrows(ValidationException.class, () -> converter.fromString(text), name + "=" + text)
                .errors().get(0).field();
    }

    @Test
    void yearsAreProgrammeYearsAndNameTheParameter() throws Exception {
        assertEquals(2026, convert("year", " 2026 "));
        assertEquals(2000, convert("year", "2000"));
        assertEquals(2100, convert("year", "2100"));
        assertNull(convert("year", null), "absent: the resource's default (the programme's current year)");
        for (String bad : new String[] {"x", "2026.5", "1999", "2101", "-2026", "99999999999"}) {
            assertEquals("year", refusedField("year", bad));
        }
    }

    @Test
    void wholeNumbersNameTheParameter() throws Exception {
        assertEquals(42L, convert("specialist", "42"));
        assertEquals(3, convert("page", "3"));
        assertEquals("specialist", refusedField("specialist", "guoml"));
        assertEquals("page", refusedField("page", "1.5"));
        assertEquals("page", refusedField("page", "99999999999"));
    }

    @Test
    void emptyValuesAreRefusedByName() throws Exception {
        // CXF would otherwise fall back to the type's own constructors: 404 for a number, 500 for a date
        for (String name : new String[] {"year", "page", "from", "overdue", "status"}) {
            assertEquals(name, refusedField(name, " "));
        }
    }

    @Test
    void datesAreIsoWithinTheProgrammesYears() throws Exception {
        assertEquals(LocalDate.of(2026, 3, 1), convert("from", " 2026-03-01 "));
        for (String bad : new String[] {"2026-3-1", "01.03.2026", "2026-02-30", "2026-03-01T00:00:00Z", "1999-12-31"}) {
            assertEquals("from", refusedField("from", bad));
        }
    }

    @Test
    void booleansAreTrueOrFalse() throws Exception {
        assertEquals(Boolean.TRUE, convert("overdue", "TRUE"));
        assertEquals(Boolean.FALSE, convert("overdue", "false"));
        assertEquals("overdue", refusedField("overdue", "yes"));
    }

    @Test
    void enumsAreCaseInsensitiveAndNameTheAllowedValues() throws Exception {
        assertEquals(SpecialistStatus.ACTIVE, convert("status", "active"));
        ValidationException error = assertThrows(ValidationException.class,
                () -> converter("status").fromString("retired"));
        assertEquals("status", error.errors().get(0).field());
        assertTrue(error.errors().get(0).message().contains("CANDIDATE"));
    }

    @Test
    void textAndPathParametersAreLeftToJaxRs() throws Exception {
        assertNull(converter("county"));
        assertNull(converter("id"), "a malformed id in the path finds no resource: 404, as before");
    }

    @Test
    void deletesNeedTheVersionTheyAreBasedOn() {
        assertEquals(4L, QueryParameters.version(4L));
        assertEquals("version", assertThrows(ValidationException.class, () -> QueryParameters.version(null))
                .errors().get(0).field());
    }
}
