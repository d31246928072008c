package io.tepai.rest.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class BasicAuthFilterTest {

    @Test
    void basicCredentialsAreParsedOrRefused() {
        String header = "Basic " + Base64.getEncoder().encodeToString("city:pa:ss".getBytes(StandardCharsets.UTF_8));
        assertArrayEquals(new String[] {"city", "pa:ss"}, BasicAuthFilter.credentials(header).orElseThrow());
        assertTrue(BasicAuthFilter.credentials("Bearer abc").isEmpty());
        assertTrue(BasicAuthFilter.credentials("Basic %%%").isEmpty());
        String noColon = "Basic " + Base64.getEncoder().encodeToString("city".getBytes(StandardCharsets.UTF_8));
        assertTrue(BasicAuthFilter.credentials(noColon).isEmpty());
    }
}
