package io.tepai.rest.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Issue 11 items 3, 5 and 7: what a write must be before any resource sees it. */
class RequestGuardTest {

    private static final String HOST = "localhost:8181";

    private final RequestGuard guard = new RequestGuard(RequestGuard.Settings.defaults());

    /** The refusal of a request with these headers (name, value, name, value …), sent to localhost:8181. */
    private static RequestGuard.Refusal refusal(RequestGuard guard, String method, String... headers) {
        Map<String, String> map = new HashMap<>();
        map.put("host", HOST);
        for (int i = 0; i < headers.length; i += 2) {
            map.put(headers[i].toLowerCase(), headers[i + 1]);
        }
        return guard.refusal(method, name -> map.get(name.toLowerCase()), HOST);
    }

    private RequestGuard.Refusal refusal(String method, String... headers) {
        return refusal(guard, method, headers);
    }

    // item 3 (b): cross-origin writes

    @Test
    void item3_aCrossSiteFormPostIsRefusedAsForbidden() {
        RequestGuard.Refusal refusal = refusal("POST", "Origin", "http://evil.example",
                "Content-Type", "application/x-www-form-urlencoded", "Content-Length", "3");
        assertEquals(403, refusal.status());
        assertTrue(refusal.detail().contains("http://evil.example:80"), refusal.detail());
    }

    @ParameterizedTest
    @ValueSource(strings = {"POST", "PUT", "PATCH", "DELETE"})
    void item3_everyWriteFromAnotherOriginIsRefused(String method) {
        assertEquals(403, refusal(method, "Origin", "http://evil.example").status());
        assertEquals(403, refusal(method, "Origin", "http://localhost:9999").status(), "another port");
        assertEquals(403, refusal(method, "Origin", "null").status(), "a sandboxed page");
        assertEquals(403, refusal(method, "Referer", "http://evil.example/page.html").status());
    }

    @Test
    void item3_theApisOwnPagesAndScriptsWithoutOriginMayWrite() {
        assertNull(refusal("POST", "Origin", "http://localhost:8181"));
        assertNull(refusal("POST", "Origin", "HTTP://LOCALHOST:8181"));
        assertNull(refusal("POST", "Referer", "http://localhost:8181/web/index.html"));
        assertNull(refusal("POST"), "curl without a body");
        assertNull(refusal("POST", "Content-Type", "application/json", "Content-Length", "2"));
    }

    @Test
    void item3_behindAProxyTheHostHeaderUnderTheOriginsSchemeIsTheApisOwn() {
        RequestGuard.Refusal refusal = new RequestGuard(RequestGuard.Settings.defaults()).refusal("POST",
                name -> name.equalsIgnoreCase("Host") ? "tepai.jiaozuo.gov.cn"
                        : name.equalsIgnoreCase("Origin") ? "https://tepai.jiaozuo.gov.cn" : null, "127.0.0.1:8181");
        assertNull(refusal);
    }

    @Test
    void item3_readsAreNotRefusedWhateverTheirOrigin() {
        assertNull(refusal("GET", "Origin", "http://evil.example"));
        assertNull(refusal("HEAD", "Referer", "http://evil.example/"));
    }

    @Test
    void item3_originsTheCityAllowedInConfigurationMayWrite() {
        RequestGuard allowing = new RequestGuard(TepaiApplication.settings(
                Map.of("allowedOrigins", "https://portal.jiaozuo.gov.cn, http://intranet:8080")));
        assertNull(refusal(allowing, "POST", "Origin", "https://portal.jiaozuo.gov.cn"));
        assertNull(refusal(allowing, "POST", "Origin", "http://intranet:8080"));
        assertEquals(403, refusal(allowing, "POST", "Origin", "http://evil.example").status());
    }

    // item 3 (a): body media types

    @ParameterizedTest
    @ValueSource(strings = {"application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "text/plain",
        "text/plain; charset=utf-8", "application/xml", "*/*", "application/json-patch+json", "garbage"})
    void item3_aWriteBodyThatIsNotJsonIsUnsupported(String contentType) {
        RequestGuard.Refusal refusal = refusal("POST", "Content-Type", contentType, "Content-Length", "2");
        assertEquals(415, refusal.status(), contentType);
        assertEquals(415, refusal("POST", "Content-Type", contentType).status(), "even without a body");
    }

    @Test
    void item3_aBodyWithoutContentTypeIsUnsupportedButABodilessActionIsFine() {
        assertEquals(415, refusal("POST", "Content-Length", "2").status());
        assertEquals(415, refusal("PUT", "Transfer-Encoding", "chunked").status());
        assertNull(refusal("POST", "Content-Length", "0"));
        assertNull(refusal("DELETE"));
        assertNull(refusal("POST", "Content-Type", "Application/JSON; charset=UTF-8", "Content-Length", "2"));
    }

    // item 5: charsets

    @ParameterizedTest
    @ValueSource(strings = {"nonexistent-charset", "ISO-8859-1", "UTF-16", "\"gbk\"", "utf-8x"})
    void item5_aBodyInAnotherCharsetIsUnsupportedNamingTheCharset(String charset) {
        RequestGuard.Refusal refusal = refusal("POST", "Content-Type", "application/json; charset=" + charset,
                "Content-Length", "2");
        assertEquals(415, refusal.status());
        assertTrue(refusal.detail().contains(charset.replace("\"", "")), refusal.detail());
        Problem problem = CharsetFilter.refusal("application/json; charset=" + charset, "/teams");
        assertEquals(415, problem.status());
        assertTrue(problem.detail().contains(charset.replace("\"", "")), problem.detail());
    }

    @ParameterizedTest
    @ValueSource(strings = {"application/json", "application/json; charset=UTF-8", "application/json;charset=utf8",
        "application/json; charset=\"utf-8\""})
    void item5_utf8UnderAnyOfItsNamesOrNoCharsetIsAccepted(String contentType) {
        assertNull(refusal("PUT", "Content-Type", contentType, "Content-Length", "2"));
        assertNull(CharsetFilter.refusal(contentType, "/teams/1"));
    }

    // item 7: body size

    @Test
    void item7_aDeclaredLengthOverTheLimitIsRefusedBeforeReading() {
        assertEquals(413, refusal("POST", "Content-Type", "application/json",
                "Content-Length", String.valueOf(160L * 1024 * 1024)).status());
        assertEquals(413, refusal("POST", "Content-Type", "application/json",
                "Content-Length", String.valueOf(1024 * 1024 + 1)).status());
        assertNull(refusal("POST", "Content-Type", "application/json", "Content-Length", String.valueOf(1024 * 1024)));
    }

    @Test
    void item7_theLimitIsConfigurable() {
        RequestGuard small = new RequestGuard(TepaiApplication.settings(Map.of("maxBodyBytes", "100")));
        assertEquals(413, refusal(small, "POST", "Content-Type", "application/json", "Content-Length", "101").status());
        assertEquals(RequestGuard.Settings.DEFAULT_MAX_BODY_BYTES, TepaiApplication.settings(Map.of()).maxBodyBytes());
        assertEquals(List.of(), TepaiApplication.settings(Map.of()).allowedOrigins());
        assertThrows(IllegalArgumentException.class, () -> TepaiApplication.settings(Map.of("maxBodyBytes", "0")));
    }

    @Test
    void item7_aBodyWithoutDeclaredLengthIsCountedAndStoppedAtTheLimit() throws Exception {
        byte[] exactly = new byte[100];
        try (InputStream in = new RequestGuard.LimitedInputStream(new ByteArrayInputStream(exactly), 100)) {
            assertArrayEquals(exactly, in.readAllBytes());
        }
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                return 'x';
            }
        };
        try (InputStream in = new RequestGuard.LimitedInputStream(endless, 100)) {
            RequestGuard.BodyTooLarge e = assertThrows(RequestGuard.BodyTooLarge.class, in::readAllBytes);
            assertEquals(100, e.limit());
        }
        try (InputStream in = new RequestGuard.LimitedInputStream(new ByteArrayInputStream(new byte[101]), 100)) {
            assertThrows(RequestGuard.BodyTooLarge.class, () -> {
                while (in.read() != -1) {
                    // reading byte by byte counts too
                }
            });
        }
    }

    @Test
    void item7_aBodyTooLargeForJsonReadingIsA413() throws Exception {
        InputStream big = new RequestGuard.LimitedInputStream(
                new ByteArrayInputStream(("{\"name\":\"" + "x".repeat(200) + "\"}").getBytes()), 100);
        RequestGuard.BodyTooLarge e = assertThrows(RequestGuard.BodyTooLarge.class,
                () -> Json.MAPPER.readTree(big));
        assertEquals(413, RequestGuard.tooLarge(new RuntimeException(e)).status());
        assertNull(RequestGuard.tooLarge(new RuntimeException("other")));
    }
    // issue 17: a bulk import's body is the file, under a limit of its own

    private RequestGuard.Refusal upload(String... headers) {
        Map<String, String> map = new HashMap<>();
        map.put("host", HOST);
        for (int i = 0; i < headers.length; i += 2) {
            map.put(headers[i].toLowerCase(), headers[i + 1]);
        }
        return guard.refusal("POST", name -> map.get(name.toLowerCase()), HOST, true);
    }

    @Test
    void anImportTakesCsvInItsCharsetOrAWorkbookAndNothingACrossSiteFormCouldSend() {
        assertTrue(RequestGuard.isImport("import/logs") && RequestGuard.isImport("/import/recipients"));
        assertNull(upload("Content-Type", "text/csv; charset=GBK", "Content-Length", "10"));
        assertNull(upload("Content-Type", "text/csv", "Content-Length", "10"));
        assertNull(upload("Content-Type", RequestGuard.XLSX, "Content-Length", "10"));
        assertEquals(415, upload("Content-Type", "text/csv; charset=klingon", "Content-Length", "10").status());
        assertEquals(415, upload("Content-Type", "multipart/form-data; boundary=x", "Content-Length", "10").status());
        assertEquals(415, upload("Content-Type", "text/plain", "Content-Length", "10").status());
        assertEquals(415, refusal("POST", "Content-Type", "text/csv; charset=GBK", "Content-Length", "10").status(),
                "elsewhere a body stays JSON in UTF-8");
        assertEquals(403, upload("Content-Type", "text/csv", "Origin", "http://evil.example").status());
    }

    @Test
    void anImportHasItsOwnSizeLimitAndEveryOtherWriteKeepsTheSmallOne() {
        String twoMiB = String.valueOf(2 * 1024 * 1024);
        assertNull(upload("Content-Type", "text/csv", "Content-Length", twoMiB));
        assertEquals(413, refusal("POST", "Content-Type", "application/json", "Content-Length", twoMiB).status());
        String tooMuch = String.valueOf(RequestGuard.Settings.DEFAULT_IMPORT_MAX_BODY_BYTES + 1);
        assertEquals(413, upload("Content-Type", "text/csv", "Content-Length", tooMuch).status());
        assertEquals(5, TepaiApplication.settings(Map.of("importMaxBodyBytes", "5")).importMaxBodyBytes());
        assertEquals(RequestGuard.Settings.DEFAULT_IMPORT_MAX_BODY_BYTES,
                TepaiApplication.settings(Map.of()).importMaxBodyBytes());
    }
}
