package io.tepai.demo;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.tepai.api.Actor;
import io.tepai.api.Contact;
import io.tepai.api.PageRequest;
import io.tepai.api.dispatch.AssignmentDraft;
import io.tepai.api.dispatch.AssignmentFilter;
import io.tepai.api.dispatch.SquadOfficers;
import io.tepai.api.dispatch.WorkstationDraft;
import io.tepai.api.specialist.ChainSegment;
import io.tepai.api.specialist.Specialist;
import io.tepai.api.specialist.SpecialistFilter;
import io.tepai.api.specialist.SpecialistStatus;
import io.tepai.api.team.Agreement;
import io.tepai.api.team.AgreementDraft;
import io.tepai.api.team.AgreementStatus;
import io.tepai.api.team.Leader;
import io.tepai.api.team.Team;
import io.tepai.api.team.TeamDraft;
import io.tepai.api.team.TeamFilter;
import io.tepai.api.team.TeamLevel;
import io.tepai.api.team.TeamStatus;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The organisation part of the demo ({@code demo/demo-organisation.json}): teams with members and agreements,
 * a dispatch assignment for the current year for every county each active demo specialist serves, squad
 * officers and services.workstations(). Dates are relative to the year it is loaded in, so a fresh demo always shows the
 * current year. Everything goes through the services, so the demo obeys R-TEAM-1..3, R-REC-3 and R-SQUAD-1; what
 * exists already is skipped, so a load cut short completes on the next start.
 */
final class DemoOrganisation {

    record MemberData(String specialist, ChainSegment segment) {
    }

    record AgreementData(String county, AgreementStatus status, List<String> tasks, Leader countyLeader,
                         Leader liaison) {
    }

    record TeamData(String name, String industry, TeamLevel level, String county, String unitCode, TeamStatus status,
                    Leader dispatchingLeader, List<MemberData> members, List<AgreementData> agreements) {
    }

    record SquadData(String county, Leader captain, Leader deputyCaptain, Leader liaison) {
    }

    record WorkstationData(String county, String name, String address, Contact staff, LocalDate openedOn) {
    }

    /** {@code assignmentIndustries} maps "name@county" to the industries an assignment names explicitly. */
    record Data(String note, List<TeamData> teams, List<SquadData> squads, List<WorkstationData> workstations,
                Map<String, List<String>> assignmentIndustries) {
    }

    private final Actor loader;
    private final DemoServices services;

    DemoOrganisation(Actor loader, DemoServices services) {
        this.loader = loader;
        this.services = services;
    }

    static Data read() {
        try (InputStream in = DemoOrganisation.class.getResourceAsStream("/demo/demo-organisation.json")) {
            if (in == null) {
                throw new IllegalStateException("demo/demo-organisation.json is missing from the demo bundle");
            }
            return new ObjectMapper().registerModule(new JavaTimeModule())
                    .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).readValue(in, Data.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the demo organisation", e);
        }
    }

    /** Loads the organisation for programme year {@code year}; returns a summary for the log, null if all was there. */
    String load(Data data, int year) {
        Map<String, Specialist> byName = services.specialists().search(SpecialistFilter.ALL, new PageRequest(1, PageRequest.MAX_SIZE))
                .items().stream().filter(Specialist::sample)
                .collect(Collectors.toMap(Specialist::name, Function.identity(), (a, b) -> a));
        long teams = data.teams().stream().filter(team -> loadTeam(team, year, byName)).count();
        int dispatched = dispatch(byName, year, data.assignmentIndustries());
        long workstations = data.workstations().stream().filter(this::loadWorkstation).count();
        long squads = data.squads().stream().filter(squad -> loadSquad(squad, year)).count();
        if (teams + dispatched + workstations + squads == 0) {
            return null;
        }
        return teams + " teams, " + dispatched + " assignments for " + year + ", " + squads + " squads, "
                + workstations + " workstations";
    }

    private boolean loadTeam(TeamData data, int year, Map<String, Specialist> byName) {
        boolean exists = services.teams().search(new TeamFilter(null, null, null, null, data.name()), PageRequest.first())
                .items().stream().anyMatch(team -> team.name().equals(data.name()));
        if (exists) {
            return false;
        }
        TeamDraft draft = new TeamDraft(data.name(), data.industry(), data.level(), data.county(), data.unitCode(),
                LocalDate.of(year, 1, 1), LocalDate.of(year + 2, 12, 31), data.dispatchingLeader());
        Team team = services.teams().create(loader, draft);
        for (MemberData member : data.members()) {
            Specialist specialist = specialist(byName, member.specialist());
            team = services.teams().addMember(loader, team.id(), team.version(), specialist.id(), member.segment());
        }
        if (data.status() != TeamStatus.FORMING) {
            team = services.teams().changeStatus(loader, team.id(), team.version(), data.status());
        }
        for (AgreementData agreement : data.agreements()) {
            // signed before the term starts, so that the date is never in the future
            Agreement created = services.teams().createAgreement(loader, team.id(), new AgreementDraft(agreement.county(),
                    LocalDate.of(year - 1, 12, 20), LocalDate.of(year, 1, 1), LocalDate.of(year + 2, 12, 31),
                    agreement.tasks(), agreement.countyLeader(), agreement.liaison()));
            if (agreement.status() != AgreementStatus.DRAFT) {
                services.teams().changeAgreementStatus(loader, team.id(), created.id(), created.version(), agreement.status());
            }
        }
        return true;
    }

    private int dispatch(Map<String, Specialist> byName, int year, Map<String, List<String>> industries) {
        int created = 0;
        for (Specialist specialist : byName.values()) {
            if (specialist.status() != SpecialistStatus.ACTIVE) {
                continue;
            }
            for (String county : specialist.counties()) {
                boolean exists = services.assignments().search(new AssignmentFilter(county, year, specialist.id(), null, null),
                        PageRequest.first()).total() > 0;
                if (!exists) {
                    services.assignments().create(loader, new AssignmentDraft(specialist.id(), county, year, null,
                            industries.getOrDefault(specialist.name() + "@" + county, List.of()), List.of(), null));
                    created++;
                }
            }
        }
        return created;
    }

    private boolean loadWorkstation(WorkstationData data) {
        boolean exists = services.workstations().list().stream().anyMatch(w -> w.county().equals(data.county()));
        if (!exists) {
            services.workstations().save(loader, data.county(), null, new WorkstationDraft(data.name(), data.address(),
                    data.staff(), data.openedOn()));
        }
        return !exists;
    }

    private boolean loadSquad(SquadData data, int year) {
        long version = services.squads().get(data.county(), year).officersVersion();
        if (version == 0) {
            services.squads().updateOfficers(loader, data.county(), year, 0, new SquadOfficers(data.captain(),
                    data.deputyCaptain(), data.liaison()));
        }
        return version == 0;
    }

    private static Specialist specialist(Map<String, Specialist> byName, String name) {
        Specialist specialist = byName.get(name);
        if (specialist == null) {
            throw new IllegalStateException("The demo organisation names " + name + ", who is no demo specialist");
        }
        return specialist;
    }
}
