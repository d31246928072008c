package io.tepai.core.roster;

import io.tepai.api.specialist.SpecialistStatus;

/**
 * What the audit trail shows of a specialist the roster moves out (R-REC-4): their standing, not their whole profile.
 * Public because the trail reads it by reflection.
 */
public record SpecialistStanding(long id, String name, String unitCode, SpecialistStatus status) {
}
