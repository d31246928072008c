package io.tepai.shell.internal;

import io.tepai.api.dispatch.Assignment;
import io.tepai.api.field.CoordinationRequest;
import io.tepai.api.field.LogKind;
import io.tepai.api.field.LogStatus;
import io.tepai.api.field.ProgressStatus;
import io.tepai.api.field.RequestStatus;
import io.tepai.api.field.RequestStep;
import io.tepai.api.field.ServiceLog;
import io.tepai.api.field.SpecialistProgress;
import io.tepai.api.field.Urgency;
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
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
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

    static final String YAM_DESCRIPTION = "指导合作社怀山药标准化种植，现场讲解病虫害防治和测土配方施肥技术";

    /**
     * A two-day log of 李华 in 武陟县, 1.5 field days, with the given status; a confirmed one is confirmed by wuzhi
     * with the given rating.
     */
    static ServiceLog log(long id, LogStatus status, Integer satisfaction) {
        boolean confirmed = status == LogStatus.CONFIRMED;
        return new ServiceLog(id, 7, "李华", "wuzhi", List.of(12L, 13L), LocalDate.of(2026, 3, 2),
                LocalDate.of(2026, 3, 3), new BigDecimal("1.5"), LogKind.TECHNICAL_GUIDANCE, YAM_DESCRIPTION,
                Map.of("farmersTrained", new BigDecimal("40"), "areaMu", new BigDecimal("120.50")), status,
                status == LogStatus.RETURNED ? "请补充培训人数的签到表" : "", satisfaction,
                confirmed ? "讲解细致，问题当场解决" : "", confirmed ? "wuzhi" : "",
                confirmed ? Instant.parse("2026-03-05T02:30:00.250Z") : null, "", true, 3,
                Instant.parse("2026-03-03T10:00:00.5Z"), Instant.parse("2026-03-04T11:00:00Z"));
    }

    /** A one-day log with nothing but the essentials. */
    static ServiceLog oneDayLog(long id, LogStatus status) {
        return new ServiceLog(id, 9, "郭明亮", "xiuwu", List.of(), LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 1),
                new BigDecimal("0.5"), LogKind.E_COMMERCE, "直播带货", Map.of(), status, "", null, "", "", null, "",
                false, 1, Instant.parse("2026-04-01T12:00:00Z"), Instant.parse("2026-04-01T12:00:00Z"));
    }

    static final String PROBLEM = "怀山药大面积出现炭疽病，合作社自行用药无效，需植保专家现场诊断";

    static CoordinationRequest request(long id, RequestStatus status, boolean overdue, List<Long> members,
                                       List<RequestStep> steps) {
        return new CoordinationRequest(id, 7, "李华", "wuzhi", 12L, PROBLEM, Urgency.HIGH, status, "team:3", members,
                steps, Instant.parse("2026-11-02T01:15:30.9Z"), overdue, true, 2);
    }

    static SpecialistProgress progress(long id, String name, String days, int services, ProgressStatus status,
                                       String explanation) {
        return new SpecialistProgress(id, name, "hpu", "city", new BigDecimal("30"), 12, new BigDecimal(days),
                services, status, explanation);
    }
}
