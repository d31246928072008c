package io.tepai.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.tepai.api.Actor;
import io.tepai.api.FieldError;
import io.tepai.api.demand.Demand;
import io.tepai.api.demand.DemandDraft;
import io.tepai.api.demand.DemandStatus;
import io.tepai.api.demand.MatchDraft;
import io.tepai.rest.internal.RequestBodies.Edit;
import io.tepai.rest.internal.RequestBodies.VersionOnly;
import java.lang.reflect.Proxy;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import javax.ws.rs.core.SecurityContext;
import org.apache.cxf.message.MessageImpl;
import org.junit.jupiter.api.Test;

/** The bodies of {@code /api/demands} as clients send them, and who the public reads see as the reader. */
class DemandBodiesTest {

    @Test
    void aDemandIsRecordedFromItsDraftWithChineseTextIntactAndRefusedNamingTheField() throws Exception {
        Type create = SentBody.of(DemandResource.class, "record");
        assertEquals(DemandDraft.class, create);

        DemandDraft draft = SentBody.read("{\"recipientName\":\"温县番田镇铁棍山药种植大户\",\"industry\":\"四大怀药\","
                + "\"need\":\"铁棍山药连作障碍防治\",\"contactName\":\"李建国\",\"contactPhone\":\"13903910001\","
                + "\"desiredFrom\":\"2026-07-01\",\"desiredTo\":\"2026-10-31\"}", create);

        assertEquals("温县番田镇铁棍山药种植大户", draft.recipientName());
        assertEquals("四大怀药", draft.industry());
        assertEquals(LocalDate.of(2026, 10, 31), draft.desiredTo());
        assertEquals(List.of("desiredFrom"), SentBody.refused("{\"desiredFrom\":\"2026-13-01\"}", create));
        assertEquals(List.of("industy"), SentBody.refused("{\"industy\":\"四大怀药\"}", create));
    }

    @Test
    void aDemandAsReadIsSentBackToChangeIt() throws Exception {
        Demand read = new Demand(12, "wenxian", 2026, 5L, "温县祥云镇怀药专业合作社", "四大怀药", "怀山药机械化收获", "李建国",
                "13903910001", null, null, DemandStatus.PUBLISHED, 2, null, null, null, null,
                Instant.parse("2026-03-02T08:30:00Z"), false, 3);
        Type update = SentBody.of(DemandResource.class, "update");

        Edit<VersionOnly, DemandDraft> edit = SentBody.read(Json.MAPPER.writeValueAsString(read), update);

        assertEquals(3, edit.fields().version());
        assertEquals(5L, edit.draft().recipientId());
        assertEquals("怀山药机械化收获", edit.draft().need());
        assertEquals(2026, edit.draft().year());
    }

    @Test
    void stepsNeedTheVersionAndWhatTheyAreAbout() throws Exception {
        Type confirm = SentBody.of(DemandResource.class, "confirm");
        Type serve = SentBody.of(DemandResource.class, "serve");
        Type contact = SentBody.of(DemandResource.class, "contact");

        assertEquals(7L, SentBody.<RequestBodies.MatchConfirmation>read("{\"version\":2,\"matchId\":7}", confirm)
                .matchId());
        assertEquals(List.of(new FieldError("matchId", "is required: the candidate match the county confirms")),
                SentBody.errors("{\"version\":2}", confirm));
        assertEquals(List.of("assignmentId"), SentBody.refused("{\"version\":2}", serve));
        assertEquals(List.of("version"), SentBody.refused("{\"assignmentId\":4}", serve));
        assertEquals(MatchDraft.class, contact);
        assertEquals("电话联系，约定实地查看", SentBody.<MatchDraft>read("{\"specialistId\":3,"
                + "\"note\":\"电话联系，约定实地查看\"}", contact).note());
    }

    @Test
    void publicReadsSeeTheSignedInUserOrNobody() {
        MessageImpl anonymous = new MessageImpl();
        assertNull(new Viewer.Provider().createContext(anonymous).actor());
        anonymous.put(SecurityContext.class, security(null));
        assertNull(new Viewer.Provider().createContext(anonymous).actor());

        MessageImpl signedIn = new MessageImpl();
        signedIn.put(SecurityContext.class, security(new JaasAuthenticator.Login("hpu", Set.of("unit", "unit:hpu"))));

        assertEquals(new Actor("hpu", Set.of("unit", "unit:hpu")), new Viewer.Provider().createContext(signedIn)
                .actor());
    }

    private static SecurityContext security(JaasAuthenticator.Login login) {
        return (SecurityContext) Proxy.newProxyInstance(DemandBodiesTest.class.getClassLoader(),
                new Class<?>[] {SecurityContext.class}, (proxy, called, args) -> switch (called.getName()) {
                    case "getUserPrincipal" -> login;
                    default -> throw new UnsupportedOperationException(called.getName());
                });
    }
}
