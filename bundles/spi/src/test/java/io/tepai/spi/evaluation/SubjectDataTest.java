package io.tepai.spi.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.tepai.spi.evaluation.SubjectData.ServiceRecord;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** SPI 1.1 (issue 19): the 1.0 constructors still build, and services group by the specialists a subject covers. */
class SubjectDataTest {

    private static final LocalDate MAY = LocalDate.of(2026, 5, 4);

    private static Subject specialist(String key, String name) {
        return new Subject(SubjectKind.SPECIALIST, key, name, "wenxian", "hpu", "city", Set.of("四大怀药"),
                Set.of("怀山药栽培"), "PUBLIC_WELFARE");
    }

    private static ServiceRecord service(String specialist) {
        return new ServiceRecord(MAY, MAY, BigDecimal.ONE, "TECHNICAL_GUIDANCE", "wenxian", 1, 5, Map.of(),
                specialist, Set.of("四大怀药"), List.of("COOPERATIVE"));
    }

    @Test
    void theOneDotZeroConstructorsLeaveTheNewComponentsEmpty() {
        Subject subject = new Subject(SubjectKind.COUNTY_WORK, "wenxian", "温县", "wenxian", null, null, null);
        ServiceRecord record = new ServiceRecord(MAY, MAY, BigDecimal.ONE, "OTHER", "wenxian", 0, null, null);
        SubjectData data = new SubjectData(subject, 2026, MAY, MAY, 0, List.of(record), List.of(), List.of(),
                List.of(), 0, Map.of());

        assertEquals(Set.of(), subject.fields());
        assertNull(subject.guidanceClass());
        assertNull(record.specialist());
        assertEquals(Set.of(), record.industries());
        assertEquals(List.of(), record.recipientKinds());
        assertEquals(List.of(), data.members());
        assertEquals(Map.of(), data.servicesBySpecialist());
    }

    @Test
    void servicesGroupByMemberInTheMembersOrderAndAMemberWithoutServiceHasAnEmptyList() {
        Subject county = new Subject(SubjectKind.COUNTY_WORK, "wenxian", "温县", "wenxian", null, null, null);
        SubjectData data = new SubjectData(county, 2026, MAY, MAY, 2,
                List.of(service("9"), service("7"), service("9"), service(null), service("42")), List.of(),
                List.of(), List.of(), 0, Map.of(), List.of(specialist("9", "郭明亮"), specialist("7", "李华")));

        Map<String, List<ServiceRecord>> grouped = data.servicesBySpecialist();

        assertEquals(List.of("9", "7"), List.copyOf(grouped.keySet()));
        assertEquals(2, grouped.get("9").size());
        assertEquals(1, grouped.get("7").size());
        SubjectData quiet = new SubjectData(county, 2026, MAY, MAY, 1, List.of(), List.of(), List.of(), List.of(), 0,
                Map.of(), List.of(specialist("7", "李华")));
        assertEquals(Map.of("7", List.of()), quiet.servicesBySpecialist());
    }
}
