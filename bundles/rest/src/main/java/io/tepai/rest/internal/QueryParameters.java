package io.tepai.rest.internal;

import io.tepai.api.ValidationException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Function;
import javax.ws.rs.QueryParam;
import javax.ws.rs.ext.ParamConverter;
import javax.ws.rs.ext.ParamConverterProvider;

/**
 * Typed query parameters ({@code ?year=2026&from=2026-03-01&status=confirmed&team=12&page=2}) that answer a 400
 * problem+json naming the parameter when they do not parse: {@code Long}, {@code Integer} ({@code year} within the
 * programme's years), {@code Boolean}, {@code LocalDate}, {@code Instant} (or a date) and enums. JAX-RS's own conversion would answer 404 for a query
 * parameter that does not parse (and CXF turns a converter's IllegalArgumentException into that 404 too), so
 * these throw the API's {@link ValidationException} instead, which the exception mappers turn into the 400.
 * Absent is null: the default, where there is one, is the resource's (e.g. the programme's current year). An
 * empty value ({@code ?year=}) is refused too: CXF would otherwise try the type's own constructors with it. Path parameters keep JAX-RS's behaviour: a malformed id finds no resource, 404.
 */
public class QueryParameters implements ParamConverterProvider {

    /** Whatever it filters or selects, {@code ?year=} is a programme year. */
    static final String YEAR = "year";

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public <T> ParamConverter<T> getConverter(Class<T> type, Type genericType, Annotation[] annotations) {
        String name = queryName(annotations);
        if (name == null) {
            return null;
        }
        Function<String, ?> parse;
        if (type == Integer.class && YEAR.equals(name)) {
            parse = QueryParameters::year;
        } else if (type == Instant.class) {
            parse = text -> instant(name, text);
        } else if (type == LocalDate.class) {
            parse = text -> date(name, text);
        } else if (type == Long.class) {
            parse = text -> whole(name, text, Long::valueOf);
        } else if (type == Integer.class) {
            parse = text -> whole(name, text, Integer::valueOf);
        } else if (type == Boolean.class) {
            parse = text -> bool(name, text);
        } else if (type.isEnum()) {
            parse = text -> constant(name, text, (Class<? extends Enum>) type);
        } else {
            return null;
        }
        return (ParamConverter<T>) new Converter<>(name, parse);
    }

    private static String queryName(Annotation[] annotations) {
        for (Annotation annotation : annotations) {
            if (annotation instanceof QueryParam query) {
                return query.value();
            }
        }
        return null;
    }

    /** A programme year such as 2026, within the years the database and the programme know. */
    static Integer year(String text) {
        int year;
        try {
            year = Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw ValidationException.of("year", "must be a programme year such as 2026");
        }
        if (year < Json.MIN_YEAR || year > Json.MAX_YEAR) {
            throw ValidationException.of("year", "must be between " + Json.MIN_YEAR + " and " + Json.MAX_YEAR);
        }
        return year;
    }

    static LocalDate date(String name, String text) {
        LocalDate date = Json.date(text);
        if (date == null) {
            throw ValidationException.of(name, Json.DATE_RULE);
        }
        return date;
    }

    /** A date ({@code 2026-11-28}, the start of that day in UTC) or an instant ({@code 2026-11-28T10:00:00Z}). */
    static Instant instant(String name, String value) {
        String rule = "must be a date (2026-11-28) or an instant (2026-11-28T10:00:00Z), in the years "
                + Json.MIN_YEAR + " to " + Json.MAX_YEAR;
        Instant instant;
        try {
            instant = value.length() == 10 ? LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant()
                    : Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw ValidationException.of(name, rule);
        }
        // the same range as every other date: the database cannot compare with every year Java can hold
        int year = instant.atZone(ZoneOffset.UTC).getYear();
        if (year < Json.MIN_YEAR || year > Json.MAX_YEAR) {
            throw ValidationException.of(name, rule);
        }
        return instant;
    }

    static <N extends Number> N whole(String name, String text, Function<String, N> parse) {
        try {
            return parse.apply(text);
        } catch (NumberFormatException e) {
            throw ValidationException.of(name, "must be a whole number");
        }
    }

    static Boolean bool(String name, String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw ValidationException.of(name, "must be true or false");
        };
    }

    /** Case-insensitive, as the enums' names are upper case and a query string is typed by hand. */
    static <E extends Enum<E>> E constant(String name, String text, Class<E> type) {
        try {
            return Enum.valueOf(type, text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ValidationException.of(name, "must be one of " + Arrays.toString(type.getEnumConstants()));
        }
    }

    /** The {@code ?version=N} a delete is based on: required, so that no delete removes a change unseen. */
    static long version(Long version) {
        if (version == null) {
            throw ValidationException.of("version", "is required as a query parameter: ?version=N");
        }
        return version;
    }

    /**
     * Surrounding spaces are dropped. A converter may not answer null for a value that is there (CXF then falls back
     * to the type's constructors: a 404 or 500), so an empty one is refused, naming the parameter.
     */
    private record Converter<T>(String name, Function<String, T> parse) implements ParamConverter<T> {

        @Override
        public T fromString(String value) {
            if (value == null) {
                return null;
            }
            if (value.isBlank()) {
                throw ValidationException.of(name, "is empty: give a value or leave the parameter out");
            }
            return parse.apply(value.strip());
        }

        @Override
        public String toString(T value) {
            return value == null ? null : value.toString();
        }
    }
}
