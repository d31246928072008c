package io.tepai.core.intake;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** What city IT sets in {@code etc/io.tepai.intake.cfg}, described for the web console and {@code config:meta}. */
@ObjectClassDefinition(name = "Tepai recruitment", description = "Recruitment and selection (R-REC-1, R-REC-2). "
        + "Changes apply to the next notice started, without a restart.")
@interface IntakeConfiguration {

    @AttributeDefinition(name = "Public notice (working days)", min = "1", max = "30", description = "R-REC-2: how "
            + "many working days a public notice (公示) lasts unless the step names another length; counted on the "
            + "working-day calendar of etc/io.tepai.calendar.cfg.")
    int noticeWorkingDays() default 5;
}
