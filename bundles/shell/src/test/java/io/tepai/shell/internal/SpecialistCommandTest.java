package io.tepai.shell.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import io.tepai.api.NotFoundException;
import io.tepai.api.specialist.SpecialistService;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SpecialistCommandTest {

    private final SpecialistService service = mock(SpecialistService.class);
    private final SpecialistCommand command = new SpecialistCommand();

    @BeforeEach
    void setUp() {
        command.specialists = service;
        command.id = 7;
    }

    @Test
    void showsEveryFieldAsKeyAndValue() {
        when(service.get(7)).thenReturn(Samples.specialist(""));

        List<List<String>> rows = Console.capture(command::execute).lines().stream().map(Console::cells).toList();

        assertEquals(List.of(
                List.of("Id", "7"),
                List.of("Name", "李华"),
                List.of("Unit", "hpu"),
                List.of("Title level", "ASSOCIATE_SENIOR"),
                List.of("Title", "副教授"),
                List.of("Degree", "DOCTORATE"),
                List.of("Fields", "怀山药栽培、病虫害防治"),
                List.of("Sectors", "PRIMARY, SECONDARY"),
                List.of("Chain segments", "PRODUCTION, PROCESSING"),
                List.of("Tier", "city"),
                List.of("Classification", "PUBLIC_WELFARE"),
                List.of("Wished counties", "wenxian, wuzhi"),
                List.of("Phone", "13800000000"),
                List.of("Email", "lihua@hpu.edu.cn"),
                List.of("Service experience", "2019年起驻村服务"),
                List.of("Status", "ACTIVE"),
                List.of("Sample", "yes"),
                List.of("Version", "4"),
                List.of("Created", "2025-01-02T03:04:05Z"),
                List.of("Updated", "2025-02-03T04:05:06Z")), rows);
    }

    @Test
    void showsTheEligibilityExceptionWhenOneWasRecorded() {
        when(service.get(7)).thenReturn(Samples.specialist("县科技局特批"));

        List<List<String>> rows = Console.capture(command::execute).lines().stream().map(Console::cells).toList();

        assertEquals(List.of("Eligibility exception", "县科技局特批"), rows.get(15));
    }

    @Test
    void unknownIdIsOneErrorLine() {
        when(service.get(7)).thenThrow(new NotFoundException("Specialist", 7L));

        Console console = Console.capture(command::execute);

        assertEquals("Error: Specialist '7' does not exist" + System.lineSeparator(), console.err());
        assertEquals("", console.out());
    }
}
