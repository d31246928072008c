package io.tepai.realm.internal;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The wrong passwords already counted against an account within one ssh connection. An ssh client retries a password
 * within its connection on its own (OpenSSH asks again up to three times and tries keyboard-interactive and then
 * password; Karaf's bin/client sends one password to both methods), so one mistyped password in a script counted as
 * four failed sign-ins, and one more mistake over REST locked the account. A repeat of a password that already
 * failed for this user in this connection tells nobody anything new, so it is refused without asking the accounts
 * and is not counted again; a different password in the same connection is a new guess and is counted, so the lockout
 * still stops guessing.
 *
 * <p>A connection is the client's address and port as Karaf's ssh server gives it (a {@code ClientPrincipal} in the
 * JAAS subject). REST sign-ins carry none and are counted one by one. Only an HMAC of connection, user and password
 * is kept, under a key that lives in memory only, for {@link #KEEP} (longer than the ssh server lets a connection
 * take to sign in); at most {@link #MAX_ENTRIES} are kept, and when more arrive at once the oldest memory is dropped,
 * which only means a repeat is counted again.
 */
final class ConnectionFailures {

    static final Duration KEEP = Duration.ofMinutes(5);
    static final int MAX_ENTRIES = 10_000;

    private final Clock clock;
    private final byte[] key = new byte[32];
    private final Map<String, Instant> failed = new ConcurrentHashMap<>();

    ConnectionFailures(Clock clock) {
        this.clock = clock;
        new SecureRandom().nextBytes(key);
    }

    /** Whether this password already failed for this user in this connection, recently. */
    boolean alreadyFailed(String connection, String username, char[] password) {
        Instant until = failed.get(proof(connection, username, password));
        return until != null && until.isAfter(clock.instant());
    }

    /** Remembers a failed sign-in of this user with this password in this connection. */
    void failed(String connection, String username, char[] password) {
        Instant now = clock.instant();
        if (failed.size() >= MAX_ENTRIES) {
            failed.values().removeIf(until -> !until.isAfter(now));
            if (failed.size() >= MAX_ENTRIES) {
                failed.clear();
            }
        }
        failed.put(proof(connection, username, password), now.plus(KEEP));
    }

    int size() {
        return failed.size();
    }

    private String proof(String connection, String username, char[] password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            mac.update(connection.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            mac.update(username.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            ByteBuffer bytes = StandardCharsets.UTF_8.encode(CharBuffer.wrap(password));
            byte[] secret = new byte[bytes.remaining()];
            bytes.get(secret);
            mac.update(secret);
            Arrays.fill(secret, (byte) 0);
            if (bytes.hasArray()) {
                Arrays.fill(bytes.array(), (byte) 0);
            }
            return Base64.getEncoder().encodeToString(mac.doFinal());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java 17 runtime", e);
        }
    }
}
