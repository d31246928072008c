package io.tepai.api.team;

/**
 * A person holding a leading role: a team's co-leader, a county's liaison lead, a squad's captain. Leaders are
 * usually officials or unit heads, not specialists, so they are named here rather than referenced.
 *
 * @param name     full name; empty means the role is not filled
 * @param position office held, e.g. 副县长, 科技局局长
 * @param phone    phone number as written
 */
public record Leader(String name, String position, String phone) {

    public static final Leader NONE = new Leader("", "", "");

    public Leader {
        name = name == null ? "" : name.strip();
        position = position == null ? "" : position.strip();
        phone = phone == null ? "" : phone.strip();
    }

    /** Whether someone holds the role. */
    public boolean hasName() {
        return !name.isEmpty();
    }

    /** {@code null} reads as "nobody". */
    public static Leader orNone(Leader leader) {
        return leader == null ? NONE : leader;
    }
}
