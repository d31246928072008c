package io.tepai.core.team;

import io.tepai.api.specialist.ChainSegment;
import io.tepai.api.team.Agreement;
import io.tepai.api.team.AgreementStatus;
import io.tepai.api.team.AgreementTask;
import io.tepai.api.team.TaskFulfilment;
import io.tepai.api.team.Team;
import io.tepai.api.team.TeamLevel;
import io.tepai.api.team.TeamMember;
import io.tepai.api.team.TeamStatus;
import io.tepai.store.Repositories;
import io.tepai.store.entity.AgreementEntity;
import io.tepai.store.entity.AgreementTaskRow;
import io.tepai.store.entity.SpecialistEntity;
import io.tepai.store.entity.TeamEntity;
import io.tepai.store.entity.TeamMemberRow;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Builds the API records of teams and agreements from their entities. */
public final class TeamMapper {

    private TeamMapper() {
    }

    static Team team(Repositories repos, TeamEntity e) {
        List<TeamMember> members = e.getMembers().stream().map(row -> member(repos, row)).toList();
        Set<ChainSegment> composition = EnumSet.noneOf(ChainSegment.class);
        members.forEach(member -> composition.add(member.segment()));
        return new Team(e.getId(), e.getName(), e.getIndustry(), TeamLevel.valueOf(e.getLevel()),
                e.getCountyCode() == null ? "" : e.getCountyCode(), e.getUnitCode(), e.getTermStart(),
                e.getTermEnd(), TeamStatus.valueOf(e.getStatus()), Leaders.toRecord(e.getDispatchingLeader()),
                members, composition, e.isSample(), e.getVersion(), e.getCreatedAt(), e.getUpdatedAt());
    }

    private static TeamMember member(Repositories repos, TeamMemberRow row) {
        Optional<SpecialistEntity> specialist = repos.specialists().find(row.getSpecialistId());
        return new TeamMember(row.getSpecialistId(), specialist.map(SpecialistEntity::getName).orElse(""),
                specialist.map(SpecialistEntity::getUnitCode).orElse(""), ChainSegment.valueOf(row.getSegment()),
                row.getJoinedOn());
    }

    static Agreement agreement(Repositories repos, AgreementEntity e) {
        String teamName = repos.teams().find(e.getTeamId()).map(TeamEntity::getName).orElse("");
        return new Agreement(e.getId(), e.getTeamId(), teamName, e.getCountyCode(), e.getSignedOn(),
                e.getTermStart(), e.getTermEnd(), e.getTasks().stream().map(AgreementTaskRow::getTask).toList(),
                tasks(e), Leaders.toRecord(e.getCountyLeader()),
                Leaders.toRecord(e.getLiaison()), AgreementStatus.valueOf(e.getStatus()), e.getEndedOn(),
                e.isSample(), e.getVersion());
    }

    /** The agreement's tasks, numbered from 1, with what the county recorded (R-SVC-2). */
    public static List<AgreementTask> tasks(AgreementEntity e) {
        List<AgreementTaskRow> rows = e.getTasks();
        List<AgreementTask> tasks = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            AgreementTaskRow row = rows.get(i);
            tasks.add(new AgreementTask(i + 1, row.getTask(), row.getFulfilment() == null ? null
                    : TaskFulfilment.valueOf(row.getFulfilment()), row.getEvidenceLogIds(), row.getNote(),
                    row.getRecordedBy(), row.getRecordedAt()));
        }
        return tasks;
    }
}
