package io.tepai.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.tepai.api.Actor;
import io.tepai.api.Page;
import io.tepai.api.PageRequest;
import io.tepai.api.ValidationException;
import io.tepai.api.calendar.ProgrammeCalendar;
import io.tepai.api.field.ServiceLogService;
import io.tepai.api.specialist.SpecialistService;
import java.lang.reflect.Field;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Issue 17: GET /api/specialists and /api/logs hand {@code ?after=} to the services as a key-set page request; an
 * {@code after} that is not an id, or comes with a page number, is refused naming {@code after} (a 400 problem+json,
 * as for {@code page} and {@code size}).
 */
class KeySetPagesTest {

    private static final Actor CITY = new Actor("office", Set.of(Actor.ROLE_CITY));

    private final List<PageRequest> asked = new ArrayList<>();

    @Test
    void specialistsPageAfterTheGivenId() throws Exception {
        SpecialistResource resource = inject(new SpecialistResource(), "specialists", SpecialistService.class, 1);
        inject(resource, "calendar", ProgrammeCalendar.class, -1);

        resource.list(null, 2026, null, null, null, null, null, null, null, 50, 1234L);
        resource.list(null, 2026, null, null, null, null, null, null, 3, null, null);

        assertEquals(List.of(PageRequest.after(1234, 50), new PageRequest(3, PageRequest.DEFAULT_SIZE)), asked);
    }

    @Test
    void logsPageAfterTheGivenId() throws Exception {
        ServiceLogResource resource = inject(new ServiceLogResource(), "logs", ServiceLogService.class, 2);

        resource.list(null, "wuzhi", null, null, null, null, null, null, null, 99L, CITY);

        assertEquals(List.of(PageRequest.after(99, PageRequest.DEFAULT_SIZE)), asked);
    }

    @Test
    void anAfterThatIsNoIdOrComesWithAPageNumberIsRefusedNamingAfter() throws Exception {
        ServiceLogResource resource = inject(new ServiceLogResource(), "logs", ServiceLogService.class, 2);

        for (Integer page : new Integer[] {null, 2}) {
            long after = page == null ? 0 : 5;
            ValidationException refused = assertThrows(ValidationException.class,
                    () -> resource.list(null, null, null, null, null, null, null, page, null, after, CITY));
            assertEquals("after", refused.errors().get(0).field());
        }
        assertEquals(List.of(), asked, "nothing was searched");
    }

    /**
     * Sets the resource's {@code field} to a {@code type} whose {@code search} records the page request (argument
     * {@code pageArgument}) and answers an empty page; a calendar ({@code -1}) answers the year asked.
     */
    private <R, S> R inject(R resource, String field, Class<S> type, int pageArgument) throws Exception {
        Object service = Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {type},
                (proxy, method, args) -> {
                    if (pageArgument < 0 && method.getName().equals("yearOrCurrent")) {
                        return args[0];
                    }
                    if (!method.getName().equals("search")) {
                        throw new UnsupportedOperationException(method.getName());
                    }
                    asked.add((PageRequest) args[pageArgument]);
                    return new Page<>(List.of(), 0, 1, 20);
                });
        Field target = resource.getClass().getDeclaredField(field);
        target.setAccessible(true);
        target.set(resource, service);
        return resource;
    }
}
