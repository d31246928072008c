package io.tepai.api.intake;

import java.util.List;

/** A candidate as the public notice and the appointment list show them: no contact data. */
public record NoticedCandidate(long registrationId, long specialistId, String name, String unitCode, String unitName,
                               String title, List<String> fields, RegistrationStatus status) {
}
