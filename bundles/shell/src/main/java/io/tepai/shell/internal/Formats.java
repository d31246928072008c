package io.tepai.shell.internal;

import io.tepai.api.ForbiddenException;
import io.tepai.api.Page;
import io.tepai.api.TepaiException;
import io.tepai.api.ValidationException;
import io.tepai.api.audit.AuditRecord.FieldChange;
import io.tepai.api.specialist.ClassCount;
import io.tepai.api.team.Leader;
import io.tepai.spi.tier.FundingRule;
import io.tepai.spi.tier.ServiceThreshold;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** How the commands write values a person reads; kept apart from the commands so it can be tested alone. */
final class Formats {

    /** How an absent value or an unfilled role is shown. */
    static final String NONE = "(none)";

    private Formats() {
    }

    /** Chinese items (industries, fields) are listed with the enumeration comma, as they are written. */
    static String zhList(List<String> items) {
        return String.join("、", items);
    }

    static String list(Collection<String> items) {
        return String.join(", ", items);
    }

    /** Counts per guidance class (R-TIER-2), e.g. "PUBLIC_WELFARE 40, RURAL_ENTREPRENEURSHIP 12". */
    static String classCounts(List<ClassCount> counts) {
        return counts.stream().map(c -> c.guidanceClass() + " " + c.specialists()).collect(Collectors.joining(", "));
    }

    /** Services return enum sets in no particular order; declaration order keeps the output stable. */
    static String enums(Set<? extends Enum<?>> values) {
        return values.stream()
                .sorted(Comparator.comparingInt(Enum::ordinal))
                .map(Enum::name)
                .collect(Collectors.joining(", "));
    }

    static String yesNo(boolean value) {
        return value ? "yes" : "no";
    }

    /** Sub-second precision is noise for a person and makes columns ragged. */
    static String instant(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    /** For values that may be absent, such as a lockout or a last sign-in: empty when absent. */
    static String instantOrEmpty(Instant instant) {
        return instant == null ? "" : instant(instant);
    }

    /**
     * An account's role and the scope it is bound to, e.g. "COUNTY wuzhi", or just "CITY"; a team's level and owning
     * county read the same way.
     */
    static String roleScope(Enum<?> role, String scope) {
        return scope == null || scope.isBlank() ? role.name() : role.name() + " " + scope.strip();
    }

    /** E.g. "张伟 (副县长, 13900000001)"; a role nobody holds is "(none)", not a blank cell that looks unread. */
    static String leader(Leader leader) {
        Leader l = Leader.orNone(leader);
        if (!l.hasName()) {
            return NONE;
        }
        String details = Stream.of(l.position(), l.phone()).filter(s -> !s.isEmpty())
                .collect(Collectors.joining(", "));
        return details.isEmpty() ? l.name() : l.name() + " (" + details + ")";
    }

    /** A term of office or of an agreement, both days inclusive. */
    static String term(LocalDate start, LocalDate end) {
        return start + " – " + end;
    }

    /**
     * The days a service log covers: one day alone, a range as a term. A missing end day means a one-day log, as in
     * {@code ServiceLogDraft}.
     */
    static String days(LocalDate start, LocalDate end) {
        return end == null || end.equals(start) ? String.valueOf(start) : term(start, end);
    }

    /** A score, total or amount of money always with two decimals, as the API sends them: 66.90 beside 75.18. */
    static String twoDecimals(BigDecimal amount) {
        return amount == null ? "" : amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    /** A number of field days or an outcome without trailing zeros: 12.5, 30, not 30.0. */
    static String number(BigDecimal amount) {
        return amount == null ? "" : amount.stripTrailingZeros().toPlainString();
    }

    /** A share 0..1 as a whole percentage, e.g. 0.9096 → "91%". */
    static String percent(double share) {
        return Math.round(share * 100) + "%";
    }

    /** A record shown by name with its id, e.g. "李华 (7)": the name says who, the id is what commands take. */
    static String named(long id, String name) {
        return name == null || name.isBlank() ? Long.toString(id) : name.strip() + " (" + id + ")";
    }

    /** A recipient's satisfaction rating (R-EVAL-1), e.g. "4/5"; empty when the confirmer gave none. */
    static String rating(Integer satisfaction) {
        return satisfaction == null ? "" : satisfaction + "/5";
    }

    /** Text that may be absent, as an empty cell. */
    static String text(String value) {
        return value == null ? "" : value;
    }

    /** Free text in a table cell: on one line, cut to {@code max} characters. */
    static String oneLine(String value, int max) {
        return value == null ? "" : cut(value.strip().replaceAll("\\s+", " "), max);
    }

    /** The longest the changes of one audit record are shown in a table. */
    static final int CHANGES_WIDTH = 80;

    /**
     * An audit record's changes as "field: before → after", joined with "; " in the record's order and cut to
     * {@value #CHANGES_WIDTH} characters. An absent value (before a creation, after a deletion) is "(none)", an
     * empty one "".
     */
    static String changes(Map<String, FieldChange> changes) {
        if (changes == null || changes.isEmpty()) {
            return "";
        }
        String all = changes.entrySet().stream()
                .map(e -> e.getKey() + ": " + value(e.getValue().before()) + " → " + value(e.getValue().after()))
                .collect(Collectors.joining("; "));
        return cut(all, CHANGES_WIDTH);
    }

    private static String value(String value) {
        if (value == null) {
            return NONE;
        }
        return value.isEmpty() ? "\"\"" : value.replaceAll("\\s+", " ");
    }

    /** At most {@code max} characters, the last one "…" when something was cut; never splits a character. */
    static String cut(String text, int max) {
        if (text.codePointCount(0, text.length()) <= max) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, max - 1)) + "…";
    }

    /** Either part suffices (R-SVC-2), hence "or". */
    static String threshold(ServiceThreshold threshold) {
        if (threshold.isNone()) {
            return "none";
        }
        // a zero part is not a criterion (ServiceThreshold), so it is not shown
        if (threshold.minServices() == 0) {
            return count(threshold.minFieldDays(), "day");
        }
        if (threshold.minFieldDays().signum() == 0) {
            return count(BigDecimal.valueOf(threshold.minServices()), "service");
        }
        return count(threshold.minFieldDays(), "day") + " or "
                + count(BigDecimal.valueOf(threshold.minServices()), "service");
    }

    static String funding(FundingRule funding) {
        return twoDecimals(funding.annualAmount()) + " CNY (" + funding.source() + ")";
    }

    /** E.g. "Page 1 of 3 (45 units)"; an empty result is still page 1 of 1, not of 0. */
    static String footer(Page<?> page, String noun) {
        long pages = Math.max(1, (page.total() + page.size() - 1) / page.size());
        return "Page " + page.page() + " of " + pages + " (" + count(BigDecimal.valueOf(page.total()), noun) + ")";
    }

    /**
     * A validation error is listed field by field from its errors, because only those, not the exception's
     * message, are part of its contract. A refusal says which role or scope would have allowed it.
     */
    static String error(TepaiException e) {
        String detail;
        if (e instanceof ValidationException invalid) {
            detail = invalid.errors().stream().map(f -> f.field() + ": " + f.message())
                    .collect(Collectors.joining("; "));
        } else if (e instanceof ForbiddenException forbidden && forbidden.missingScope() != null
                && !forbidden.missingScope().isBlank()) {
            detail = e.getMessage() + " (needs " + forbidden.missingScope() + ")";
        } else {
            detail = e.getMessage();
        }
        return "Error: " + detail;
    }

    private static String count(BigDecimal amount, String noun) {
        String plural = amount.compareTo(BigDecimal.ONE) == 0 ? noun : noun + "s";
        return amount.stripTrailingZeros().toPlainString() + " " + plural;
    }
}
