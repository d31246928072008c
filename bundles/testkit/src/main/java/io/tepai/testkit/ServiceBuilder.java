package io.tepai.testkit;

import io.tepai.spi.evaluation.SubjectData.ServiceRecord;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds a confirmed service log as a criterion sees it, e.g.
 * {@code ServiceBuilder.on(LocalDate.of(2026, 5, 4)).kind("DEMONSTRATION_BASE").recipients("COOPERATIVE")}. Not given:
 * one day, one field day, kind {@code TECHNICAL_GUIDANCE}, no recipients, no rating. County and specialist, when not
 * given, are filled in by {@link SubjectDataBuilder} from its subject (the county evaluated, the specialist evaluated),
 * as Tepai's own records of a specialist are.
 */
public final class ServiceBuilder {

    private final LocalDate start;
    private LocalDate end;
    private BigDecimal fieldDays = BigDecimal.ONE;
    private String kind = "TECHNICAL_GUIDANCE";
    private String county;
    private Integer recipients;
    private final List<String> recipientKinds = new ArrayList<>();
    private Integer rating;
    private final Map<String, BigDecimal> outcomes = new LinkedHashMap<>();
    private String specialist;
    private final Set<String> industries = new LinkedHashSet<>();

    private ServiceBuilder(LocalDate start) {
        this.start = start;
    }

    /** A service that started on {@code start}. */
    public static ServiceBuilder on(LocalDate start) {
        return new ServiceBuilder(start);
    }

    /** The last day, for service over several days. */
    public ServiceBuilder until(LocalDate end) {
        this.end = end;
        return this;
    }

    /** Days in the field, in half-day steps, e.g. {@code "2.5"}. */
    public ServiceBuilder fieldDays(String days) {
        this.fieldDays = new BigDecimal(days);
        return this;
    }

    /** The log kind, e.g. {@code DEMONSTRATION_BASE}, {@code E_COMMERCE}. */
    public ServiceBuilder kind(String kind) {
        this.kind = kind;
        return this;
    }

    public ServiceBuilder county(String county) {
        this.county = county;
        return this;
    }

    /** The recipients served, one kind each, e.g. {@code COOPERATIVE}, {@code FAMILY_FARM}, {@code LARGE_GROWER}. */
    public ServiceBuilder recipients(String... kinds) {
        recipientKinds.addAll(List.of(kinds));
        return this;
    }

    /** How many recipients were served, when their kinds do not matter. */
    public ServiceBuilder recipients(int count) {
        this.recipients = count;
        return this;
    }

    /** The recipients' satisfaction 1..5 recorded at confirmation. */
    public ServiceBuilder rating(int rating) {
        this.rating = rating;
        return this;
    }

    /** An outcome indicator recorded, e.g. {@code outcome("farmersTrained", "40")}. */
    public ServiceBuilder outcome(String indicator, String amount) {
        outcomes.put(indicator, new BigDecimal(amount));
        return this;
    }

    /** The key of the specialist who gave it. */
    public ServiceBuilder by(String specialist) {
        this.specialist = specialist;
        return this;
    }

    /** The leading industries it served (named on the log, or the dispatch's). */
    public ServiceBuilder industries(String... industries) {
        this.industries.addAll(List.of(industries));
        return this;
    }

    /** The record, with the county and specialist given here (either may be null). */
    public ServiceRecord build() {
        return build(county, specialist);
    }

    ServiceRecord build(String defaultCounty, String defaultSpecialist) {
        return new ServiceRecord(start, end == null ? start : end, fieldDays, kind,
                county == null ? defaultCounty : county,
                recipients == null ? recipientKinds.size() : recipients, rating, outcomes,
                specialist == null ? defaultSpecialist : specialist, industries, recipientKinds);
    }
}
