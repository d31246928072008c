package io.tepai.spi.evaluation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Everything Tepai hands a criterion about one subject for one programme year. For a team or a county's work the
 * lists hold the records of every specialist the subject covers (team members, specialists dispatched to the
 * county). A unit is evaluated by the city with the built-in criteria only, never by a county's plug-in, so its
 * {@code services}, {@code requests} and {@code members} are empty: the city's round sums each unit's service in
 * the database instead of handing over a year of logs. For a specialist and for a county's work, the services,
 * requests, bases and mentees are those in the subject's county only (the county evaluates the work done there);
 * training is the specialist's wherever it was held. Only confirmed service logs are included (R-SVC-3).
 *
 * @param subject      who is evaluated
 * @param year         the programme year
 * @param from         first day of the programme year
 * @param to           last day of the programme year
 * @param specialists  how many specialists the records cover (1 for a specialist)
 * @param services     confirmed service logs that started in the year
 * @param requests     coordination requests raised in the year
 * @param trainings    training held in the year
 * @param bases        demonstration bases the subject's specialists built in the year (established from
 *                     {@code from} to {@code to}); a base counts in the year it was built, not every year after
 * @param mentees      apprentices and mentees taken on in the year
 * @param manualInputs the evaluator's inputs for this subject, by input name (e.g. {@code organisation}), 0..100
 * @param members      the specialists the records cover, each as a {@link SubjectKind#SPECIALIST} subject with their
 *                     key, name, unit, tier, fields and guidance class: the specialist themself for a specialist, the
 *                     members of a team, the specialists dispatched to a county in the year (a unit's: none, see
 *                     above); empty when Tepai 1.0 assembled the data (since 1.1)
 */
public record SubjectData(Subject subject, int year, LocalDate from, LocalDate to, int specialists,
                          List<ServiceRecord> services, List<RequestRecord> requests, List<TrainingRecord> trainings,
                          List<BaseRecord> bases, int mentees, Map<String, BigDecimal> manualInputs,
                          List<Subject> members) {

    public SubjectData {
        Objects.requireNonNull(subject, "subject");
        services = List.copyOf(services);
        requests = List.copyOf(requests);
        trainings = List.copyOf(trainings);
        bases = List.copyOf(bases);
        manualInputs = Map.copyOf(manualInputs);
        members = members == null ? List.of() : List.copyOf(members);
    }

    /** The SPI 1.0 data: no members named. */
    public SubjectData(Subject subject, int year, LocalDate from, LocalDate to, int specialists,
                       List<ServiceRecord> services, List<RequestRecord> requests, List<TrainingRecord> trainings,
                       List<BaseRecord> bases, int mentees, Map<String, BigDecimal> manualInputs) {
        this(subject, year, from, to, specialists, services, requests, trainings, bases, mentees, manualInputs,
                List.of());
    }

    /**
     * The services grouped by the specialist who gave them, e.g. to judge a county's work by how many of its
     * specialists reached a bar rather than by their sum: one entry per {@link #members() member}, in that order and
     * empty for a member without service. Services naming no specialist, or one who is not a member, are left out.
     *
     * @since 1.1
     */
    public Map<String, List<ServiceRecord>> servicesBySpecialist() {
        Map<String, List<ServiceRecord>> grouped = new LinkedHashMap<>();
        members.forEach(member -> grouped.put(member.key(), new ArrayList<>()));
        for (ServiceRecord service : services) {
            List<ServiceRecord> own = service.specialist() == null ? null : grouped.get(service.specialist());
            if (own != null) {
                own.add(service);
            }
        }
        grouped.replaceAll((key, list) -> List.copyOf(list));
        return Collections.unmodifiableMap(grouped);
    }

    /**
     * A confirmed service log.
     *
     * @param start      first day
     * @param end        last day
     * @param fieldDays  days in the field, in steps of half a day (e.g. 2.5)
     * @param kind       the log kind, e.g. {@code TECHNICAL_GUIDANCE}, {@code DEMONSTRATION_BASE}
     * @param county     the county served
     * @param recipients how many recipients (cooperatives, farms, growers) were served
     * @param rating     the recipients' satisfaction 1..5 recorded at confirmation, or {@code null}
     * @param outcomes   outcome indicators recorded, by indicator id (e.g. {@code techniques-introduced})
     * @param specialist the key of the specialist who gave it (a {@link Subject#key()} of {@link #members()}), or
     *                   {@code null} when Tepai 1.0 assembled the data (since 1.1)
     * @param industries the county's leading industries it served: the one the log names when it names one, else
     *                   those the specialist's dispatch to the county names, else those of the county's leading
     *                   industries one of the specialist's fields matches; possibly empty (since 1.1)
     * @param recipientKinds the kind of each recipient served, e.g. {@code COOPERATIVE}, {@code FAMILY_FARM},
     *                   {@code LARGE_GROWER}; empty when Tepai 1.0 assembled the data (since 1.1)
     */
    public record ServiceRecord(LocalDate start, LocalDate end, BigDecimal fieldDays, String kind, String county,
                                int recipients, Integer rating, Map<String, BigDecimal> outcomes, String specialist,
                                Set<String> industries, List<String> recipientKinds) {
        public ServiceRecord {
            outcomes = outcomes == null ? Map.of() : Map.copyOf(outcomes);
            industries = industries == null ? Set.of() : Set.copyOf(industries);
            recipientKinds = recipientKinds == null ? List.of() : List.copyOf(recipientKinds);
        }

        /** The SPI 1.0 record: no specialist, industries or recipient kinds. */
        public ServiceRecord(LocalDate start, LocalDate end, BigDecimal fieldDays, String kind, String county,
                             int recipients, Integer rating, Map<String, BigDecimal> outcomes) {
            this(start, end, fieldDays, kind, county, recipients, rating, outcomes, null, Set.of(), List.of());
        }
    }

    /**
     * A coordination request (R-ESC-1).
     *
     * @param raised   when it was raised
     * @param status   {@code OPEN}, {@code ASSIGNED}, {@code ESCALATED}, {@code RESOLVED} or {@code CLOSED}
     * @param resolved true when it ended resolved
     */
    public record RequestRecord(LocalDate raised, String status, boolean resolved) {
    }

    /**
     * Training a specialist gave or received (R-TRN-1).
     *
     * @param date  the day it was held
     * @param kind  the training kind, e.g. {@code FIELD_CLASS}
     * @param gave  true when the specialist gave it, false when they took part in it
     * @param hours its length in hours
     */
    public record TrainingRecord(LocalDate date, String kind, boolean gave, BigDecimal hours) {
    }

    /**
     * A demonstration base.
     *
     * @param name        its name
     * @param county      where it is
     * @param established when it was set up, or {@code null} if unknown
     */
    public record BaseRecord(String name, String county, LocalDate established) {
    }
}
