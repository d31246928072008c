package io.tepai.metrics.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ScrapeServletTest {

    private static final String TOKEN = "0123456789abcdef0123456789abcdef";
    private static final byte[] CONFIGURED = TOKEN.getBytes(StandardCharsets.UTF_8);

    @Test
    void theRightBearerTokenMayScrape() {
        assertEquals(0, ScrapeServlet.refusal(CONFIGURED, "Bearer " + TOKEN));
        assertEquals(0, ScrapeServlet.refusal(CONFIGURED, "bearer  " + TOKEN + " "));
    }

    @Test
    void aMissingWrongOrOtherCredentialIsUnauthorized() {
        assertEquals(401, ScrapeServlet.refusal(CONFIGURED, null));
        assertEquals(401, ScrapeServlet.refusal(CONFIGURED, "Bearer " + TOKEN.substring(1)));
        assertEquals(401, ScrapeServlet.refusal(CONFIGURED, "Bearer "));
        assertEquals(401, ScrapeServlet.refusal(CONFIGURED, "Basic YWRtaW46YWRtaW4="));
    }

    @Test
    void withoutATokenNothingMayScrape() {
        assertEquals(403, ScrapeServlet.refusal(null, "Bearer " + TOKEN));
        assertEquals(403, ScrapeServlet.refusal(null, null));
    }

    @Test
    void aShortOrBlankTokenKeepsScrapingOff() {
        assertEquals(null, ScrapeServlet.usable(null));
        assertEquals(null, ScrapeServlet.usable("   "));
        assertEquals(null, ScrapeServlet.usable("secret"));
        assertEquals(TOKEN, new String(ScrapeServlet.usable(" " + TOKEN + " "), StandardCharsets.UTF_8));
    }
}
