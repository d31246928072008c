package io.tepai.core.intake;

import io.tepai.api.intake.CandidateDecision;
import io.tepai.api.intake.Intake;
import io.tepai.api.intake.IntakeStatus;
import io.tepai.api.intake.NoticedCandidate;
import io.tepai.api.intake.Objection;
import io.tepai.api.intake.ObjectionStatus;
import io.tepai.api.intake.Registration;
import io.tepai.api.intake.RegistrationStatus;
import io.tepai.api.intake.SelectionStep;
import io.tepai.api.intake.StepKind;
import io.tepai.store.Repositories;
import io.tepai.store.entity.IntakeEntity;
import io.tepai.store.entity.ObjectionEntity;
import io.tepai.store.entity.RegistrationEntity;
import io.tepai.store.entity.SelectionDecisionEntity;
import io.tepai.store.entity.SelectionStepEntity;
import io.tepai.store.entity.SpecialistEntity;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Rows to API records; the specialists and units a page names are read in one query each, never one per row. */
final class IntakeMapper {

    private IntakeMapper() {
    }

    static Intake intake(IntakeEntity e) {
        return new Intake(e.getId(), e.getYear(), e.getTitle(), e.getDeadline(), IntakeStatus.valueOf(e.getStatus()),
                e.getNoticeStart(), e.getNoticeEnd(), e.getNoticeDays(), e.getAppointedOn(), e.getOpenedBy(),
                e.getOpenedAt(), e.isSample(), e.getVersion());
    }

    static Registration registration(Repositories repos, RegistrationEntity row) {
        return registrations(repos, List.of(row)).get(0);
    }

    static List<Registration> registrations(Repositories repos, List<RegistrationEntity> rows) {
        Map<Long, SpecialistEntity> specialists = specialists(repos, rows.stream()
                .map(RegistrationEntity::getSpecialistId).toList());
        return rows.stream().map(row -> {
            SpecialistEntity s = specialists.get(row.getSpecialistId());
            return new Registration(row.getId(), row.getIntakeId(), row.getSpecialistId(), s.getName(),
                    row.getUnitCode(), s.getTitle(), List.copyOf(s.getFields()), List.copyOf(row.getDemandIds()),
                    row.getConfirmedBy(), row.getConfirmedOn(), RegistrationStatus.valueOf(row.getStatus()),
                    row.getDropReason(), row.getRegisteredBy(), row.getRegisteredAt(), row.isSample(),
                    row.getVersion());
        }).toList();
    }

    static List<NoticedCandidate> noticed(Repositories repos, List<RegistrationEntity> rows) {
        Map<Long, SpecialistEntity> specialists = specialists(repos, rows.stream()
                .map(RegistrationEntity::getSpecialistId).toList());
        Map<Object, String> units = repos.funding().names("DispatchingUnit", "code", "nameZh",
                rows.stream().map(RegistrationEntity::getUnitCode).distinct().toList());
        return rows.stream().map(row -> {
            SpecialistEntity s = specialists.get(row.getSpecialistId());
            return new NoticedCandidate(row.getId(), row.getSpecialistId(), s.getName(), row.getUnitCode(),
                    units.get(row.getUnitCode()), s.getTitle(), List.copyOf(s.getFields()),
                    RegistrationStatus.valueOf(row.getStatus()));
        }).toList();
    }

    static SelectionStep step(SelectionStepEntity e, List<SelectionDecisionEntity> decisions) {
        return new SelectionStep(e.getId(), e.getIntakeId(), StepKind.valueOf(e.getKind()), e.getHeldOn(),
                e.getParticipants(), e.getDecision(), e.getReason(), decisions.stream()
                .filter(d -> d.getStepId() == e.getId())
                .map(d -> new CandidateDecision(d.getRegistrationId(), d.isPassed(), d.getScore(), d.getNote()))
                .toList(), e.getRecordedBy(), e.getRecordedAt());
    }

    static Objection objection(Repositories repos, ObjectionEntity row) {
        return objections(repos, List.of(row)).get(0);
    }

    static List<Objection> objections(Repositories repos, List<ObjectionEntity> rows) {
        List<Long> registrationIds = rows.stream().map(ObjectionEntity::getRegistrationId).distinct().toList();
        Map<Long, String> candidates = candidateNames(repos, registrationIds);
        return rows.stream().map(e -> new Objection(e.getId(), e.getIntakeId(), e.getRegistrationId(),
                candidates.get(e.getRegistrationId()), e.getRaisedOn(), e.getRaisedBy(), e.getContent(),
                ObjectionStatus.valueOf(e.getStatus()), e.getResolution(), e.getResolvedBy(), e.getResolvedAt(),
                e.getRecordedBy(), e.getRecordedAt(), e.isSample(), e.getVersion())).toList();
    }

    private static Map<Long, String> candidateNames(Repositories repos, Collection<Long> registrationIds) {
        List<RegistrationEntity> registrations = repos.intakes().registrations(registrationIds);
        Map<Long, SpecialistEntity> specialists = specialists(repos, registrations.stream()
                .map(RegistrationEntity::getSpecialistId).toList());
        return registrations.stream().collect(Collectors.toMap(RegistrationEntity::getId,
                r -> specialists.get(r.getSpecialistId()).getName()));
    }

    static Map<Long, SpecialistEntity> specialists(Repositories repos, Collection<Long> ids) {
        return repos.specialists().byIds(ids.stream().distinct().toList()).stream()
                .collect(Collectors.toMap(SpecialistEntity::getId, Function.identity()));
    }
}
