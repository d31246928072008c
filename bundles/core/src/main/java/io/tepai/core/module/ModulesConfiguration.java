package io.tepai.core.module;

import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * {@code etc/io.tepai.modules.cfg} for the web console and {@code config:meta}: an earlier release kept the counties'
 * switches there; now they live in the database (issue 18), and the file is read only to import them once. Its keys
 * are counties and modules, not fixed names, so the description explains them and no attribute is declared.
 */
@ObjectClassDefinition(name = "Tepai plug-in modules per county (upgrade import only)",
        description = "Read once, to import: the switches of plug-in modules per county (R-EVAL-1 local criteria, "
                + "county incentives, units' own tiers R-TIER-1) are kept in the database (table module_switch) so "
                + "that every node sees them, and are written by tepai:module-enable / tepai:module-disable and PUT / "
                + "DELETE /api/modules/{module}/counties/{county}, which audit every toggle. An installation upgraded "
                + "from a release that kept them in this file has them imported at its first start, while the table "
                + "is still empty (audited as 'import'); afterwards this file is not read and may be deleted. Keys: "
                + "<county> = <module>,<module> (the modules switched on in the county) and "
                + "<county>.<module>.weight = <1..100> (a criterion's weight in the county's evaluation rounds).")
@interface ModulesConfiguration {
}
