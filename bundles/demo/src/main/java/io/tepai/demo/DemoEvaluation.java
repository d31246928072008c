package io.tepai.demo;

import io.tepai.api.Actor;
import io.tepai.api.Page;
import io.tepai.api.PageRequest;
import io.tepai.api.dispatch.Assignment;
import io.tepai.api.dispatch.AssignmentFilter;
import io.tepai.api.evaluation.RoundDraft;
import io.tepai.api.evaluation.RoundFilter;
import io.tepai.api.team.Team;
import io.tepai.api.team.TeamFilter;
import io.tepai.api.team.TeamLevel;
import io.tepai.api.team.TeamStatus;
import io.tepai.spi.evaluation.SubjectKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * The demo's evaluation rounds for the current programme year, left as drafts so that a county can compute its
 * own: one specialist round per county with dispatched specialists (R-EVAL-2), one team round per county that leads
 * an active county-level team (R-TEAM-4) and the city's rounds of city teams, counties' work and units. A round that exists already (a resumed load) is kept.
 */
final class DemoEvaluation {

    private final Actor loader;
    private final DemoServices services;

    DemoEvaluation(Actor loader, DemoServices services) {
        this.loader = loader;
        this.services = services;
    }

    String load(int year) {
        TreeSet<String> counties = dispatchedCounties(year);
        List<RoundDraft> drafts = new ArrayList<>();
        counties.forEach(county -> drafts.add(new RoundDraft(year, SubjectKind.SPECIALIST, county)));
        TreeSet<String> leading = countiesLeadingTeams();
        leading.forEach(county -> drafts.add(new RoundDraft(year, SubjectKind.TEAM, county)));
        drafts.add(new RoundDraft(year, SubjectKind.TEAM, null));
        drafts.add(new RoundDraft(year, SubjectKind.COUNTY_WORK, null));
        drafts.add(new RoundDraft(year, SubjectKind.UNIT, null));
        int created = 0;
        for (RoundDraft draft : drafts) {
            boolean exists = services.evaluations().rounds(loader, new RoundFilter(year, draft.kind(), draft.county(),
                    null), new PageRequest(1, PageRequest.MAX_SIZE)).items().stream()
                    .anyMatch(round -> Objects.equals(round.county(), draft.county()));
            if (!exists) {
                services.evaluations().create(loader, draft);
                created++;
            }
        }
        if (created == 0) {
            return null;
        }
        return created + " draft evaluation rounds for " + year + " (" + counties.size() + " counties' specialist"
                + " rounds, " + leading.size() + " counties' team rounds, city teams, counties' work, units)";
    }

    /** The counties that lead an active county-level team. */
    private TreeSet<String> countiesLeadingTeams() {
        TreeSet<String> counties = new TreeSet<>();
        TeamFilter active = new TeamFilter(TeamLevel.COUNTY, null, TeamStatus.ACTIVE, null, null);
        Page<Team> page;
        int number = 0;
        do {
            page = services.teams().search(active, new PageRequest(++number, PageRequest.MAX_SIZE));
            page.items().forEach(team -> counties.add(team.county()));
        } while ((long) number * PageRequest.MAX_SIZE < page.total());
        return counties;
    }

    private TreeSet<String> dispatchedCounties(int year) {
        TreeSet<String> counties = new TreeSet<>();
        AssignmentFilter ofYear = new AssignmentFilter(null, year, null, null, null);
        Page<Assignment> page;
        int number = 0;
        do {
            page = services.assignments().search(ofYear, new PageRequest(++number, PageRequest.MAX_SIZE));
            page.items().forEach(assignment -> counties.add(assignment.county()));
        } while ((long) number * PageRequest.MAX_SIZE < page.total());
        return counties;
    }
}
