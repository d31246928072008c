package io.tepai.api.org;

import io.tepai.api.Contact;

/**
 * The editable fields of a dispatching unit, as sent to create or update one.
 * The code cannot change after creation.
 */
public record UnitDraft(String code, String nameZh, String nameEn, UnitType type, Contact contact) {
}
