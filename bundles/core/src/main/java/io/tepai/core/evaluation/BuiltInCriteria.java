package io.tepai.core.evaluation;

import io.tepai.core.field.Threshold;
import io.tepai.spi.evaluation.CriterionScore;
import io.tepai.spi.evaluation.SubjectData;
import io.tepai.spi.tier.ServiceThreshold;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.function.Function;

/**
 * The five dimensions of R-EVAL-1, scored from data where Tepai has it and from the evaluator's inputs where it does
 * not. Inputs are 0..100 by name: {@code organisation} and {@code publicity} are the evaluator's alone; a
 * {@code satisfaction} input (e.g. from a survey) takes the place of the recipients' ratings. A dimension with
 * neither data nor input is not scored, and its weight goes to the others.
 */
final class BuiltInCriteria {

    static final String ORGANISATION = "organisation";
    static final String DUTIES = "duties";
    static final String RESULTS = "results";
    static final String SATISFACTION = "satisfaction";
    static final String PUBLICITY = "publicity";

    /** A built-in dimension: trusted core code, so it runs in the caller's thread without a time limit. */
    record Dimension(String id, String nameZh, String nameEn, Function<SubjectFacts, CriterionScore> scorer) {
    }

    static final List<Dimension> ALL = List.of(
            new Dimension(ORGANISATION, "组织领导", "Organisation and leadership",
                    facts -> input(facts.data(), ORGANISATION, "评价人录入")),
            new Dimension(DUTIES, "工作履职", "Performance of duties", BuiltInCriteria::duties),
            new Dimension(RESULTS, "服务绩效", "Service results", BuiltInCriteria::results),
            new Dimension(SATISFACTION, "服务对象满意度", "Recipient satisfaction", BuiltInCriteria::satisfaction),
            new Dimension(PUBLICITY, "宣传报道", "Publicity", facts -> input(facts.data(), PUBLICITY, "评价人录入")));

    private BuiltInCriteria() {
    }

    private static CriterionScore input(SubjectData data, String name, String what) {
        BigDecimal value = data.manualInputs().get(name);
        return value == null
                ? CriterionScore.notApplicable("待评价人录入（输入项 " + name + "）")
                : new CriterionScore(value, what + " " + plain(value) + " 分");
    }

    /**
     * R-SVC-2 against R-EVAL-1 "performance of duties": each specialist's confirmed field days or services as a
     * share of their tier's threshold (whichever is nearer, capped at 100%), averaged over the subject's specialists.
     * A team's duty is also its agreements (R-SVC-2 "teams fulfil their agreements", issue 20): when its counties
     * have judged any agreed task, the dimension is half the members' threshold share and half the tasks' fulfilment
     * (fulfilled 1, partly ½, not fulfilled 0, over the judged tasks); tasks nobody judged yet are named, not scored,
     * since judging them is the county's duty, not the team's.
     */
    static CriterionScore duties(SubjectFacts facts) {
        CriterionScore members = membersDuties(facts);
        SubjectFacts.AgreementTasks tasks = facts.tasks();
        if (tasks.total() == 0) {
            return members;
        }
        String tasksText = "协议任务 " + tasks.total() + " 项：已完成 " + tasks.fulfilled() + "、部分完成 " + tasks.partly()
                + "、未完成 " + tasks.notFulfilled() + "、未评定 " + (tasks.total() - tasks.assessed());
        if (tasks.assessed() == 0) {
            return members.applies() ? new CriterionScore(members.score(), tasksText + "；" + members.explanation())
                    : CriterionScore.notApplicable(tasksText + "；" + members.explanation());
        }
        double taskScore = 100 * tasks.share();
        tasksText += "（完成度 " + Math.round(taskScore) + "%）";
        return members.applies()
                ? CriterionScore.of((members.score().doubleValue() + taskScore) / 2, tasksText + "；成员："
                        + members.explanation() + "；各占一半")
                : CriterionScore.of(taskScore, tasksText);
    }

    private static CriterionScore membersDuties(SubjectFacts facts) {
        List<SubjectFacts.Fulfilment> measured = facts.fulfilment().stream()
                .filter(f -> f.threshold() != null && !f.threshold().isNone()).toList();
        if (measured.isEmpty()) {
            return CriterionScore.notApplicable("没有适用年度服务门槛的特派员");
        }
        double sum = 0;
        int met = 0;
        for (SubjectFacts.Fulfilment f : measured) {
            double share = share(f);
            sum += share;
            if (share >= 1) {
                met++;
            }
        }
        double score = 100 * sum / measured.size();
        if (measured.size() == 1) {
            SubjectFacts.Fulfilment f = measured.get(0);
            return CriterionScore.of(score, "确认服务 " + plain(f.days()) + " 天、" + f.services() + " 次；门槛 "
                    + threshold(f.threshold()) + (share(f) >= 1 ? "，已达标" : "，未达标"));
        }
        return CriterionScore.of(score, measured.size() + " 名特派员中 " + met + " 名达到年度服务门槛，平均完成 "
                + Math.round(score) + "%");
    }

    private static double share(SubjectFacts.Fulfilment f) {
        return Math.min(1, Threshold.fulfilled(f.threshold(), f.days(), f.services()));
    }

    private static String threshold(ServiceThreshold t) {
        String days = t.minFieldDays().signum() > 0 ? plain(t.minFieldDays()) + " 天" : "";
        String services = t.minServices() > 0 ? t.minServices() + " 次" : "";
        return days.isEmpty() ? services : services.isEmpty() ? days : days + "或" + services;
    }

    /**
     * R-EVAL-1 "service results" per specialist: 2 points per confirmed service (at most 40), 5 per training given
     * (20), 10 per demonstration base (20), 5 per mentee (10), and up to 10 for the share of services that record
     * outcome indicators. A group's counts are per specialist.
     */
    static CriterionScore results(SubjectFacts facts) {
        SubjectData data = facts.data();
        int people = Math.max(1, data.specialists());
        long given = data.trainings().stream().filter(SubjectData.TrainingRecord::gave).count();
        SubjectFacts.ServiceTotals served = facts.services();
        long withOutcomes = served.withOutcomes();
        double services = Math.min(40, 2.0 * served.count() / people);
        double training = Math.min(20, 5.0 * given / people);
        // the bases built in the programme year only, as 武陟县's 示范基地建设 counts them (R-EVAL-1, issue 20)
        double bases = Math.min(20, 10.0 * data.bases().size() / people);
        double mentees = Math.min(10, 5.0 * data.mentees() / people);
        double outcomes = served.count() == 0 ? 0 : 10.0 * withOutcomes / served.count();
        String per = people > 1 ? "（" + people + " 名特派员人均计分）" : "";
        return CriterionScore.of(services + training + bases + mentees + outcomes,
                "确认服务 " + served.count() + " 次、授课 " + given + " 次、新建示范基地 " + data.bases().size()
                        + " 个、带徒 " + data.mentees() + " 人、记录成效的服务 " + withOutcomes + " 次" + per);
    }

    /** R-EVAL-1 "recipient satisfaction": the evaluator's survey input, else the mean rating (1..5) × 20. */
    static CriterionScore satisfaction(SubjectFacts facts) {
        SubjectData data = facts.data();
        if (data.manualInputs().containsKey(SATISFACTION)) {
            return input(data, SATISFACTION, "满意度调查");
        }
        SubjectFacts.ServiceTotals served = facts.services();
        if (served.rated() == 0) {
            return CriterionScore.notApplicable("没有服务对象评分，也没有满意度调查录入");
        }
        double mean = served.meanRating();
        return CriterionScore.of(mean * 20, served.rated() + " 次服务评分，平均 "
                + BigDecimal.valueOf(mean).setScale(2, RoundingMode.HALF_UP).toPlainString() + " / 5");
    }

    private static String plain(BigDecimal number) {
        return number.stripTrailingZeros().toPlainString();
    }
}
