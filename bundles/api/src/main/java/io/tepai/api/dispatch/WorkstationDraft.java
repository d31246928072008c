package io.tepai.api.dispatch;

import io.tepai.api.Contact;
import java.time.LocalDate;

/** The editable fields of a workstation. */
public record WorkstationDraft(String name, String address, Contact staff, LocalDate openedOn) {
}
