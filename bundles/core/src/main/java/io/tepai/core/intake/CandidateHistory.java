package io.tepai.core.intake;

import io.tepai.api.intake.HistoryEntry;
import io.tepai.api.intake.StepKind;
import io.tepai.store.Repositories;
import io.tepai.store.entity.IntakeEntity;
import io.tepai.store.entity.ObjectionEntity;
import io.tepai.store.entity.RegistrationEntity;
import io.tepai.store.entity.SelectionDecisionEntity;
import io.tepai.store.entity.SelectionStepEntity;
import io.tepai.store.entity.SpecialistTermEntity;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A candidate's whole selection, oldest first (R-REC-2): registration with the unit's stamp, each step with what it
 * decided on them (a step that did not name them let them through), the notice, objections and their resolution,
 * the appointment with the term.
 */
final class CandidateHistory {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    private CandidateHistory() {
    }

    static List<HistoryEntry> of(Repositories repos, RegistrationEntity candidate) {
        IntakeEntity intake = IntakeServiceImpl.find(repos, candidate.getIntakeId());
        List<HistoryEntry> events = new ArrayList<>();
        // copied: the row's lazily read list would print as itself, not as its ids
        events.add(new HistoryEntry(candidate.getConfirmedOn(), "REGISTERED", "demands "
                + List.copyOf(candidate.getDemandIds()), "confirmed by " + candidate.getConfirmedBy(),
                candidate.getRegisteredBy()));
        Map<Long, SelectionDecisionEntity> decisions = repos.intakes().decisionsOn(candidate.getId()).stream()
                .collect(Collectors.toMap(SelectionDecisionEntity::getStepId, Function.identity()));
        LocalDate dropped = null;
        for (SelectionStepEntity step : repos.intakes().steps(intake.getId())) {
            if (dropped != null) {
                break;
            }
            SelectionDecisionEntity decision = decisions.get(step.getId());
            String outcome = decision == null ? "passed" : (decision.isPassed() ? "passed" : "dropped")
                    + (decision.getScore() == null ? "" : ", score " + decision.getScore().toPlainString());
            String reason = decision == null || decision.getNote().isEmpty() ? step.getReason() : decision.getNote();
            events.add(new HistoryEntry(step.getHeldOn(), step.getKind(), outcome,
                    reason + " (" + Selection.name(StepKind.valueOf(step.getKind())) + ": " + step.getDecision() + ")",
                    step.getRecordedBy()));
            if (decision != null && !decision.isPassed()) {
                dropped = step.getHeldOn();
            }
        }
        if (dropped == null && intake.getNoticeStart() != null) {
            events.add(new HistoryEntry(intake.getNoticeStart(), "NOTICE", "public notice until "
                    + intake.getNoticeEnd(), intake.getNoticeDays() + " working days", null));
        }
        for (ObjectionEntity objection : repos.intakes().objectionsAgainst(candidate.getId())) {
            events.add(new HistoryEntry(objection.getRaisedOn(), "OBJECTION", "raised by " + objection.getRaisedBy(),
                    objection.getContent(), objection.getRecordedBy()));
            if (objection.getResolvedAt() != null) {
                events.add(new HistoryEntry(LocalDate.ofInstant(objection.getResolvedAt(), BEIJING),
                        "OBJECTION_" + objection.getStatus(), objection.getStatus().equals("UPHELD") ? "dropped"
                        : "kept", objection.getResolution(), objection.getResolvedBy()));
            }
        }
        for (SpecialistTermEntity term : repos.terms().ofIntake(intake.getId(), List.of(candidate.getSpecialistId()))) {
            events.add(new HistoryEntry(intake.getAppointedOn(), "APPOINTED", "term " + term.getStart() + " .. "
                    + term.getEnd(), term.getReason(), term.getRecordedBy()));
        }
        events.sort(Comparator.comparing(HistoryEntry::on));
        return events;
    }
}
