package io.tepai.shell.internal;

import io.tepai.api.Page;
import io.tepai.api.TepaiException;
import io.tepai.api.ValidationException;
import io.tepai.spi.tier.FundingRule;
import io.tepai.spi.tier.ServiceThreshold;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** How the commands write values a person reads; kept apart from the commands so it can be tested alone. */
final class Formats {

    private Formats() {
    }

    /** Chinese items (industries, fields) are listed with the enumeration comma, as they are written. */
    static String zhList(List<String> items) {
        return String.join("、", items);
    }

    static String list(Collection<String> items) {
        return String.join(", ", items);
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
        return funding.annualAmount().setScale(2).toPlainString() + " CNY (" + funding.source() + ")";
    }

    /** E.g. "Page 1 of 3 (45 units)"; an empty result is still page 1 of 1, not of 0. */
    static String footer(Page<?> page, String noun) {
        long pages = Math.max(1, (page.total() + page.size() - 1) / page.size());
        return "Page " + page.page() + " of " + pages + " (" + count(BigDecimal.valueOf(page.total()), noun) + ")";
    }

    /**
     * A validation error is listed field by field from its errors, because only those, not the exception's
     * message, are part of its contract.
     */
    static String error(TepaiException e) {
        String detail = e instanceof ValidationException invalid
                ? invalid.errors().stream().map(f -> f.field() + ": " + f.message()).collect(Collectors.joining("; "))
                : e.getMessage();
        return "Error: " + detail;
    }

    private static String count(BigDecimal amount, String noun) {
        String plural = amount.compareTo(BigDecimal.ONE) == 0 ? noun : noun + "s";
        return amount.stripTrailingZeros().toPlainString() + " " + plural;
    }
}
