package io.tepai.api.specialist;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Reads specialists' terms (聘期). Terms are written by the steps that decide them: an intake's appointment
 * (R-REC-2), the roster adjustment (R-REC-4), or the city office's documented exception
 * ({@link SpecialistService#appointByException}).
 */
@ProviderType
public interface TermService {

    /**
     * Every term of the specialist, oldest first.
     *
     * @throws io.tepai.api.NotFoundException if no specialist has this id
     */
    List<Term> history(long specialistId);

    /** The specialist's term covering {@code day}, if any (the latest when terms overlap). */
    Optional<Term> on(long specialistId, LocalDate day);
}
