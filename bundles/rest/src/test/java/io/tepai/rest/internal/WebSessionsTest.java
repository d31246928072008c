package io.tepai.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WebSessionsTest {

    private static final JaasAuthenticator.Login WUZHI = new JaasAuthenticator.Login("wuzhi", Set.of("county"));

    private Instant now = Instant.parse("2026-12-05T08:00:00Z");
    private final WebSessions sessions = new WebSessions(() -> now);

    @Test
    void aSessionLivesWhileUsedAndEndsAfterTheIdleTimeout() {
        WebSessions.Session session = sessions.open(WUZHI);
        assertNotEquals(session.id(), session.csrf());
        now = now.plus(WebSessions.IDLE).minusSeconds(1);
        assertEquals(WUZHI, sessions.use(session.id()).orElseThrow().login());
        // the use above started the idle time again
        now = now.plus(WebSessions.IDLE).minusSeconds(1);
        assertTrue(sessions.use(session.id()).isPresent());
        now = now.plus(WebSessions.IDLE);
        assertTrue(sessions.use(session.id()).isEmpty());
    }

    @Test
    void signingOutAndUnknownIdsAreNoSession() {
        WebSessions.Session session = sessions.open(WUZHI);
        sessions.close(session.id());
        assertTrue(sessions.use(session.id()).isEmpty());
        assertTrue(sessions.use("guessed").isEmpty());
        assertTrue(sessions.use(null).isEmpty());
        now = now.plus(Duration.ofSeconds(1));
        assertNotEquals(session.id(), sessions.open(WUZHI).id());
    }
}
