package io.tepai.spi.module;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.osgi.service.component.annotations.ComponentPropertyType;

/**
 * The dispatching unit that owns a plug-in module (typically its own specialist tier), as a DS component property
 * type: {@code @Unit("hpu")} on the component class registers the service with {@value #PROPERTY}{@code =hpu}. A
 * county the unit serves (where a specialist of the unit has been assigned) may switch the module on for itself; so
 * may the city office for any county.
 */
@ComponentPropertyType
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Unit {

    /** Prefix of the property name, so that the name is {@value #PROPERTY}. */
    String PREFIX_ = "tepai.";

    /** The service property: the owner unit's code. */
    String PROPERTY = "tepai.unit";

    /** The owner unit's code, e.g. {@code hpu}. */
    String value();
}
