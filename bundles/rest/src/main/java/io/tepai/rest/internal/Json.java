package io.tepai.rest.internal;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * The one JSON configuration of the API, and it is strict: a body means exactly one thing or it is refused with a
 * 400 naming the field. No duplicate keys (which one would win?), no numbers or booleans taken as text, no
 * fractions truncated to whole numbers, no enums by position, no dates as numbers or timestamps, no text that
 * hides what it says (control characters, bidi overrides, broken surrogates).
 */
final class Json {

    /** The programme's dates: anything outside is a typo, and the database cannot store every year Java can. */
    static final int MIN_YEAR = 2000;
    static final int MAX_YEAR = 2100;
    static final String DATE_RULE = "must be an ISO date such as 2026-03-01, in the years " + MIN_YEAR + " to "
            + MAX_YEAR;
    static final String TEXT_RULE = "must not contain control characters, bidirectional overrides or broken "
            + "surrogate pairs";

    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            // registered after JavaTimeModule, so these replace its lenient LocalDate reading
            .addModule(new SimpleModule("tepai-strict")
                    .addDeserializer(LocalDate.class, new DateDeserializer())
                    .addDeserializer(String.class, new TextDeserializer()))
            .addModule(Bodies.module())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            // also for the trees an Edit body is split from
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            // a typo in a field name must not be silently ignored
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .disable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
            .disable(DeserializationFeature.ACCEPT_EMPTY_STRING_AS_NULL_OBJECT)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            // [12, null] is not a list of ids, nor {"organisation": null} an input
            .defaultSetterInfo(JsonSetter.Value.forContentNulls(Nulls.FAIL))
            .withCoercionConfig(LogicalType.Textual, config -> config
                    .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
            .withCoercionConfig(LogicalType.Integer, config -> config
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail))
            .withCoercionConfig(LogicalType.Float, config -> config
                    .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail))
            .withCoercionConfig(LogicalType.Boolean, config -> config
                    .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail))
            .withCoercionConfig(LogicalType.Enum, config -> config
                    .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail))
            .build();

    private Json() {
    }

    /**
     * A value the API refuses, with the reason in the API's words; {@link JsonErrors} passes the message on as
     * it is, under the JSON path Jackson adds while unwinding.
     */
    static final class Refusal extends MismatchedInputException {

        Refusal(JsonParser parser, String message, Class<?> targetType) {
            super(parser, message, targetType);
        }
    }

    /** The reason {@code text} is refused, or null when it is fine; {@code \t \n \r} are allowed everywhere. */
    static String textProblem(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return TEXT_RULE;
            }
            boolean control = (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7f && c <= 0x9f);
            boolean bidi = (c >= '\u202a' && c <= '\u202e') || (c >= '\u2066' && c <= '\u2069');
            if (control || bidi || Character.isLowSurrogate(c)) {
                return TEXT_RULE;
            }
        }
        return null;
    }

    /** A date query parameter or body field: {@code yyyy-MM-dd} only, within the programme's years. */
    static LocalDate date(String text) {
        if (text == null || !ISO_DATE.matcher(text).matches()) {
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(text);
            return date.getYear() < MIN_YEAR || date.getYear() > MAX_YEAR ? null : date;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** Dates are strings such as {@code "2026-03-01"}: not epoch-day numbers, not timestamps, not year 99999. */
    private static final class DateDeserializer extends StdScalarDeserializer<LocalDate> {

        DateDeserializer() {
            super(LocalDate.class);
        }

        @Override
        public LocalDate deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            LocalDate date = parser.hasToken(JsonToken.VALUE_STRING) ? date(parser.getText()) : null;
            if (date == null) {
                throw new Refusal(parser, DATE_RULE, LocalDate.class);
            }
            return date;
        }
    }

    /** Text is a JSON string (not a number or boolean), and free of characters that hide or garble it. */
    private static final class TextDeserializer extends StdScalarDeserializer<String> {

        TextDeserializer() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (!parser.hasToken(JsonToken.VALUE_STRING)) {
                throw new Refusal(parser, "must be text", String.class);
            }
            String text = parser.getText();
            String problem = textProblem(text);
            if (problem != null) {
                throw new Refusal(parser, problem, String.class);
            }
            return text;
        }
    }
}
