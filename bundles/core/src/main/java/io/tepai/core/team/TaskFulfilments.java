package io.tepai.core.team;

import io.tepai.api.ConflictException;
import io.tepai.api.FieldError;
import io.tepai.api.RuleViolationException;
import io.tepai.api.ValidationException;
import io.tepai.api.team.AgreementStatus;
import io.tepai.api.team.TaskFulfilment;
import io.tepai.api.team.TaskFulfilmentDraft;
import io.tepai.core.validation.FieldErrors;
import io.tepai.store.Repositories;
import io.tepai.store.entity.AgreementEntity;
import io.tepai.store.entity.ServiceLogEntity;
import io.tepai.store.entity.TeamEntity;
import io.tepai.store.entity.TeamMemberRow;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * R-SVC-2 "teams fulfil their agreements" (issue 20): what a county may record about one agreed task. A task is
 * judged on an agreement in force or ended, never on a draft (409). Fulfilled or partly fulfilled needs evidence — a
 * confirmed log or a note; a log is evidence only if a member of the team served in the agreement's county within
 * its term, so that no log of another team, county or time can be cited.
 */
final class TaskFulfilments {

    /** The most logs one task cites; the column holds them as text. */
    static final int MAX_EVIDENCE = 20;
    private static final int MAX_NOTE = 2000;

    private TaskFulfilments() {
    }

    /** Checks the draft's own fields (400) and returns its evidence ids without repeats. */
    static List<Long> validate(TaskFulfilmentDraft draft, int taskNumber, int tasks) {
        if (draft == null) {
            throw ValidationException.of("body", "a fulfilment is required");
        }
        FieldErrors errors = new FieldErrors().required("fulfilment", draft.fulfilment())
                .optionalText("note", draft.note(), MAX_NOTE);
        if (taskNumber < 1 || taskNumber > tasks) {
            errors.add("task", "the agreement has tasks 1.." + tasks + "; there is no task " + taskNumber);
        }
        List<Long> evidence = new ArrayList<>(draft.evidenceLogIds() == null ? List.of()
                : new LinkedHashSet<>(draft.evidenceLogIds()));
        if (evidence.remove(null)) {
            errors.add("evidenceLogIds", "must be log ids");
        }
        if (evidence.size() > MAX_EVIDENCE) {
            errors.add("evidenceLogIds", "at most " + MAX_EVIDENCE + " logs per task");
        }
        errors.throwIfAny();
        return evidence;
    }

    /** The rule itself: a judged agreement, evidence for what is claimed, and evidence of this team's service. */
    static void check(Repositories repos, TeamEntity team, AgreementEntity agreement, TaskFulfilmentDraft draft,
                      List<Long> evidence) {
        if (AgreementStatus.DRAFT.name().equals(agreement.getStatus())) {
            throw new ConflictException("Agreement " + agreement.getId() + " is a draft: its tasks are judged once"
                    + " it is in force");
        }
        String note = draft.note() == null ? "" : draft.note().strip();
        if (draft.fulfilment() != TaskFulfilment.NOT_FULFILLED && evidence.isEmpty() && note.isEmpty()) {
            throw new RuleViolationException("R-SVC-2", "a task recorded as " + draft.fulfilment()
                    + " needs evidence: a confirmed service log of the team or a note",
                    List.of(new FieldError("evidenceLogIds", "name a log or write a note")));
        }
        Set<Long> members = team.getMembers().stream().map(TeamMemberRow::getSpecialistId)
                .collect(Collectors.toSet());
        Map<Long, ServiceLogEntity> logs = repos.logs().byIds(evidence).stream()
                .collect(Collectors.toMap(ServiceLogEntity::getId, Function.identity()));
        List<FieldError> wrong = new ArrayList<>();
        for (long id : evidence) {
            ServiceLogEntity log = logs.get(id);
            String why = log == null ? "no such log"
                    : !"CONFIRMED".equals(log.getStatus()) ? "is " + log.getStatus() + ", not confirmed"
                    : !members.contains(log.getSpecialistId()) ? "is not a team member's"
                    : !agreement.getCountyCode().equals(log.getCountyCode()) ? "is in " + log.getCountyCode()
                            + ", not in " + agreement.getCountyCode()
                    : log.getStartDate().isAfter(agreement.getTermEnd())
                            || log.getEndDate().isBefore(agreement.getTermStart()) ? "lies outside the agreement's term"
                    : null;
            if (why != null) {
                wrong.add(new FieldError("evidenceLogIds", "log " + id + " " + why));
            }
        }
        if (!wrong.isEmpty()) {
            throw new RuleViolationException("R-SVC-2", "evidence must be confirmed service of team " + team.getId()
                    + "'s members in " + agreement.getCountyCode() + " within the agreement's term", wrong);
        }
    }
}
