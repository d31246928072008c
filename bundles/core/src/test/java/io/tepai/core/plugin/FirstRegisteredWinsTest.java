package io.tepai.core.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tepai.guard.PluginCalls;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FirstRegisteredWinsTest {

    /** A plug-in service as the whiteboard sees it: something that says its id. */
    private record Service(String id) {
    }

    private final FirstRegisteredWins<Service> tracker = new FirstRegisteredWins<>("thing", service -> service);
    private final PluginCalls calls = PluginCalls.onCallerThread();

    private Optional<String> add(Service service) {
        return tracker.add(service, calls, Service::id);
    }

    @Test
    void theFirstRegisteredIsInForceAndTheNextTakesOverWhenItGoes() {
        Service first = new Service("bases");
        Service second = new Service("bases");

        assertEquals(Optional.of("bases"), add(first));
        assertEquals(Optional.of("bases"), add(second));
        assertSame(first, tracker.inForce("bases").orElseThrow());

        tracker.remove(first);
        assertSame(second, tracker.inForce("bases").orElseThrow());

        tracker.remove(second);
        assertEquals(Optional.empty(), tracker.inForce("bases"));
        assertEquals(Set.of(), tracker.ids());
    }

    @Test
    void addingTheSameServiceTwiceKeepsOneClaim() {
        Service one = new Service("bases");
        add(one);
        add(one);

        tracker.remove(one);

        assertEquals(Optional.empty(), tracker.inForce("bases"));
    }

    @Test
    void malformedOrFailingIdsAreLeftOut() {
        for (String bad : List.of("Bad Id", "", "-dash", "a".repeat(41))) {
            assertEquals(Optional.empty(), add(new Service(bad)), bad);
        }
        assertEquals(Optional.empty(), add(new Service(null)));
        assertEquals(Optional.empty(), tracker.add(new Service("x"), calls, s -> {
            throw new IllegalStateException("plug-in bug");
        }));
        assertEquals(Optional.of("a".repeat(40)), add(new Service("a".repeat(40))));

        assertEquals(Set.of("a".repeat(40)), tracker.ids());
    }

    @Test
    void idsAreSortedAndRemovingAnUnknownServiceChangesNothing() {
        add(new Service("zeta"));
        add(new Service("alpha"));
        tracker.remove(new Service("alpha"));

        assertEquals(List.of("alpha", "zeta"), List.copyOf(tracker.ids()));
        assertTrue(tracker.inForce(null).isEmpty());
    }
}
