package io.tepai.core.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PasswordsTest {

    private final Passwords passwords = new Passwords(1_000);

    @Test
    void aHashIsSaltedAndVerifies() {
        String first = passwords.hash("correct horse".toCharArray());
        String second = passwords.hash("correct horse".toCharArray());
        assertTrue(first.startsWith("pbkdf2-sha256$1000$"));
        assertNotEquals(first, second, "a fresh salt each time");
        assertTrue(passwords.matches("correct horse".toCharArray(), first));
        assertFalse(passwords.matches("correct horse!".toCharArray(), first));
        assertFalse(first.contains("correct"));
    }

    @Test
    void theWorkFactorTravelsWithTheHash() {
        String old = new Passwords(2_000).hash("s3cret-pass".toCharArray());
        assertTrue(passwords.matches("s3cret-pass".toCharArray(), old));
    }

    @Test
    void malformedStoredHashesNeverMatch() {
        assertFalse(passwords.matches("x".toCharArray(), null));
        assertFalse(passwords.matches("x".toCharArray(), "plain-text"));
        assertFalse(passwords.matches("x".toCharArray(), "pbkdf2-sha256$1000$!!!$???"));
        assertFalse(passwords.matches("x".toCharArray(), "md5$1$a$b"));
    }
}
