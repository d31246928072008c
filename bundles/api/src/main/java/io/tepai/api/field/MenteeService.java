package io.tepai.api.field;

import io.tepai.api.Actor;
import io.tepai.api.Page;
import io.tepai.api.PageRequest;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The register of local leaders a specialist mentors (R-SVC-1). The mentoring specialist keeps their entries, the
 * mentee's county keeps those in the county. Entries are written once and corrected by deleting and entering again.
 */
@ProviderType
public interface MenteeService {

    /** Every filter may be null. */
    Page<Mentee> mentees(String county, Long specialistId, PageRequest page);

    Mentee createMentee(Actor actor, MenteeDraft draft);

    void deleteMentee(Actor actor, long id, long expectedVersion);
}
