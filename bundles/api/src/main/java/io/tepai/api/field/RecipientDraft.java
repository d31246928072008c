package io.tepai.api.field;

import io.tepai.api.Contact;
import java.util.List;

/** The editable fields of a recipient. */
public record RecipientDraft(String name, RecipientKind kind, String county, Contact contact,
                             List<Long> specialistIds) {
}
