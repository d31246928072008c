package io.tepai.core.module;

import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * {@code etc/io.tepai.modules.cfg} for the web console and {@code config:meta}: its keys are counties and modules,
 * not fixed names, so the description explains them and no attribute is declared (a form of fixed fields would
 * hide the switches).
 */
@ObjectClassDefinition(name = "Tepai plug-in modules per county",
        description = "Plug-in modules switched on per county (R-EVAL-1 local criteria, county incentives, units' "
                + "own tiers R-TIER-1), written by tepai:module-enable / tepai:module-disable and PUT / DELETE "
                + "/api/modules/{module}/counties/{county}, which audit every toggle. Keys: <county> = <module>,"
                + "<module> (the modules switched on in the county) and <county>.<module>.weight = <1..100> (a "
                + "criterion's weight in the county's evaluation rounds). Nothing is switched on by default.")
@interface ModulesConfiguration {
}
