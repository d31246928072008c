package io.tepai.shell.internal;

import io.tepai.api.specialist.Specialist;
import io.tepai.api.specialist.SpecialistService;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Command(scope = "tepai", name = "specialist", description = "Shows every recorded detail of one specialist.")
@Service
public class SpecialistCommand extends TepaiAction {

    @Reference
    SpecialistService specialists;

    @Argument(name = "id", description = "The specialist's numeric id, as listed by tepai:specialists",
            required = true)
    long id;

    @Override
    void run() {
        Specialist s = specialists.get(id);
        Table table = new Table().noHeaders();
        table.column("Field");
        table.column("Value").maxSize(80).wrap();
        table.addRow().addContent("Id", s.id());
        table.addRow().addContent("Name", s.name());
        table.addRow().addContent("Unit", s.unitCode());
        table.addRow().addContent("Title level", s.titleLevel());
        table.addRow().addContent("Title", s.title());
        table.addRow().addContent("Degree", s.degree());
        table.addRow().addContent("Fields", Formats.zhList(s.fields()));
        table.addRow().addContent("Sectors", Formats.enums(s.sectors()));
        table.addRow().addContent("Chain segments", Formats.enums(s.chainSegments()));
        table.addRow().addContent("Tier", s.tierId());
        table.addRow().addContent("Classification", s.classification());
        table.addRow().addContent("Wished counties", Formats.list(s.counties()));
        table.addRow().addContent("Phone", s.phone());
        table.addRow().addContent("Email", s.email());
        table.addRow().addContent("Service experience", s.serviceExperience());
        if (!s.eligibilityException().isBlank()) {
            table.addRow().addContent("Eligibility exception", s.eligibilityException());
        }
        table.addRow().addContent("Status", s.status());
        table.addRow().addContent("Sample", Formats.yesNo(s.sample()));
        table.addRow().addContent("Version", s.version());
        table.addRow().addContent("Created", Formats.instant(s.createdAt()));
        table.addRow().addContent("Updated", Formats.instant(s.updatedAt()));
        table.print(System.out);
    }
}
