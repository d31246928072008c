package io.tepai.shell.internal;

import io.tepai.api.dispatch.Assignment;
import io.tepai.api.specialist.ChainSegment;
import io.tepai.api.specialist.Classification;
import io.tepai.api.specialist.Sector;
import io.tepai.api.specialist.Specialist;
import io.tepai.api.specialist.SpecialistStatus;
import io.tepai.api.team.Agreement;
import io.tepai.api.team.AgreementStatus;
import io.tepai.api.team.Leader;
import io.tepai.api.team.Team;
import io.tepai.api.team.TeamLevel;
import io.tepai.api.team.TeamMember;
import io.tepai.api.team.TeamStatus;
import io.tepai.spi.tier.Degree;
import io.tepai.spi.tier.SupportLevel;
import io.tepai.spi.tier.TitleLevel;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

final class Samples {

    private Samples() {
    }

    static Specialist specialist(String eligibilityException) {
        return new Specialist(7, "李华", "hpu", TitleLevel.ASSOCIATE_SENIOR, "副教授", Degree.DOCTORATE,
                List.of("怀山药栽培", "病虫害防治"), Set.of(Sector.SECONDARY, Sector.PRIMARY),
                Set.of(ChainSegment.PROCESSING, ChainSegment.PRODUCTION), "city", Classification.PUBLIC_WELFARE,
                List.of("wenxian", "wuzhi"), "13800000000", "lihua@hpu.edu.cn", "2019年起驻村服务",
                eligibilityException, SpecialistStatus.ACTIVE, true, 4, Instant.parse("2025-01-02T03:04:05.678Z"),
                Instant.parse("2025-02-03T04:05:06Z"));
    }

    static final Leader DEPUTY_MAGISTRATE = new Leader("张伟", "副县长", "13900000001");

    static Team team(List<TeamMember> members) {
        return new Team(3, "四大怀药产业服务团", "四大怀药", TeamLevel.CITY, "", "henau", LocalDate.of(2026, 1, 1),
                LocalDate.of(2028, 12, 31), TeamStatus.ACTIVE, new Leader("王建国", "河南农业大学副校长", ""), members,
                members.stream().map(TeamMember::segment).collect(Collectors.toSet()), true, 5,
                Instant.parse("2026-01-02T03:04:05.678Z"), Instant.parse("2026-02-03T04:05:06Z"));
    }

    static TeamMember member(long specialistId, String name, ChainSegment segment) {
        return new TeamMember(specialistId, name, "hpu", segment, LocalDate.of(2026, 1, 15));
    }

    static Agreement agreement(long id, String county, AgreementStatus status, List<String> tasks,
                               Leader countyLeader, Leader liaison) {
        return new Agreement(id, 3, "四大怀药产业服务团", county, LocalDate.of(2026, 1, 10), LocalDate.of(2026, 1, 1),
                LocalDate.of(2028, 12, 31), tasks, countyLeader, liaison, status, null, true, 2);
    }

    static Assignment assignment(long id, int year, String exceptionReason) {
        return new Assignment(id, 7, "李华", "hpu", "wuzhi", year, SupportLevel.CITY, List.of("怀山药", "大米"),
                List.of("武陟县怀药合作社"), exceptionReason, true, 1, Instant.parse("2026-01-20T00:00:00Z"));
    }
}
