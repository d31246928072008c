package io.tepai.api.field;

import io.tepai.api.Contact;
import java.util.List;

/**
 * A recipient of service (受援对象) in a county. Its contact person tracks the specialists' duties and confirms
 * their service logs (R-SVC-3).
 *
 * @param id            stable numeric identifier
 * @param name          e.g. 武陟县大封镇怀药专业合作社
 * @param kind          kind of recipient
 * @param county        the county's code
 * @param contact       the contact person named by the recipient location
 * @param specialistIds the specialists serving it
 * @param sample        true for records of the demo data set
 * @param version       optimistic-locking version
 */
public record Recipient(long id, String name, RecipientKind kind, String county, Contact contact,
                        List<Long> specialistIds, boolean sample, long version) {

    public Recipient {
        specialistIds = List.copyOf(specialistIds);
    }
}
