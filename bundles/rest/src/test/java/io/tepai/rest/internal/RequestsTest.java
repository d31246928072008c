package io.tepai.rest.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tepai.api.ValidationException;
import io.tepai.api.org.UnitDraft;
import io.tepai.api.org.UnitType;
import io.tepai.api.specialist.SpecialistStatus;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class RequestsTest {

    @Test
    void pagingDefaultsAndRejectsNonNumbers() {
        assertEquals(1, Requests.page(null, null).page());
        assertEquals(20, Requests.page(null, "").size());
        assertEquals(3, Requests.page("3", "50").page());
        ValidationException error = assertThrows(ValidationException.class, () -> Requests.page("x", null));
        assertEquals("page", error.errors().get(0).field());
        assertThrows(ValidationException.class, () -> Requests.page("1", "201"));
    }

    @Test
    void enumParametersAreCaseInsensitiveAndNameTheAllowedValues() {
        assertEquals(SpecialistStatus.ACTIVE, Requests.enumParam("status", "active", SpecialistStatus.class));
        assertNull(Requests.enumParam("status", " ", SpecialistStatus.class));
        ValidationException error = assertThrows(ValidationException.class,
                () -> Requests.enumParam("status", "retired", SpecialistStatus.class));
        assertTrue(error.errors().get(0).message().contains("CANDIDATE"));
    }

    @Test
    void updatesNeedAVersionAndServerOwnedFieldsAreDropped() throws Exception {
        ObjectNode body = (ObjectNode) Json.MAPPER.readTree("{\"code\":\"hpu\",\"nameZh\":\"河南理工大学\","
                + "\"type\":\"UNIVERSITY\",\"sample\":true,\"version\":4}");
        assertEquals(4, Requests.version(body));
        UnitDraft draft = Requests.draft(body, UnitDraft.class);
        assertEquals(UnitType.UNIVERSITY, draft.type());
        body.remove("version");
        assertThrows(ValidationException.class, () -> Requests.version(body));
        body.put("nmaeZh", "typo");
        ValidationException typo = assertThrows(ValidationException.class, () -> Requests.draft(body, UnitDraft.class));
        assertEquals("nmaeZh", typo.errors().get(0).field());
    }

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
