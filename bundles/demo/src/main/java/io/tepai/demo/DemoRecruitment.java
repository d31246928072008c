package io.tepai.demo;

import io.tepai.api.Actor;
import io.tepai.api.PageRequest;
import io.tepai.api.demand.Demand;
import io.tepai.api.demand.DemandFilter;
import io.tepai.api.demand.DemandStatus;
import io.tepai.api.demand.MatchDraft;
import io.tepai.api.intake.CandidateDecision;
import io.tepai.api.intake.Intake;
import io.tepai.api.intake.IntakeDraft;
import io.tepai.api.intake.ObjectionDraft;
import io.tepai.api.intake.Registration;
import io.tepai.api.intake.RegistrationDraft;
import io.tepai.api.intake.StepDraft;
import io.tepai.api.intake.StepKind;
import io.tepai.api.specialist.ChainSegment;
import io.tepai.api.specialist.Classification;
import io.tepai.api.specialist.Sector;
import io.tepai.api.specialist.SpecialistDraft;
import io.tepai.api.specialist.SpecialistStatus;
import io.tepai.spi.tier.Degree;
import io.tepai.spi.tier.TitleLevel;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The demo's recruitment (R-REC-1, R-REC-2), through the API services: last year's intake completed (two candidates
 * appointed with a term, one dropped at the expert review), and next year's in its public notice with an open
 * objection. Dates are counted back from today so that the completed one's notice has ended and the other's runs.
 * Skipped when a demo intake exists. The candidates name no county they wish to serve, so that the demo's dispatch
 * (made from those wishes) leaves the appointees to the year's two-way selection (R-REC-3).
 */
final class DemoRecruitment {

    private record Candidate(String name, String unit, String title, String field, String county) {
    }

    private static final List<Candidate> COMPLETED = List.of(
            new Candidate("范晓农", "henau", "副教授", "怀山药病虫害绿色防控", "wenxian"),
            new Candidate("季丰年", "haas", "副研究员", "小麦绿色高产栽培", "wuzhi"),
            new Candidate("龚立新", "jzu", "讲师", "农村电商直播", "wenxian"));
    private static final List<Candidate> IN_NOTICE = List.of(
            new Candidate("蒋可书", "hpu", "副教授", "设施蔬菜水肥一体化", "wuzhi"),
            new Candidate("滕雨桐", "jzaas", "高级农艺师", "怀菊花良种繁育", "wenxian"));

    private final Actor loader;
    private final DemoServices services;

    DemoRecruitment(Actor loader, DemoServices services) {
        this.loader = loader;
        this.services = services;
    }

    String load(int year, LocalDate today) {
        boolean loaded = services.intakes().intakes(null, null, PageRequest.first()).items().stream()
                .anyMatch(Intake::sample);
        if (loaded) {
            return null;
        }
        completed(year, today.minusDays(150));
        inNotice(year + 1, today);
        return "2 intakes: " + year + " appointed, " + (year + 1) + " in public notice with an open objection";
    }

    /** Registration closed 150 days ago; review, meeting, consultation and a notice that ended long since. */
    private void completed(int year, LocalDate deadline) {
        Intake intake = services.intakes().open(loader, new IntakeDraft(year, year + "年焦作市科技特派员选聘",
                deadline));
        List<Registration> forms = register(intake, COMPLETED, deadline);
        List<CandidateDecision> review = new ArrayList<>();
        review.add(new CandidateDecision(forms.get(0).id(), true, new BigDecimal("91.5"), ""));
        review.add(new CandidateDecision(forms.get(1).id(), true, new BigDecimal("86.0"), ""));
        review.add(new CandidateDecision(forms.get(2).id(), false, new BigDecimal("58.0"),
                "服务经历不足一年，材料未附服务证明"));
        steps(intake.id(), deadline, review);
        LocalDate start = deadline.plusDays(12);
        Intake noticed = services.intakes().startNotice(loader, intake.id(), version(intake.id()), start, null);
        services.intakes().appoint(loader, intake.id(), noticed.version(), noticed.noticeEnd().plusDays(3), null,
                null);
    }

    /** Registration closed 20 days ago; the notice started today, an objection raised against the first candidate. */
    private void inNotice(int year, LocalDate today) {
        LocalDate deadline = today.minusDays(20);
        Intake intake = services.intakes().open(loader, new IntakeDraft(year, year + "年焦作市科技特派员选聘",
                deadline));
        List<Registration> forms = register(intake, IN_NOTICE, deadline);
        steps(intake.id(), deadline, forms.stream().map(form -> new CandidateDecision(form.id(), true,
                new BigDecimal("88.0"), "")).toList());
        services.intakes().startNotice(loader, intake.id(), version(intake.id()), today, null);
        services.intakes().raiseObjection(loader, intake.id(), new ObjectionDraft(forms.get(0).id(), today,
                "某合作社（署名来信）", "反映该同志去年承诺的技术指导未按期到位"));
    }

    /** Each candidate: a CANDIDATE of their unit, a contact on a published demand of their county, registered. */
    private List<Registration> register(Intake intake, List<Candidate> candidates, LocalDate deadline) {
        List<Registration> forms = new ArrayList<>();
        for (Candidate c : candidates) {
            long id = services.specialists().create(loader, new SpecialistDraft(c.name(), c.unit(),
                    TitleLevel.ASSOCIATE_SENIOR, c.title(), Degree.MASTER, List.of(c.field()), Set.of(Sector.PRIMARY),
                    Set.of(ChainSegment.PRODUCTION), "city", Classification.PUBLIC_WELFARE, List.of(),
                    "", "", "在" + c.county() + "开展技术服务两年", "", SpecialistStatus.CANDIDATE)).id();
            Demand demand = services.demands().search(loader, new DemandFilter(c.county(), null,
                    DemandStatus.PUBLISHED, null), PageRequest.first()).items().get(0);
            services.demands().contact(loader, demand.id(), new MatchDraft(id, null, "与联系人电话沟通，约定实地查看"));
            forms.add(services.intakes().register(loader, intake.id(), new RegistrationDraft(id,
                    List.of(demand.id()), unitSeal(c.unit()), deadline.minusDays(3))));
        }
        return forms;
    }

    private void steps(long intake, LocalDate deadline, List<CandidateDecision> review) {
        services.intakes().recordStep(loader, intake, version(intake), new StepDraft(StepKind.REVIEW,
                deadline.plusDays(4), "评审专家：王教授、李研究员、赵高级农艺师", "按评分确定拟推荐人选",
                "依据报名材料与服务需求匹配度评分", review));
        services.intakes().recordStep(loader, intake, version(intake), new StepDraft(StepKind.MEETING,
                deadline.plusDays(6), "局长办公会：局长、分管副局长、农村科技科", "同意评审结果", "评审程序合规",
                List.of()));
        services.intakes().recordStep(loader, intake, version(intake), new StepDraft(StepKind.CONSULTATION,
                deadline.plusDays(8), "市委组织部、市财政局、市人社局、市乡村振兴局", "各成员单位无异议",
                "征求领导小组成员单位意见", List.of()));
    }

    private long version(long intake) {
        return services.intakes().get(intake).version();
    }

    private static String unitSeal(String unit) {
        return unit + " 科技处（盖章）";
    }
}
