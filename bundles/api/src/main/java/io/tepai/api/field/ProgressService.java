package io.tepai.api.field;

import io.tepai.api.Actor;
import io.tepai.api.PageRequest;
import org.osgi.annotation.versioning.ProviderType;

/** Annual thresholds and progress (R-SVC-2). Which year is current is {@link io.tepai.api.calendar.ProgrammeCalendar}'s. */
@ProviderType
public interface ProgressService {

    /**
     * Progress the actor may read: the city office and the auditor all of it, a county its squad's (the specialists
     * dispatched to it that year), a unit its own specialists', a specialist their own.
     *
     * @throws io.tepai.api.ForbiddenException when the filter asks for more than the actor may read
     */
    Progress progress(Actor actor, int year, ProgressFilter filter);

    /**
     * The same with one page of the specialists (issue 17): for a large county or the whole city, whose every
     * specialist is too many to compute or send at once.
     *
     * @throws io.tepai.api.ForbiddenException when the filter asks for more than the actor may read
     */
    ProgressPage progress(Actor actor, int year, ProgressFilter filter, PageRequest page);
}
