package io.tepai.core.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.tepai.api.Contact;
import io.tepai.api.audit.AuditRecord.FieldChange;
import io.tepai.api.org.DispatchingUnit;
import io.tepai.api.org.UnitType;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AuditTrailTest {

    private static final DispatchingUnit BEFORE = new DispatchingUnit("hpu", "河南理工大学", "HPU",
            UnitType.UNIVERSITY, new Contact("周", "0391-1", ""), false, 1);

    @Test
    void anUpdateListsOnlyTheChangedFields() {
        DispatchingUnit after = new DispatchingUnit("hpu", "河南理工大学", "Henan Polytechnic University",
                UnitType.UNIVERSITY, new Contact("周", "0391-2", ""), false, 2);
        Map<String, FieldChange> changes = AuditTrail.changes(BEFORE, after);
        assertEquals(Map.of("nameEn", new FieldChange("HPU", "Henan Polytechnic University"),
                "contact", new FieldChange("{\"name\":\"周\",\"phone\":\"0391-1\",\"email\":\"\"}",
                        "{\"name\":\"周\",\"phone\":\"0391-2\",\"email\":\"\"}")), changes);
        assertFalse(changes.containsKey("version"), "bookkeeping fields are not changes");
    }

    @Test
    void aCreationHasNoBeforeAndADeletionNoAfter() {
        Map<String, FieldChange> created = AuditTrail.changes(null, BEFORE);
        assertEquals("UNIVERSITY", created.get("type").after());
        assertNull(created.get("type").before());
        Map<String, FieldChange> deleted = AuditTrail.changes(BEFORE, null);
        assertEquals("河南理工大学", deleted.get("nameZh").before());
        assertNull(deleted.get("nameZh").after());
    }

    @Test
    void nothingChangedMeansNoChanges() {
        assertEquals(Map.of(), AuditTrail.changes(BEFORE, BEFORE));
    }
}
