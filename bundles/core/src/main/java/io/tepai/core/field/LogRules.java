package io.tepai.core.field;

import io.tepai.api.FieldError;
import io.tepai.api.ValidationException;
import io.tepai.api.field.OutcomeIndicator;
import io.tepai.api.field.ServiceLogDraft;
import io.tepai.core.validation.FieldErrors;
import io.tepai.store.Repositories;
import io.tepai.store.entity.CountyEntity;
import io.tepai.store.entity.RecipientEntity;
import io.tepai.store.entity.ServiceLogEntity;
import io.tepai.store.entity.SpecialistEntity;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What makes a service log possible: dates not in the future, field days in half days and at most the calendar
 * days of the range, recipients of the log's county, and no day on which the specialist would be in the field
 * more than once across their logs.
 */
final class LogRules {

    private static final BigDecimal HALF = new BigDecimal("0.5");
    static final int MAX_DAYS = 366;

    private LogRules() {
    }

    static void validate(ServiceLogDraft draft, List<OutcomeIndicator> indicators, LocalDate today) {
        if (draft == null) {
            throw ValidationException.of("body", "a service log is required");
        }
        FieldErrors errors = new FieldErrors()
                .required("specialistId", draft.specialistId())
                .text("county", draft.county(), 32)
                .required("startDate", draft.startDate())
                .required("fieldDays", draft.fieldDays())
                .required("kind", draft.kind())
                .text("description", draft.description(), 4000)
                .optionalText("industry", draft.industry(), 128);
        LocalDate end = end(draft);
        if (draft.startDate() != null) {
            if (end.isBefore(draft.startDate())) {
                errors.add("endDate", "must not be before startDate (" + draft.startDate() + ")");
            } else if (end.isAfter(today)) {
                errors.add(draft.endDate() == null ? "startDate" : "endDate", "must not be in the future (today is "
                        + today + "): a log records service that took place");
            } else if (calendarDays(draft) > MAX_DAYS) {
                errors.add("endDate", "a log covers at most " + MAX_DAYS + " days; split longer service");
            }
        }
        if (draft.fieldDays() != null) {
            BigDecimal days = draft.fieldDays();
            if (days.signum() <= 0 || days.remainder(HALF).signum() != 0) {
                errors.add("fieldDays", "must be a positive number of half days (0.5, 1, 1.5 …)");
            } else if (draft.startDate() != null && !end.isBefore(draft.startDate())
                    && days.compareTo(BigDecimal.valueOf(calendarDays(draft))) > 0) {
                errors.add("fieldDays", days.stripTrailingZeros().toPlainString() + " field days do not fit into the "
                        + calendarDays(draft) + " calendar days from " + draft.startDate() + " to " + end);
            }
        }
        Set<String> known = new LinkedHashSet<>();
        indicators.forEach(indicator -> known.add(indicator.id()));
        if (draft.outcomes() != null) {
            draft.outcomes().forEach((id, amount) -> {
                if (!known.contains(id)) {
                    errors.add("outcomes." + id, "is not a configured outcome indicator; known are " + known);
                } else if (amount == null || amount.signum() < 0 || amount.scale() > 2
                        || amount.compareTo(new BigDecimal("999999999999")) > 0) {
                    errors.add("outcomes." + id, "must be a number from 0 with at most two decimals");
                }
            });
        }
        if (draft.recipientIds() != null && draft.recipientIds().size() > 20) {
            errors.add("recipientIds", "must have at most 20 items");
        }
        errors.throwIfAny();
    }

    /** A stretch of days in the field: another log (named by its id) or an earlier row of the same import. */
    record FieldTime(String name, BigDecimal fieldDays, LocalDate start, LocalDate end) {

        /** A row of {@link io.tepai.store.ServiceLogRepository#fieldTimeOf}: id, specialist, field days, start, end. */
        static FieldTime of(Object[] row) {
            return new FieldTime(String.valueOf(row[0]), (BigDecimal) row[2], (LocalDate) row[3], (LocalDate) row[4]);
        }
    }

    static void checkReferences(Repositories repos, ServiceLogDraft draft) {
        checkReferences(References.of(repos, draft.recipientIds() == null ? List.of() : draft.recipientIds()), draft);
    }

    static void checkReferences(References repos, ServiceLogDraft draft) {
        FieldErrors errors = new FieldErrors();
        String county = draft.county().strip();
        if (repos.specialist(draft.specialistId()).isEmpty()) {
            errors.add("specialistId", "no specialist has id " + draft.specialistId());
        }
        Optional<CountyEntity> where = repos.county(county);
        if (where.isEmpty()) {
            errors.add("county", "no county has code '" + county + "'");
        } else if (industry(draft) != null && !where.get().getLeadingIndustries().contains(industry(draft))) {
            // R-GOAL-1: coverage is per county and leading industry, so a log names one of the county's own
            errors.add("industry", "'" + industry(draft) + "' is not a leading industry of '" + county
                    + "' (R-GOAL-1); its leading industries are "
                    + String.join(", ", where.get().getLeadingIndustries()));
        }
        List<Long> recipients = draft.recipientIds() == null ? List.of() : draft.recipientIds();
        for (int i = 0; i < recipients.size(); i++) {
            Long id = recipients.get(i);
            Optional<RecipientEntity> recipient = id == null ? Optional.empty() : repos.recipient(id);
            if (recipient.isEmpty()) {
                errors.add("recipientIds[" + i + "]", "no recipient has id " + id);
            } else if (!recipient.get().getCountyCode().equals(county)) {
                errors.add("recipientIds[" + i + "]", "recipient " + id + " is in '" + recipient.get().getCountyCode()
                        + "', not in '" + county + "'");
            }
        }
        errors.throwIfAny();
    }

    /**
     * One specialist is in one place a day: each log spreads its field days evenly over its calendar days, and no
     * day may add up to more than one day in the field (two half-day logs on one day are fine, two full days not).
     */
    static void checkNoOverlap(Repositories repos, ServiceLogDraft draft, Long self) {
        List<FieldTime> others = new ArrayList<>();
        for (Object[] other : repos.logs().fieldTimeOf(List.of(draft.specialistId()), draft.startDate(), end(draft),
                earliestReaching(draft.startDate()))) {
            if (self == null || (Long) other[0] != self.longValue()) {
                others.add(FieldTime.of(other));
            }
        }
        checkNoOverlap(draft, others);
    }

    /**
     * The earliest start of a log that can still reach {@code day}: a log covers at most {@link #MAX_DAYS} calendar
     * days (the R-SVC-1 log rules in {@link #validate}), so one starting earlier ends before it. Bounding the start
     * dates from below lets the (specialist, start date) index serve a range of a few logs instead of the
     * specialist's whole history (issue 17).
     */
    static LocalDate earliestReaching(LocalDate day) {
        return day.minusDays(MAX_DAYS - 1);
    }

    /** As above, against the specialist's other stretches in the field given (they may reach beyond the draft's). */
    static void checkNoOverlap(ServiceLogDraft draft, List<FieldTime> others) {
        LocalDate start = draft.startDate();
        LocalDate end = end(draft);
        BigDecimal ownLoad = load(draft.fieldDays(), start, end);
        Map<LocalDate, BigDecimal> loads = new LinkedHashMap<>();
        Map<LocalDate, List<String>> logsOfDay = new LinkedHashMap<>();
        for (FieldTime other : others) {
            if (other.end().isBefore(start) || other.start().isAfter(end)) {
                continue;
            }
            BigDecimal load = load(other.fieldDays(), other.start(), other.end());
            LocalDate from = other.start().isBefore(start) ? start : other.start();
            LocalDate to = other.end().isAfter(end) ? end : other.end();
            for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
                loads.merge(day, load, BigDecimal::add);
                logsOfDay.computeIfAbsent(day, d -> new ArrayList<>()).add(other.name());
            }
        }
        for (Map.Entry<LocalDate, BigDecimal> day : loads.entrySet()) {
            if (day.getValue().add(ownLoad).compareTo(BigDecimal.ONE) > 0) {
                throw new ValidationException(List.of(new FieldError("startDate", "specialist "
                        + draft.specialistId() + " is already in the field on " + day.getKey() + " (logs "
                        + logsOfDay.get(day.getKey()) + "); one specialist serves in one place a day")));
            }
        }
    }

    static void apply(ServiceLogDraft draft, ServiceLogEntity log) {
        log.setContent(draft.county().strip(),
                draft.recipientIds() == null ? Set.of() : new LinkedHashSet<>(draft.recipientIds()),
                draft.startDate(), end(draft), draft.fieldDays().setScale(1), draft.kind().name(),
                draft.description().strip(), draft.outcomes() == null ? Map.of() : draft.outcomes());
        log.setIndustry(industry(draft));
    }

    /** The leading industry the draft names, stripped; null when it names none. */
    private static String industry(ServiceLogDraft draft) {
        return draft.industry() == null || draft.industry().isBlank() ? null : draft.industry().strip();
    }

    static LocalDate end(ServiceLogDraft draft) {
        return draft.endDate() == null ? draft.startDate() : draft.endDate();
    }

    private static long calendarDays(ServiceLogDraft draft) {
        return ChronoUnit.DAYS.between(draft.startDate(), end(draft)) + 1;
    }

    /** Field days per calendar day of a log. */
    private static BigDecimal load(BigDecimal fieldDays, LocalDate start, LocalDate end) {
        long days = ChronoUnit.DAYS.between(start, end) + 1;
        return fieldDays.divide(BigDecimal.valueOf(days), MathContext.DECIMAL64);
    }
}
