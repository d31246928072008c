package io.tepai.api;

/**
 * One problem with one input field.
 *
 * @param field   the field's name as the caller sent it, e.g. {@code titleLevel}
 * @param message what is wrong, in words a user can act on
 */
public record FieldError(String field, String message) {
}
