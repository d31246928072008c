package io.tepai.api;

/**
 * How to reach a person or an office. Any part may be empty.
 *
 * @param name  contact person
 * @param phone phone number as written by the user
 * @param email e-mail address
 */
public record Contact(String name, String phone, String email) {

    public static final Contact NONE = new Contact("", "", "");

    public Contact {
        name = name == null ? "" : name.strip();
        phone = phone == null ? "" : phone.strip();
        email = email == null ? "" : email.strip();
    }
}
