package io.tepai.api.field;

import io.tepai.api.Actor;
import io.tepai.api.Page;
import io.tepai.api.PageRequest;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The training register of a specialist's record (R-TRN-1): training they gave or attended. The specialist keeps
 * their own entries, their dispatching unit keeps them too. Entries are written once and corrected by deleting and
 * entering again.
 */
@ProviderType
public interface TrainingService {

    /** Newest first; {@code specialistId} and {@code year} (calendar year of the date) may be null. */
    Page<Training> trainings(Long specialistId, Integer year, PageRequest page);

    Training createTraining(Actor actor, TrainingDraft draft);

    void deleteTraining(Actor actor, long id, long expectedVersion);
}
