package io.tepai.core.field;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * What city IT may set in {@code etc/io.tepai.service.cfg}, described for the web console and {@code config:meta}.
 * The components read the raw values themselves, so that an invalid one is logged and its default kept instead of
 * failing the component.
 */
@ObjectClassDefinition(name = "Tepai service in the field",
        description = "Service in the field (R-SVC-1..3, R-ESC-1). Changes apply at once (no restart); invalid values "
                + "are logged and the defaults kept.")
@interface ServiceConfiguration {

    @AttributeDefinition(name = "Programme year start", description = "First day of the programme (evaluation) "
            + "year, MM-dd. Year 2026 then runs from 2026-MM-dd to the day before MM-dd of 2027. Progress and the "
            + "thresholds of R-SVC-2 count confirmed logs that start within the year.")
    String yearStart() default "01-01";

    @AttributeDefinition(name = "Outcome indicators", description = "Outcome indicators a service log may report, "
            + "as id:name:unit separated by commas. The ids are stored with the logs: rename the Chinese name "
            + "freely, but keep an id once logs use it.")
    String outcomeIndicators() default "farmersTrained:培训农民:人次, techniquesPromoted:推广新技术新品种:项, "
            + "demonstrationArea:示范推广面积:亩, problemsSolved:解决技术难题:个, enterprisesFounded:领办创办企业或合作社:个";

    @AttributeDefinition(name = "Request overdue after (days)", min = "1", description = "A coordination request "
            + "still open after this many days is listed as overdue for whoever holds it.")
    int requestOverdueDays() default 7;
}
