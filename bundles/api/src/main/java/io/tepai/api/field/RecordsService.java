package io.tepai.api.field;

import io.tepai.api.Actor;
import io.tepai.api.Page;
import io.tepai.api.PageRequest;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The registers that complete a specialist's record of service: training (R-TRN-1), demonstration bases and
 * mentored local leaders (R-SVC-1). A specialist keeps their own entries; the county keeps those in its county.
 */
@ProviderType
public interface RecordsService {

    Page<Training> trainings(Long specialistId, Integer year, PageRequest page);

    Training createTraining(Actor actor, TrainingDraft draft);

    void deleteTraining(Actor actor, long id, long expectedVersion);

    Page<DemonstrationBase> bases(String county, Long specialistId, Long teamId, PageRequest page);

    DemonstrationBase createBase(Actor actor, DemonstrationBaseDraft draft);

    DemonstrationBase updateBase(Actor actor, long id, long expectedVersion, DemonstrationBaseDraft draft);

    void deleteBase(Actor actor, long id, long expectedVersion);

    Page<Mentee> mentees(String county, Long specialistId, PageRequest page);

    Mentee createMentee(Actor actor, MenteeDraft draft);

    void deleteMentee(Actor actor, long id, long expectedVersion);
}
