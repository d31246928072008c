package io.tepai.api.org;

import io.tepai.api.Actor;
import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/** Reads the counties and edits what may change about them. */
@ProviderType
public interface CountyService {

    /** All counties, in the official order. */
    List<County> list();

    /** @throws io.tepai.api.NotFoundException if no county has this code */
    County get(String code);

    /**
     * Replaces a county's leading industries.
     *
     * @param expectedVersion the version the caller last read
     * @throws io.tepai.api.ConflictException if the county changed since
     */
    County updateLeadingIndustries(Actor actor, String code, long expectedVersion, List<String> industries);
}
