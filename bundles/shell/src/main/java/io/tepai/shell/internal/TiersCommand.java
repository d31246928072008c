package io.tepai.shell.internal;

import io.tepai.api.specialist.Tier;
import io.tepai.api.specialist.TierService;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Command(scope = "tepai", name = "tiers",
        description = "Lists the specialist tiers registered right now, built-in and from plug-ins.")
@Service
public class TiersCommand extends TepaiAction {

    @Reference
    TierService tiers;

    @Override
    void run() {
        Table table = new Table();
        table.column("Id");
        table.column("Name");
        table.column("Name (en)");
        table.column("Support");
        table.column("Evaluator");
        table.column("Annual threshold");
        table.column("Annual funding");
        table.column("Provider");
        for (Tier tier : tiers.list()) {
            table.addRow().addContent(tier.id(), tier.nameZh(), tier.nameEn(), tier.supportLevel(),
                    tier.evaluator(), Formats.threshold(tier.annualServiceThreshold()),
                    Formats.funding(tier.annualFunding()), tier.provider());
        }
        table.print(System.out);
    }
}
