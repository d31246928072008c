package io.tepai.api.dispatch;

import io.tepai.api.Contact;
import java.time.LocalDate;

/**
 * A county's workstation (工作站, R-SQUAD-2), which collects local technology demands all year.
 *
 * @param county   county code; one workstation per county
 * @param name     e.g. 武陟县科技特派员工作站
 * @param address  street address
 * @param staff    the staff contact
 * @param openedOn opening date
 * @param sample   true for records of the demo data set
 * @param version  optimistic-locking version
 */
public record Workstation(String county, String name, String address, Contact staff, LocalDate openedOn,
                          boolean sample, long version) {
}
