package io.tepai.demo;

import io.tepai.api.Actor;
import io.tepai.api.Page;
import io.tepai.api.PageRequest;
import io.tepai.api.field.LogFilter;
import io.tepai.api.field.LogStatus;
import io.tepai.api.field.ServiceLog;
import io.tepai.api.team.Agreement;
import io.tepai.api.team.AgreementStatus;
import io.tepai.api.team.AgreementTask;
import io.tepai.api.team.TaskFulfilment;
import io.tepai.api.team.TaskFulfilmentDraft;
import io.tepai.api.team.TeamMember;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The demo's judged agreement tasks (R-SVC-2): on every active agreement the signing county records its first task
 * as fulfilled, citing a confirmed log of a team member there in the programme year when there is one (else with a
 * note only), and its second as partly fulfilled with a note; the rest stay open, so team progress shows fulfilled,
 * partly and open tasks side by side. A task already judged (a resumed load) is kept.
 */
final class DemoAgreementTasks {

    private final Actor loader;
    private final DemoServices services;

    DemoAgreementTasks(Actor loader, DemoServices services) {
        this.loader = loader;
        this.services = services;
    }

    String load(int year) {
        int recorded = 0;
        Page<Agreement> page;
        int number = 0;
        do {
            page = services.teams().searchAgreements(null, AgreementStatus.ACTIVE,
                    new PageRequest(++number, PageRequest.MAX_SIZE));
            for (Agreement agreement : page.items()) {
                recorded += judge(agreement, year);
            }
        } while ((long) number * PageRequest.MAX_SIZE < page.total());
        return recorded == 0 ? null : recorded + " agreed tasks judged by their counties";
    }

    private int judge(Agreement agreement, int year) {
        List<AgreementTask> tasks = agreement.taskFulfilment();
        int recorded = 0;
        Agreement current = agreement;
        if (!tasks.isEmpty() && tasks.get(0).fulfilment() == null) {
            Optional<Long> evidence = memberLog(current, year);
            current = services.teams().recordTaskFulfilment(loader, current.teamId(), current.id(), current.version(),
                    1, new TaskFulfilmentDraft(TaskFulfilment.FULFILLED, evidence.map(List::of).orElse(List.of()),
                            "县科技局现场核实，任务已完成"));
            recorded++;
        }
        if (tasks.size() > 1 && tasks.get(1).fulfilment() == null) {
            services.teams().recordTaskFulfilment(loader, current.teamId(), current.id(), current.version(), 2,
                    new TaskFulfilmentDraft(TaskFulfilment.PARTLY, List.of(), "已完成约一半，年底前继续推进"));
            recorded++;
        }
        return recorded;
    }

    /** A confirmed log of one of the team's members in the agreement's county in the year, if any. */
    private Optional<Long> memberLog(Agreement agreement, int year) {
        // within the agreement's term too: evidence from outside it is refused (R-SVC-2)
        LocalDate from = max(services.calendar().firstDay(year), agreement.termStart());
        LocalDate to = min(services.calendar().lastDay(year), agreement.termEnd());
        for (TeamMember member : services.teams().get(agreement.teamId()).members()) {
            List<ServiceLog> logs = services.logs().search(loader, new LogFilter(member.specialistId(),
                    agreement.county(), null, null, LogStatus.CONFIRMED, from, to), PageRequest.first()).items()
                    .stream().filter(log -> !log.startDate().isBefore(from) && !log.endDate().isAfter(to)).toList();
            if (!logs.isEmpty()) {
                return Optional.of(logs.get(0).id());
            }
        }
        return Optional.empty();
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
