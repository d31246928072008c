package io.tepai.core.team;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * What city IT may set in {@code etc/io.tepai.team.cfg}, described for the web console and {@code config:meta}.
 * {@link TeamSize} reads the raw values, so that invalid bounds are logged and the rule's kept.
 */
@ObjectClassDefinition(name = "Tepai industry service teams",
        description = "Industry service teams, rule R-TEAM-1: an active city team has 5-10 members; county teams "
                + "follow their county's bounds. Changes apply at once (no restart); invalid bounds are logged and "
                + "the rule's 5..10 kept.")
@interface TeamConfiguration {

    @AttributeDefinition(name = "Fewest members", min = "1", description = "A team can be activated only with at "
            + "least this many members, and an active team does not shrink below it.")
    int minMembers() default 5;

    @AttributeDefinition(name = "Most members", min = "1", description = "No team grows beyond this many members.")
    int maxMembers() default 10;

    @AttributeDefinition(name = "County teams' members", required = false, cardinality = Integer.MAX_VALUE,
            description = "County-level teams (R-TEAM-4) follow their county's rule: one entry per county, "
                    + "<county code>=<min>..<max>, e.g. wuzhi=3..8. A county without an entry keeps the bounds "
                    + "above; an invalid entry is logged and ignored.")
    String[] countyMembers() default {};
}
