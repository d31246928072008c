package io.tepai.core.roster;

import io.tepai.api.RuleViolationException;
import io.tepai.api.specialist.SpecialistStatus;
import io.tepai.store.entity.SpecialistEntity;

/**
 * R-REC-4: a specialist adjusted out of the roster (EXITED) has left the programme: they are no longer dispatched and
 * log no more service. What they did before stays readable.
 */
public final class Exited {

    private Exited() {
    }

    /** Refuses the step for a specialist who has left the programme. */
    public static void refuse(SpecialistEntity specialist, String what) {
        if (SpecialistStatus.EXITED.name().equals(specialist.getStatus())) {
            throw new RuleViolationException("R-REC-4", "specialist " + specialist.getId() + " (" + specialist.getName()
                    + ") has left the programme (EXITED) and cannot " + what + "; their records stay readable");
        }
    }
}
