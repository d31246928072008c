package io.tepai.demo;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tepai.api.Actor;
import io.tepai.api.Contact;
import io.tepai.api.PageRequest;
import io.tepai.api.calendar.ProgrammeCalendar;
import io.tepai.api.field.CoordinationRequest;
import io.tepai.api.field.DemonstrationBaseDraft;
import io.tepai.api.field.LogFilter;
import io.tepai.api.field.LogKind;
import io.tepai.api.field.MenteeDraft;
import io.tepai.api.field.MenteeKind;
import io.tepai.api.field.Recipient;
import io.tepai.api.field.RecipientDraft;
import io.tepai.api.field.RecipientKind;
import io.tepai.api.field.RequestDraft;
import io.tepai.api.field.RequestFilter;
import io.tepai.api.field.ServiceLog;
import io.tepai.api.field.ServiceLogDraft;
import io.tepai.api.field.TrainingDraft;
import io.tepai.api.field.TrainingKind;
import io.tepai.api.field.Urgency;
import io.tepai.api.specialist.Specialist;
import io.tepai.api.specialist.SpecialistStatus;
import io.tepai.api.team.Team;
import io.tepai.api.team.TeamFilter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The service part of the demo ({@code demo/demo-field.json} plus generated logs): recipients in every county,
 * a programme year of service logs up to yesterday for every active demo specialist — some meeting the threshold
 * by field days, some by number of services, some on track, some behind, a few waiting for confirmation or
 * returned — and training, demonstration bases, mentees and open coordination requests. Logs go through the
 * service's whole lifecycle (write, submit, confirm), so the demo obeys the same rules as users. A record that
 * exists already is kept, so a load cut short completes on the next start.
 */
final class DemoField {

    record RecipientData(String name, RecipientKind kind, String county, Contact contact) {
    }

    record RequestData(String specialist, String county, String recipient, String team, String problem,
                       Urgency urgency, String escalate, List<String> assign) {
    }

    record TrainingData(String specialist, TrainingKind kind, boolean gave, String title, BigDecimal hours) {
    }

    record BaseData(String name, String county, String industry, BigDecimal areaMu, String specialist, String team) {
    }

    record MenteeData(String name, MenteeKind kind, String county, String specialist, String note) {
    }

    record Data(String note, List<RecipientData> recipients, List<RequestData> requests,
                List<TrainingData> trainings, List<BaseData> bases, List<MenteeData> mentees) {
    }

    /** How a demo specialist's year went: a log's calendar days, its field days, and how many logs. */
    private record Profile(int rangeDays, BigDecimal fieldDays, int logs) {
    }

    private static final List<LogKind> KINDS = List.of(LogKind.TECHNICAL_GUIDANCE, LogKind.TRAINING_SESSION,
            LogKind.DEMONSTRATION_BASE, LogKind.PROBLEM_SOLVING, LogKind.E_COMMERCE, LogKind.PLANNING_SUPPORT);

    private final Actor loader;
    private final DemoServices services;

    DemoField(Actor loader, DemoServices services) {
        this.loader = loader;
        this.services = services;
    }

    static Data read() {
        try (InputStream in = DemoField.class.getResourceAsStream("/demo/demo-field.json")) {
            if (in == null) {
                throw new IllegalStateException("demo/demo-field.json is missing from the demo bundle");
            }
            return new ObjectMapper().findAndRegisterModules()
                    .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).readValue(in, Data.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the demo service records", e);
        }
    }

    /**
     * Loads everything for programme year {@code year}; logs end before {@code today} and within the year.
     *
     * @param specialists the demo specialists by name
     * @return a summary for the log, null if everything was there already
     */
    String load(Data data, int year, LocalDate today, Map<String, Specialist> specialists) {
        Map<String, Recipient> recipients = new LinkedHashMap<>();
        int created = 0;
        for (RecipientData r : data.recipients()) {
            Optional<Recipient> existing = services.recipients().search(r.county(), null, null, r.name(),
                    PageRequest.first()).items().stream().filter(e -> e.name().equals(r.name())).findFirst();
            if (existing.isEmpty()) {
                created++;
            }
            recipients.put(r.name(), existing.orElseGet(() -> services.recipients().create(loader,
                    new RecipientDraft(r.name(), r.kind(), r.county(), r.contact(), List.of()))));
        }
        Map<String, List<Recipient>> byCounty = recipients.values().stream()
                .collect(Collectors.groupingBy(Recipient::county));
        LocalDate from = services.calendar().firstDay(year);
        LocalDate last = services.calendar().lastDay(year);
        LocalDate until = today.isAfter(last) ? last : today.minusDays(1);
        List<Specialist> active = specialists.values().stream()
                .filter(s -> s.status() == SpecialistStatus.ACTIVE && !s.counties().isEmpty())
                .sorted(Comparator.comparingLong(Specialist::id)).toList();
        int logs = 0;
        for (int i = 0; i < active.size(); i++) {
            logs += logYear(active.get(i), i, from, until, byCounty);
        }
        // what a resumed load finds already (by specialist and title, county and name, or problem) is kept
        for (TrainingData t : data.trainings()) {
            long specialist = id(specialists, t.specialist());
            boolean exists = services.trainings()
                    .trainings(specialist, null, new PageRequest(1, PageRequest.MAX_SIZE))
                    .items().stream().anyMatch(e -> e.title().equals(t.title()));
            if (!exists) {
                created++;
                services.trainings().createTraining(loader, new TrainingDraft(specialist, t.kind(), t.gave(),
                        t.title(), t.hours(), dayInYear(from, today, 0.4)));
            }
        }
        for (BaseData b : data.bases()) {
            boolean exists = services.bases().bases(b.county(), null, null, new PageRequest(1, PageRequest.MAX_SIZE))
                    .items().stream().anyMatch(e -> e.name().equals(b.name()));
            if (!exists) {
                created++;
                services.bases().createBase(loader, new DemonstrationBaseDraft(b.name(), b.county(), b.industry(),
                        b.areaMu(), b.specialist() == null ? null : id(specialists, b.specialist()), team(b.team()),
                        dayInYear(from, today, 0.2)));
            }
        }
        for (MenteeData m : data.mentees()) {
            boolean exists = services.mentees().mentees(m.county(), null, new PageRequest(1, PageRequest.MAX_SIZE))
                    .items().stream().anyMatch(e -> e.name().equals(m.name()));
            if (!exists) {
                created++;
                services.mentees().createMentee(loader, new MenteeDraft(m.name(), m.kind(), m.county(),
                        id(specialists, m.specialist()), dayInYear(from, today, 0.1), m.note()));
            }
        }
        for (RequestData r : data.requests()) {
            long specialist = id(specialists, r.specialist());
            boolean exists = services.requests().search(new RequestFilter(specialist, r.county(), null, null, null),
                    new PageRequest(1, PageRequest.MAX_SIZE)).items().stream()
                    .anyMatch(e -> e.problem().equals(r.problem()));
            if (!exists) {
                created++;
                raise(r, specialists, recipients);
            }
        }
        if (created + logs == 0) {
            return null;
        }
        return created + " recipients, training, bases, mentees and coordination requests, " + logs
                + " service logs for " + year;
    }

    /** Logs spread evenly over the days elapsed, each in a slot of its own so that none overlap. */
    private int logYear(Specialist specialist, int index, LocalDate from, LocalDate until,
                        Map<String, List<Recipient>> byCounty) {
        long elapsed = ChronoUnit.DAYS.between(from, until) + 1;
        Profile profile = profile(specialist, index);
        int count = (int) Math.min(profile.logs(), elapsed / (profile.rangeDays() + 1));
        if (count <= 0 || existing(specialist) > 0) {
            return 0;
        }
        long slot = elapsed / count;
        for (int k = 0; k < count; k++) {
            LocalDate start = from.plusDays(k * slot + (index + k) % Math.max(1, slot - profile.rangeDays()));
            String county = specialist.counties().get(k % specialist.counties().size());
            List<Recipient> here = byCounty.getOrDefault(county, List.of());
            List<Long> recipientIds = here.isEmpty() ? List.of() : List.of(here.get((index + k) % here.size()).id());
            LogKind kind = KINDS.get((index + k) % KINDS.size());
            String field = specialist.fields().get(k % specialist.fields().size());
            ServiceLog log = services.logs().create(loader, new ServiceLogDraft(specialist.id(), county, recipientIds,
                    start, start.plusDays(profile.rangeDays() - 1L), profile.fieldDays(), kind,
                    describe(kind, field), outcomes(kind, index + k)));
            boolean last = k == count - 1;
            log = services.logs().submit(loader, log.id(), log.version());
            if (last && index % 11 == 3) {
                services.logs().returnForChanges(loader, log.id(), log.version(),
                        "请补充服务对象签字确认的服务内容和培训人数");
            } else if (!(last && index % 7 == 0)) {
                services.logs().confirm(loader, log.id(), log.version(), (index + k) % 3 == 0 ? 4 : 5,
                        (index + k) % 4 == 0 ? "技术实用，解决了实际问题" : "", null);
            }
        }
        return count;
    }

    /** Tier thresholds are 30 days or 12 services (county tiers: 120 days); profiles are chosen to show each case. */
    private static Profile profile(Specialist specialist, int index) {
        return switch (specialist.tierId()) {
            case "county", "county-province-funded" -> new Profile(6, new BigDecimal("5"), 26);
            case "unit-own" -> new Profile(1, BigDecimal.ONE, 4);
            default -> switch (index % 5) {
                case 0 -> new Profile(3, new BigDecimal("3"), 11);     // meets the threshold by field days
                case 1 -> new Profile(1, new BigDecimal("0.5"), 13);   // meets it by number of services
                case 3 -> new Profile(1, BigDecimal.ONE, 3);           // behind
                default -> new Profile(2, new BigDecimal("1.5"), 11);  // on track until the last weeks of the year
            };
        };
    }

    private long existing(Specialist specialist) {
        return services.logs().search(loader, new LogFilter(specialist.id(), null, null, null, null, null, null),
                PageRequest.first()).total();
    }

    private static String describe(LogKind kind, String field) {
        return switch (kind) {
            case TECHNICAL_GUIDANCE -> "现场指导" + field + "关键技术，解答农户提问";
            case TRAINING_SESSION -> "举办" + field + "技术培训班";
            case DEMONSTRATION_BASE -> "在示范基地开展" + field + "试验示范";
            case PROBLEM_SOLVING -> "诊断并解决" + field + "生产中的技术难题";
            case E_COMMERCE -> "指导合作社开展线上销售和直播带货";
            case PLANNING_SUPPORT -> "协助编制" + field + "产业发展规划";
            default -> field;
        };
    }

    private static Map<String, BigDecimal> outcomes(LogKind kind, int seed) {
        return switch (kind) {
            case TRAINING_SESSION -> Map.of("farmersTrained", BigDecimal.valueOf(20 + seed * 7 % 40));
            case DEMONSTRATION_BASE -> Map.of("demonstrationArea", BigDecimal.valueOf(30 + seed * 11 % 70));
            case PROBLEM_SOLVING -> Map.of("problemsSolved", BigDecimal.ONE);
            case TECHNICAL_GUIDANCE -> Map.of("techniquesPromoted", BigDecimal.ONE);
            default -> Map.of();
        };
    }

    private void raise(RequestData r, Map<String, Specialist> specialists, Map<String, Recipient> recipients) {
        long specialist = id(specialists, r.specialist());
        Long recipient = Optional.ofNullable(recipients.get(r.recipient())).map(Recipient::id).orElse(null);
        CoordinationRequest request = services.requests().raise(loader, new RequestDraft(specialist, r.county(),
                recipient, team(r.team()), r.problem(), r.urgency()));
        if (r.assign() != null && !r.assign().isEmpty()) {
            services.requests().assign(loader, request.id(), request.version(),
                    r.assign().stream().map(name -> id(specialists, name)).toList(), "请协助检测");
        } else if (r.escalate() != null) {
            services.requests().escalate(loader, request.id(), request.version(), r.escalate(),
                    "超出本人专业能力，请求上级协调专家");
        }
    }

    private Long team(String name) {
        if (name == null) {
            return null;
        }
        return services.teams().search(new TeamFilter(null, null, null, null, name), PageRequest.first()).items()
                .stream().filter(t -> t.name().equals(name)).map(Team::id).findFirst()
                .orElseThrow(() -> new IllegalStateException("The demo service records name team " + name
                        + ", which is not in the demo organisation"));
    }

    private static long id(Map<String, Specialist> specialists, String name) {
        Specialist specialist = specialists.get(name);
        if (specialist == null) {
            throw new IllegalStateException("The demo service records name " + name + ", who is no demo specialist");
        }
        return specialist.id();
    }

    /** A day a share of the way from the year's start to yesterday. */
    private static LocalDate dayInYear(LocalDate from, LocalDate today, double share) {
        long elapsed = Math.max(0, ChronoUnit.DAYS.between(from, today) - 1);
        return from.plusDays((long) (elapsed * share));
    }
}
