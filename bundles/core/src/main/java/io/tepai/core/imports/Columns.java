package io.tepai.core.imports;

import io.tepai.api.ConflictException;
import io.tepai.api.FieldError;
import io.tepai.api.ForbiddenException;
import io.tepai.api.RuleViolationException;
import io.tepai.api.ValidationException;
import io.tepai.api.imports.RejectedRow;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The columns of an imported file: which header names which field (the field's own name as in the JSON of the single
 * write, or its Chinese label as a county's register has it), the cells of a row as typed values, and the rejections
 * of one row, each naming the column as the file's header writes it.
 */
public final class Columns {

    /** Excel's day 0 in its 1900 date system (serial 1 is 1900-01-01; Lotus' phantom 29 February is before 61). */
    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);
    private static final Pattern SERIAL = Pattern.compile("\\d{1,6}(\\.0+)?");
    private static final Pattern DATE = Pattern.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?");
    /** What separates several ids in one cell: comma, semicolon, the Chinese enumeration comma, space. */
    private static final Pattern LIST = Pattern.compile("[,;，；、|\\s]+");
    /** What separates several texts in one cell: as for ids, but not a space, which a name or a field may hold. */
    private static final Pattern TEXTS = Pattern.compile("[,;，；、|]+");

    private final Map<String, Integer> index = new HashMap<>();
    private final Map<String, String> headerOf = new HashMap<>();

    /**
     * @param fields   each field's name and the other names its header may have (any case)
     * @param required the fields whose column must be there
     * @throws ValidationException naming the missing columns, and any header that names no field
     */
    public Columns(List<String> header, Map<String, List<String>> fields, Set<String> required) {
        Map<String, String> byName = new HashMap<>();
        fields.forEach((field, aliases) -> {
            byName.put(normal(field), field);
            aliases.forEach(alias -> byName.put(normal(alias), field));
        });
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i);
            if (name.isEmpty()) {
                continue;
            }
            String field = byName.get(normal(name));
            if (field == null) {
                errors.add(new FieldError("file", "column '" + name + "' is none of " + fields.keySet()));
            } else if (index.putIfAbsent(field, i) != null) {
                errors.add(new FieldError("file", "columns '" + headerOf.get(field) + "' and '" + name + "' both name "
                        + field));
            } else {
                headerOf.put(field, name);
            }
        }
        required.stream().filter(field -> !index.containsKey(field)).forEach(field -> errors.add(new FieldError(
                "file", "column " + field + " (" + String.join(" / ", fields.get(field)) + ") is required")));
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    private static String normal(String name) {
        return name.strip().toLowerCase(Locale.ROOT).replace(" ", "").replace("_", "");
    }

    /** The header of a field's column as the file writes it, or the field's name when the file has no such column. */
    public String header(String field) {
        String name = headerOf.get(field);
        return name != null ? name : field;
    }

    /** The cells of one row as typed values, collecting what cannot be read. */
    public Cells cells(Table.Row row) {
        return new Cells(row);
    }

    public final class Cells {

        private final Table.Row row;
        private final List<RejectedRow> problems = new ArrayList<>();

        Cells(Table.Row row) {
            this.row = row;
        }

        public int row() {
            return row.number();
        }

        public List<RejectedRow> problems() {
            return problems;
        }

        /** The text of a field's cell, null when empty or when the file has no such column. */
        public String text(String field) {
            Integer i = index.get(field);
            String text = i == null ? "" : row.cell(i);
            return text.isEmpty() ? null : text;
        }

        public Long id(String field) {
            String text = text(field);
            if (text == null) {
                return null;
            }
            try {
                return new BigDecimal(text).longValueExact();
            } catch (ArithmeticException | NumberFormatException e) {
                reject(field, "'" + text + "' is not a whole number");
                return null;
            }
        }

        public List<Long> ids(String field) {
            String text = text(field);
            List<Long> ids = new ArrayList<>();
            if (text == null) {
                return ids;
            }
            for (String part : LIST.split(text)) {
                if (part.isEmpty()) {
                    continue;
                }
                try {
                    ids.add(new BigDecimal(part).longValueExact());
                } catch (ArithmeticException | NumberFormatException e) {
                    reject(field, "'" + part + "' is not an id (separate several with , or 、)");
                }
            }
            return ids;
        }

        /** The texts of a cell holding several (fields of expertise, county codes), each stripped, empty ones left out. */
        public List<String> texts(String field) {
            String text = text(field);
            if (text == null) {
                return new ArrayList<>();
            }
            return new ArrayList<>(Arrays.stream(TEXTS.split(text)).map(String::strip).filter(t -> !t.isEmpty())
                    .toList());
        }

        /** Several constants of the enum in one cell, as {@link #constant} reads one. */
        public <E extends Enum<E>> Set<E> constants(String field, Class<E> type) {
            Set<E> constants = java.util.EnumSet.noneOf(type);
            for (String part : texts(field)) {
                named(field, part, type).ifPresent(constants::add);
            }
            return constants;
        }

        public BigDecimal decimal(String field) {
            String text = text(field);
            if (text == null) {
                return null;
            }
            try {
                return new BigDecimal(text);
            } catch (NumberFormatException e) {
                reject(field, "'" + text + "' is not a number");
                return null;
            }
        }

        public Integer integer(String field) {
            Long value = id(field);
            if (value != null && (value > Integer.MAX_VALUE || value < Integer.MIN_VALUE)) {
                reject(field, value + " is out of range");
                return null;
            }
            return value == null ? null : value.intValue();
        }

        /**
         * A date as text (2026-03-05, 2026/3/5, 2026.3.5, 2026年3月5日) or as Excel's serial day number, which is what
         * a date cell of a workbook holds.
         */
        public LocalDate date(String field) {
            String text = text(field);
            if (text == null) {
                return null;
            }
            if (SERIAL.matcher(text).matches()) {
                long serial = Long.parseLong(text.replaceAll("\\.0+$", ""));
                if (serial >= 61) { // 1900-03-01 on: before it Excel counts a 29 February 1900 that never was
                    return EXCEL_EPOCH.plusDays(serial);
                }
            }
            Matcher m = DATE.matcher(text);
            if (m.matches()) {
                try {
                    return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                            Integer.parseInt(m.group(3)));
                } catch (java.time.DateTimeException e) {
                    reject(field, "'" + text + "' is no day of the calendar");
                    return null;
                }
            }
            reject(field, "'" + text + "' is not a date (2026-03-05, 2026/3/5 or 2026年3月5日)");
            return null;
        }

        /** A constant of the enum by its name in any case, e.g. {@code cooperative} for COOPERATIVE. */
        public <E extends Enum<E>> E constant(String field, Class<E> type) {
            String text = text(field);
            if (text == null) {
                return null;
            }
            return named(field, text, type).orElse(null);
        }

        private <E extends Enum<E>> Optional<E> named(String field, String text, Class<E> type) {
            Optional<E> constant = Arrays.stream(type.getEnumConstants())
                    .filter(e -> e.name().equalsIgnoreCase(text.replace(' ', '_').replace('-', '_'))).findFirst();
            if (constant.isEmpty()) {
                reject(field, "'" + text + "' is none of " + Arrays.toString(type.getEnumConstants()));
            }
            return constant;
        }

        /** A rejection of the field's column (or of the whole row, for a field the file has no column of). */
        public void reject(String field, String reason) {
            boolean column = field != null && index.containsKey(field);
            problems.add(new RejectedRow(row.number(), column ? header(field) : "", reason));
        }

        /**
         * The rejections of a single write's check, each field error on the column of its field: {@code recipientIds[2]}
         * on the recipientIds column, {@code outcomes.x} on column x.
         */
        public void reject(List<FieldError> errors) {
            for (FieldError error : errors) {
                String field = error.field().replaceAll("\\[\\d+]$", "");
                if (field.startsWith("outcomes.")) {
                    field = field.substring("outcomes.".length());
                }
                if (!index.containsKey(field) && field.contains(".")) {
                    field = field.substring(field.lastIndexOf('.') + 1);
                }
                problems.add(new RejectedRow(row.number(), index.containsKey(field) ? header(field) : "",
                        (index.containsKey(field) ? "" : error.field() + ": ") + error.message()));
            }
        }

        /**
         * Runs one of the single write's checks on this row; what it refuses becomes the row's rejections: field errors
         * on their columns, a rule's refusal on its fields or the row, a scope's refusal on {@code scopeField}'s column
         * (the row when null), a clash with a record already there on the row.
         *
         * @return whether the check passed
         */
        public boolean check(String scopeField, Runnable check) {
            try {
                check.run();
                return true;
            } catch (RuleViolationException e) {
                reject(e);
            } catch (ValidationException e) {
                reject(e.errors());
            } catch (ForbiddenException e) {
                reject(scopeField, e.getMessage());
            } catch (ConflictException e) {
                rejectRow(e.getMessage());
            }
            return false;
        }

        /**
         * A rule's refusal: its message names the rule (R-SVC-1, R-REC-3 …) and says why; its fields, if any, are the
         * columns it lands on, else the whole row.
         */
        public void reject(RuleViolationException e) {
            if (e.errors().isEmpty()) {
                rejectRow(e.getMessage());
            } else {
                reject(e.errors().stream().map(error -> new FieldError(error.field(), e.getMessage())).toList());
            }
        }

        /** A refusal without a field (a rule, a scope) on the whole row. */
        public void rejectRow(String reason) {
            problems.add(new RejectedRow(row.number(), "", reason));
        }
    }

    /** The fields of a kind with the other names their headers may have, in the order the template lists them. */
    public static Map<String, List<String>> fields(String... namesAndAliases) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        for (String entry : namesAndAliases) {
            String[] parts = entry.split("\\|");
            fields.put(parts[0], List.of(Arrays.copyOfRange(parts, 1, parts.length)));
        }
        return fields;
    }
}
