package io.tepai.api.org;

import io.tepai.api.Contact;

/**
 * A university, research institute or public extension institution that specialists work for.
 *
 * @param code    stable short code, e.g. {@code hpu} (河南理工大学)
 * @param nameZh  Chinese name
 * @param nameEn  English name, may be empty
 * @param type    kind of unit
 * @param contact the unit's contact for the programme
 * @param sample  true for records of the demo data set
 * @param version optimistic-locking version
 */
public record DispatchingUnit(String code, String nameZh, String nameEn, UnitType type, Contact contact,
                              boolean sample, long version) {
}
