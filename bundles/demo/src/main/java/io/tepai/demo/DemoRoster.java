package io.tepai.demo;

import io.tepai.api.Actor;
import io.tepai.api.NotFoundException;
import io.tepai.api.Page;
import io.tepai.api.PageRequest;
import io.tepai.api.dispatch.Assignment;
import io.tepai.api.dispatch.AssignmentFilter;
import io.tepai.api.evaluation.EvaluationResult;
import io.tepai.api.evaluation.ResultFilter;
import io.tepai.api.evaluation.Round;
import io.tepai.api.evaluation.RoundFilter;
import io.tepai.api.evaluation.RoundStatus;
import io.tepai.api.roster.CountyNeed;
import io.tepai.api.roster.CountyRequestDraft;
import io.tepai.api.roster.Roster;
import io.tepai.api.roster.Wish;
import io.tepai.api.roster.WishDraft;
import io.tepai.spi.evaluation.Grade;
import io.tepai.spi.evaluation.SubjectKind;
import java.util.Comparator;
import java.util.List;

/**
 * The demo's roster of next year (R-REC-4), prepared as a draft with all three outcomes: 博爱县's specialist round of
 * this year is published (its best made 良好 and its last 不合格 by hand, with reasons, as a county would), one
 * 修武县 specialist wishes to leave, 郭明亮 (guoml) to stay, 博爱县 asks to keep a specialist and 孟州市 to release
 * one. A load that finds next year's roster kept.
 */
final class DemoRoster {

    private final Actor loader;
    private final DemoServices services;

    DemoRoster(Actor loader, DemoServices services) {
        this.loader = loader;
        this.services = services;
    }

    String load(int year) {
        int next = year + 1;
        try {
            services.rosters().roster(loader, next);
            return null;
        } catch (NotFoundException e) {
            // not prepared yet: load it below
        }
        String published = publishBoai(year);
        List<Assignment> xiuwu = dispatched("xiuwu", year);
        if (!xiuwu.isEmpty()) {
            services.rosterInputs().recordWish(loader, new WishDraft(next, xiuwu.get(0).specialistId(), Wish.LEAVE,
                    "回单位承担国家重点研发计划项目，明年无法保证驻点服务时间", null));
        }
        services.specialists().search(new io.tepai.api.specialist.SpecialistFilter(null, null, null, null, null,
                "郭明亮", null), PageRequest.first()).items().stream().findFirst().ifPresent(guo ->
                services.rosterInputs().recordWish(loader, new WishDraft(next, guo.id(), Wish.STAY,
                        "愿继续服务武陟县四大怀药产业", null)));
        List<Assignment> boai = dispatched("boai", year);
        if (boai.size() > 1) {
            services.rosterInputs().recordCountyRequest(loader, new CountyRequestDraft(next, "boai",
                    boai.get(1).specialistId(), CountyNeed.KEEP, "清化姜产业升级仍需其技术指导", null));
        }
        List<Assignment> mengzhou = dispatched("mengzhou", year);
        if (!mengzhou.isEmpty()) {
            services.rosterInputs().recordCountyRequest(loader, new CountyRequestDraft(next, "mengzhou",
                    mengzhou.get(mengzhou.size() - 1).specialistId(), CountyNeed.RELEASE,
                    "本县该产业已组建县级服务团，明年不再需要", null));
        }
        Roster roster = services.rosters().prepare(loader, next, null);
        return "draft roster of " + next + " " + roster.outcomes() + published;
    }

    /** 博爱县's specialist round of the year, computed, two grades set by hand, reviewed and published. */
    private String publishBoai(int year) {
        Round round = services.evaluations().rounds(loader, new RoundFilter(year, SubjectKind.SPECIALIST, "boai",
                null), PageRequest.first()).items().stream().findFirst().orElse(null);
        if (round == null || round.status() == RoundStatus.PUBLISHED) {
            return "";
        }
        services.evaluations().compute(loader, round.id());
        List<EvaluationResult> results = services.evaluations().results(loader, new ResultFilter(round.id(), null,
                null, null, null, null), new PageRequest(1, PageRequest.MAX_SIZE)).items().stream()
                .sorted(Comparator.comparingInt(EvaluationResult::rank)).toList();
        if (results.size() > 1) {
            EvaluationResult best = results.get(0);
            services.evaluations().adjust(loader, best.id(), best.version(), Grade.GOOD,
                    "清化姜脱毒种苗示范成效显著，经县考核小组研究定为良好");
            EvaluationResult last = results.get(results.size() - 1);
            services.evaluations().adjust(loader, last.id(), last.version(), Grade.FAIL,
                    "全年驻点服务严重不足且未按期整改，经县考核小组研究定为不合格");
        }
        Round computed = services.evaluations().round(loader, round.id());
        Round reviewed = services.evaluations().review(loader, round.id(), computed.version());
        services.evaluations().publish(loader, round.id(), reviewed.version());
        return ", from 博爱县's published round " + round.id();
    }

    private List<Assignment> dispatched(String county, int year) {
        Page<Assignment> page = services.assignments().search(new AssignmentFilter(county, year, null, null, null),
                new PageRequest(1, PageRequest.MAX_SIZE));
        return page.items().stream().sorted(Comparator.comparingLong(Assignment::specialistId)).toList();
    }
}
