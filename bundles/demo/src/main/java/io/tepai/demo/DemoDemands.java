package io.tepai.demo;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tepai.api.Actor;
import io.tepai.api.PageRequest;
import io.tepai.api.demand.Demand;
import io.tepai.api.demand.DemandDraft;
import io.tepai.api.demand.DemandFilter;
import io.tepai.api.demand.DemandMatch;
import io.tepai.api.demand.DemandStatus;
import io.tepai.api.demand.MatchDraft;
import io.tepai.api.dispatch.Assignment;
import io.tepai.api.dispatch.AssignmentFilter;
import io.tepai.api.field.Recipient;
import io.tepai.api.specialist.Specialist;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The demo's technology demands (R-DEM-1, R-DEM-2, R-REC-3), from {@code demo/demo-demands.json}: each county records
 * its demands and publishes its table of the current year; experts' units record their contacts; the county confirms
 * one expert and, for a served demand, links that expert's demo dispatch to the county. A 温县 draft is recorded
 * after the table was published. Each step acts with the county's or the unit's role (the loader's name stays in the
 * history and the audit trail). A county whose table of the year has demands already is skipped.
 */
final class DemoDemands {

    record DemandData(String county, String industry, String recipient, String contact, String phone, String need,
                      String desiredFrom, String desiredTo, DemandStatus outcome, List<String> experts,
                      String confirmed) {
    }

    record Data(String note, List<DemandData> demands) {
    }

    private final Actor loader;
    private final DemoServices services;

    DemoDemands(Actor loader, DemoServices services) {
        this.loader = loader;
        this.services = services;
    }

    static Data read() {
        try (InputStream in = DemoDemands.class.getResourceAsStream("/demo/demo-demands.json")) {
            if (in == null) {
                throw new IllegalStateException("demo/demo-demands.json is missing from the demo bundle");
            }
            return new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .readValue(in, Data.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the demo demands", e);
        }
    }

    /** @param experts the demo specialists by name */
    String load(Data data, int year, LocalDate today, Map<String, Specialist> experts) {
        Map<String, List<DemandData>> byCounty = data.demands().stream()
                .collect(Collectors.groupingBy(DemandData::county, LinkedHashMap::new, Collectors.toList()));
        int recorded = 0;
        for (Map.Entry<String, List<DemandData>> county : byCounty.entrySet()) {
            if (services.demands().search(loader, new DemandFilter(county.getKey(), null, null, year),
                    PageRequest.first()).total() == 0) {
                recorded += loadCounty(county.getKey(), county.getValue(), year, today, experts);
            }
        }
        return recorded == 0 ? null : recorded + " technology demands in " + byCounty.size() + " county tables of "
                + year;
    }

    private int loadCounty(String county, List<DemandData> demands, int year, LocalDate today,
                           Map<String, Specialist> experts) {
        Actor office = as(Actor.ROLE_COUNTY, county);
        Map<DemandData, Demand> published = new LinkedHashMap<>();
        demands.stream().filter(d -> d.outcome() != DemandStatus.DRAFT)
                .forEach(d -> published.put(d, services.demands().record(office, draft(d, year))));
        services.demands().publish(office, county, year);
        int daysAgo = 30;
        for (Map.Entry<DemandData, Demand> entry : published.entrySet()) {
            DemandData d = entry.getKey();
            Demand demand = services.demands().get(office, entry.getValue().id());
            Map<String, DemandMatch> matches = new LinkedHashMap<>();
            for (String name : d.experts()) {
                Specialist expert = expert(experts, name);
                // contacts made over the last weeks, never in the future
                LocalDate contactedOn = today.minusDays(daysAgo = Math.max(1, daysAgo - 3));
                matches.put(name, services.demands().contact(as(Actor.ROLE_UNIT, expert.unitCode()), demand.id(),
                        new MatchDraft(expert.id(), contactedOn, "已电话联系" + d.contact() + "，约定到现场查看并制定方案")));
            }
            if (d.outcome() == DemandStatus.MATCHED || d.outcome() == DemandStatus.SERVED) {
                demand = services.demands().confirm(office, demand.id(), demand.version(),
                        matches.get(d.confirmed()).id());
            }
            if (d.outcome() == DemandStatus.SERVED) {
                services.demands().serve(office, demand.id(), demand.version(),
                        dispatch(expert(experts, d.confirmed()), county, year).id());
            }
        }
        demands.stream().filter(d -> d.outcome() == DemandStatus.DRAFT)
                .forEach(d -> services.demands().record(office, draft(d, year)));
        return demands.size();
    }

    /** The county's or unit's role, acting as the loader: the demo's steps are taken where the rules put them. */
    private Actor as(String role, String scope) {
        return new Actor(loader.username(), Set.of(role, role + ":" + scope, Actor.ROLE_SAMPLE));
    }

    /** A recipient named as one of the county's register is linked to it. */
    private DemandDraft draft(DemandData d, int year) {
        Long recipientId = services.recipients().search(d.county(), null, null, d.recipient(),
                        new PageRequest(1, PageRequest.MAX_SIZE)).items().stream()
                .filter(r -> r.name().equals(d.recipient())).map(Recipient::id).findFirst().orElse(null);
        return new DemandDraft(d.county(), year, recipientId, recipientId == null ? d.recipient() : null,
                d.industry(), d.need(), d.contact(), d.phone(), day(year, d.desiredFrom()), day(year, d.desiredTo()));
    }

    private static LocalDate day(int year, String monthDay) {
        return MonthDay.parse("--" + monthDay).atYear(year);
    }

    private static Specialist expert(Map<String, Specialist> experts, String name) {
        Specialist expert = experts.get(name);
        if (expert == null) {
            throw new IllegalStateException("Demo demand names " + name + ", who is no demo specialist");
        }
        return expert;
    }

    /** The expert's demo dispatch to the county this year, which serves the demand (R-REC-3). */
    private Assignment dispatch(Specialist expert, String county, int year) {
        return services.assignments().search(new AssignmentFilter(county, year, expert.id(), null, null),
                PageRequest.first()).items().stream().findFirst().orElseThrow(() -> new IllegalStateException(
                "Demo specialist " + expert.name() + " is not dispatched to " + county + " in " + year));
    }
}
