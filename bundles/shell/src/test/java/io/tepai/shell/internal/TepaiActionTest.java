package io.tepai.shell.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tepai.api.Actor;
import io.tepai.api.NotFoundException;
import io.tepai.api.ValidationException;
import io.tepai.api.account.Role;
import io.tepai.api.org.UnitType;
import io.tepai.api.specialist.SpecialistStatus;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TepaiActionTest {

    @Test
    void parsesEnumIgnoringCaseAndHyphens() {
        assertEquals(SpecialistStatus.ACTIVE, TepaiAction.parseEnum(SpecialistStatus.class, "status", " active "));
        assertEquals(UnitType.RESEARCH_INSTITUTE,
                TepaiAction.parseEnum(UnitType.class, "type", "research-institute"));
    }

    @Test
    void missingEnumValueMeansNoFilter() {
        assertNull(TepaiAction.parseEnum(SpecialistStatus.class, "status", null));
        assertNull(TepaiAction.parseEnum(SpecialistStatus.class, "status", "  "));
    }

    @Test
    void unknownEnumValueNamesTheAllowedOnes() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> TepaiAction.parseEnum(SpecialistStatus.class, "status", "retired"));
        assertEquals("Error: status: 'retired' is not one of CANDIDATE, ACTIVE, EXITED", Formats.error(e));
    }

    @Test
    void parsesDaysAndNamesTheFormOfABadOne() {
        assertEquals(LocalDate.of(2026, 3, 1), TepaiAction.parseDay("from", " 2026-03-01 "));
        assertNull(TepaiAction.parseDay("from", ""));
        assertNull(TepaiAction.parseDay("from", null));
        ValidationException e = assertThrows(ValidationException.class,
                () -> TepaiAction.parseDay("to", "2026-02-30"));
        assertEquals("Error: to: '2026-02-30' is not a day like 2026-03-01", Formats.error(e));
    }

    @Test
    void tepaiErrorBecomesOneLineAndFailsTheCommand() {
        TepaiAction failing = new TepaiAction() {
            @Override
            void run() {
                throw new NotFoundException("County", "nowhere");
            }
        };
        Console console = Console.capture(failing::execute);
        assertEquals("", console.out());
        assertEquals("Error: County 'nowhere' does not exist" + System.lineSeparator(), console.err());
        // Karaf's own CommandException: an ssh exec ends with status 1, Karaf logs it at debug level only, and
        // prints its help text, plain, where it prints a failed command's message
        assertTrue(console.failed());
        assertEquals(org.apache.karaf.shell.support.CommandException.class, console.failure().getClass());
        assertEquals("Error: County 'nowhere' does not exist", console.failure().getNiceHelp());
    }

    @Test
    void refusalAndInvalidInputFailTheCommandToo() {
        Console refused = Console.capture(new TepaiAction() {
            @Override
            void run() {
                throw new io.tepai.api.ForbiddenException("city", "Only the city office may do this");
            }
        }::execute);
        assertTrue(refused.failed());
        assertEquals("Error: Only the city office may do this (needs city)" + System.lineSeparator(), refused.err());
        Console invalid = Console.capture(new TepaiAction() {
            @Override
            void run() {
                parseDay("from", "2026-02-30");
            }
        }::execute);
        assertTrue(invalid.failed());
        assertEquals("Error: from: '2026-02-30' is not a day like 2026-03-01" + System.lineSeparator(), invalid.err());
    }

    @Test
    void successfulCommandDoesNotFail() {
        Console console = Console.capture(new TepaiAction() {
            @Override
            void run() {
                System.out.println("ok");
            }
        }::execute);
        assertFalse(console.failed());
        assertEquals("ok" + System.lineSeparator(), console.out());
    }

    @Test
    void requiredEnumNamesTheAllowedValuesWhenMissing() {
        assertEquals(Role.COUNTY, TepaiAction.requireEnum(Role.class, "role", "county"));
        ValidationException e = assertThrows(ValidationException.class,
                () -> TepaiAction.requireEnum(Role.class, "role", " "));
        assertEquals("Error: role: is required: one of CITY, COUNTY, UNIT, SPECIALIST, AUDITOR, ADMIN", Formats.error(e));
    }

    @Test
    void actorIsTheSignedInUser() {
        Actor actor = SignedIn.as(SignedIn.subject("hpu", "unit", "unit:hpu"), TepaiAction::actor);
        assertEquals(new Actor("hpu", Set.of("unit", "unit:hpu")), actor);
    }

    @Test
    void withoutSignInTheCommandStopsAtTheActor() {
        boolean[] continued = new boolean[1];
        TepaiAction needsActor = new TepaiAction() {
            @Override
            void run() {
                actor();
                continued[0] = true;
            }
        };
        Console console = Console.capture(needsActor::execute);
        assertEquals("Error: sign in to use this command" + System.lineSeparator(), console.err());
        assertEquals("", console.out());
        assertTrue(console.failed());
        assertEquals(false, continued[0]);
    }
}
