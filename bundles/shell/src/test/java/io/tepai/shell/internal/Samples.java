package io.tepai.shell.internal;

import io.tepai.api.dispatch.Assignment;
import io.tepai.api.evaluation.Adjustment;
import io.tepai.api.evaluation.CriterionLine;
import io.tepai.api.evaluation.EvaluationResult;
import io.tepai.api.evaluation.LineStatus;
import io.tepai.api.evaluation.Round;
import io.tepai.api.evaluation.RoundStatus;
import io.tepai.api.incentive.IncentiveGrant;
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
import io.tepai.spi.evaluation.Grade;
import io.tepai.spi.evaluation.Subject;
import io.tepai.spi.evaluation.SubjectKind;
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
                LocalDate.of(2028, 12, 31), tasks, java.util.stream.IntStream.range(0, tasks.size())
                        .mapToObj(i -> new io.tepai.api.team.AgreementTask(i + 1, tasks.get(i),
                                i == 0 ? io.tepai.api.team.TaskFulfilment.FULFILLED : null,
                                i == 0 ? List.of(31L, 32L) : List.of(), i == 0 ? "现场核实" : "",
                                i == 0 ? "wuzhi-kjj" : null, null))
                        .toList(), countyLeader, liaison, status, null, true, 2);
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
                LocalDate.of(2026, 3, 3), new BigDecimal("1.5"), LogKind.TECHNICAL_GUIDANCE, "四大怀药",
                YAM_DESCRIPTION,
                Map.of("farmersTrained", new BigDecimal("40"), "areaMu", new BigDecimal("120.50")), status,
                status == LogStatus.RETURNED ? "请补充培训人数的签到表" : "", satisfaction,
                confirmed ? "讲解细致，问题当场解决" : "", confirmed ? "wuzhi" : "",
                confirmed ? Instant.parse("2026-03-05T02:30:00.250Z") : null, "", "", true, 3,
                Instant.parse("2026-03-03T10:00:00.5Z"), Instant.parse("2026-03-04T11:00:00Z"));
    }

    /** A one-day log with nothing but the essentials. */
    static ServiceLog oneDayLog(long id, LogStatus status) {
        return new ServiceLog(id, 9, "郭明亮", "xiuwu", List.of(), LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 1),
                new BigDecimal("0.5"), LogKind.E_COMMERCE, null, "直播带货", Map.of(), status, "", null, "", "", null, "", "",
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

    static final Subject LI_HUA = new Subject(SubjectKind.SPECIALIST, "7", "李华", "wuzhi", "hpu", "city",
            Set.of("四大怀药"));

    /** 武陟县's specialist round of 2026 with 20 subjects, 3 of them excellent (the 15% quota). */
    static Round round(long id, RoundStatus status, boolean stale, List<String> problems) {
        return new Round(id, 2026, SubjectKind.SPECIALIST, "wuzhi", "county:wuzhi", status, stale, 20,
                Map.of(Grade.EXCELLENT, 3, Grade.GOOD, 9, Grade.PASS, 8), 3, problems,
                Instant.parse("2026-12-01T02:00:00Z"), "wuzhi", Instant.parse("2026-12-02T03:00:00Z"), null, null, 5);
    }

    /**
     * 李华's result in round 3: 88.5 points, computed 优秀 but moved to 良好 by the cap, with one scored built-in line
     * and one failed plug-in line.
     */
    static EvaluationResult result(long id, Adjustment adjustment) {
        return new EvaluationResult(id, 3, 2026, LI_HUA, new BigDecimal("88.50"), 4, Grade.EXCELLENT, Grade.GOOD,
                "moved down from 优秀 by the 15% cap: 4th of 20, quota 3", List.of(
                        new CriterionLine("duties", "履职情况", "Duties", "built-in", 30, new BigDecimal("0.75"),
                                new BigDecimal("92.00"), LineStatus.SCORED, "32 confirmed field days against 30"),
                        new CriterionLine("wuzhi-demo-bases", "示范基地建设", "Demonstration bases", "io.tepai.plugin.wuzhi",
                                10, BigDecimal.ZERO, null, LineStatus.FAILED, "timed out after 2000 ms")),
                Map.of("organisation", new BigDecimal("85"), "publicity", new BigDecimal("70.5")), adjustment, null,
                null, 6);
    }

    static IncentiveGrant grant(long id, String policy, BigDecimal amount) {
        return new IncentiveGrant(id, 3, 41, 2026, LI_HUA, Grade.EXCELLENT, policy, "built-in", "GREEN_CHANNEL",
                "市科技计划项目申报绿色通道，优先立项支持", amount, Instant.parse("2026-12-20T02:00:00Z"));
    }
}
