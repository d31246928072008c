package io.tepai.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.tepai.api.FieldError;
import io.tepai.api.ValidationException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The optional body of PUT /modules/{id}/counties/{county}. */
class ModuleResourceTest {

    @Test
    void anEmptyBodyOrOneWithoutWeightKeepsTheConfiguredWeight() {
        assertNull(ModuleResource.weight(null));
        assertNull(ModuleResource.weight(""));
        assertNull(ModuleResource.weight("  \n"));
        assertNull(ModuleResource.weight("{}"));
        assertNull(ModuleResource.weight("{\"weight\": null}"));
    }

    @Test
    void theWeightIsReadAsAWholeNumber() {
        assertEquals(15, ModuleResource.weight("{\"weight\": 15}"));
    }

    @Test
    void aMistypedFieldIsRefusedNotIgnored() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> ModuleResource.weight("{\"wieght\": 15}"));

        assertEquals(List.of("wieght"), e.errors().stream().map(FieldError::field).toList());
    }

    @ParameterizedTest
    @ValueSource(strings = {"15", "[15]", "{\"weight\":", "weight=15"})
    void aBodyThatIsNoJsonObjectIsRefused(String body) {
        ValidationException e = assertThrows(ValidationException.class, () -> ModuleResource.weight(body));

        assertEquals("body", e.errors().get(0).field());
    }

    @Test
    void aWeightThatIsNoWholeNumberIsRefused() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> ModuleResource.weight("{\"weight\": \"heavy\"}"));

        assertEquals("weight", e.errors().get(0).field());
    }
}
