package io.tepai.core.security;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;

/**
 * Successful sign-ins, remembered for {@code loginCacheSeconds} (configuration {@code io.tepai.security}) because
 * every REST call signs in again (HTTP Basic) and the password hash is slow on purpose. A sign-in is kept as an
 * HMAC of name and password under a key that lives only in memory, never the password. Account administration
 * {@linkplain #forget forgets} an account around every change to it, and a sign-in that raced with such a change is
 * not remembered.
 *
 * <p>Shared by {@link SignIn}, which remembers, and {@link AccountAdministration}, which forgets; registered under
 * this class, which core does not export.
 */
@Component(service = RecentSignIns.class, configurationPid = "io.tepai.security")
public class RecentSignIns {

    private record Remembered(byte[] proof, Set<String> roles, Instant expires) {
    }

    private final Clock clock;
    private final Map<String, Remembered> remembered = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> changes = new ConcurrentHashMap<>();
    private final byte[] key = new byte[32];
    private volatile Duration keepFor = Duration.ofMinutes(5);

    @Activate
    public RecentSignIns(Map<String, Object> config) {
        this(Clock.systemUTC());
        configure(config);
    }

    RecentSignIns(Clock clock) {
        this.clock = clock;
        new SecureRandom().nextBytes(key);
    }

    @Modified
    void configure(Map<String, Object> config) {
        keepFor = Duration.ofSeconds(SecuritySettings.positive(config, "loginCacheSeconds", (int) keepFor.toSeconds()));
        remembered.clear();
    }

    /** The roles of a sign-in with this very name and password that is still remembered. */
    Optional<Set<String>> recall(String username, char[] password) {
        Remembered known = remembered.get(username);
        if (known != null && known.expires().isAfter(clock.instant())
                && MessageDigest.isEqual(known.proof(), proof(username, password))) {
            return Optional.of(known.roles());
        }
        return Optional.empty();
    }

    /** Taken before the account is read, for {@link #remember}: how many changes to it began so far. */
    long mark(String username) {
        return changes(username).get();
    }

    /**
     * Remembers a successful sign-in, unless a change to the account began since {@code mark}; a failed one
     * ({@code roles} empty) forgets what was remembered.
     */
    void remember(String username, char[] password, Optional<Set<String>> roles, long mark) {
        if (roles.isPresent() && changes(username).get() == mark) {
            remembered.put(username, new Remembered(proof(username, password), roles.get(),
                    clock.instant().plus(keepFor)));
        } else {
            remembered.remove(username);
        }
    }

    /** Called before and after every change to the account: no sign-in from before the change is used again. */
    void forget(String username) {
        changes(username).incrementAndGet();
        remembered.remove(username);
    }

    private AtomicLong changes(String username) {
        return changes.computeIfAbsent(username, name -> new AtomicLong());
    }

    private byte[] proof(String username, char[] password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            mac.update(username.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            ByteBuffer bytes = StandardCharsets.UTF_8.encode(CharBuffer.wrap(password));
            mac.update(bytes);
            return mac.doFinal();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java 17 runtime", e);
        }
    }
}
