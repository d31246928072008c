package io.tepai.spi.evaluation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything Tepai hands a criterion about one subject for one programme year. For a team, a county's work or a
 * unit the lists hold the records of every specialist the subject covers (team members, specialists dispatched to
 * the county, the unit's specialists dispatched that year). For a specialist and for a county's work, the services,
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
 */
public record SubjectData(Subject subject, int year, LocalDate from, LocalDate to, int specialists,
                          List<ServiceRecord> services, List<RequestRecord> requests, List<TrainingRecord> trainings,
                          List<BaseRecord> bases, int mentees, Map<String, BigDecimal> manualInputs) {

    public SubjectData {
        Objects.requireNonNull(subject, "subject");
        services = List.copyOf(services);
        requests = List.copyOf(requests);
        trainings = List.copyOf(trainings);
        bases = List.copyOf(bases);
        manualInputs = Map.copyOf(manualInputs);
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
     */
    public record ServiceRecord(LocalDate start, LocalDate end, BigDecimal fieldDays, String kind, String county,
                                int recipients, Integer rating, Map<String, BigDecimal> outcomes) {
        public ServiceRecord {
            outcomes = outcomes == null ? Map.of() : Map.copyOf(outcomes);
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
