package io.tepai.rest.internal;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.osgi.service.component.annotations.Component;

/**
 * The web pages' server sessions: a signed-in user behind a random id the browser keeps in an HttpOnly cookie,
 * with the CSRF token every write from that session must repeat in a header. Kept in memory on purpose: a restart
 * signs everybody out, and no session outlives {@link #IDLE} without a request.
 */
@Component(service = WebSessions.class)
public class WebSessions {

    /** The HttpOnly, SameSite=Strict cookie that carries the session id. */
    static final String SESSION_COOKIE = "TEPAI_SESSION";
    /** The readable cookie the pages copy into {@link #CSRF_HEADER} (double submit); the session holds the same. */
    static final String CSRF_COOKIE = "TEPAI_CSRF";
    static final String CSRF_HEADER = "X-CSRF-Token";
    /** Signed out after this long without a request. */
    static final Duration IDLE = Duration.ofMinutes(30);

    /** A session: who signed in, the CSRF token of the session, and when it was last used. */
    record Session(String id, JaasAuthenticator.Login login, String csrf, Instant lastSeen) {
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Map<String, Session> sessions = new ConcurrentHashMap<>();
    private final Supplier<Instant> clock;

    public WebSessions() {
        this(Instant::now);
    }

    WebSessions(Supplier<Instant> clock) {
        this.clock = clock;
    }

    Session open(JaasAuthenticator.Login login) {
        Instant now = clock.get();
        sessions.values().removeIf(session -> expired(session, now));
        Session session = new Session(token(), login, token(), now);
        sessions.put(session.id(), session);
        return session;
    }

    /** The live session with this id, its idle time started again; empty when unknown or idle too long. */
    Optional<Session> use(String id) {
        if (id == null) {
            return Optional.empty();
        }
        Instant now = clock.get();
        return Optional.ofNullable(sessions.computeIfPresent(id,
                (key, session) -> expired(session, now) ? null
                        : new Session(session.id(), session.login(), session.csrf(), now)));
    }

    void close(String id) {
        if (id != null) {
            sessions.remove(id);
        }
    }

    private static boolean expired(Session session, Instant now) {
        return !session.lastSeen().plus(IDLE).isAfter(now);
    }

    private static String token() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
