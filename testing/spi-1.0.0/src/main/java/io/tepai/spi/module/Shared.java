package io.tepai.spi.module;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.osgi.service.component.annotations.ComponentPropertyType;

/**
 * Marks a plug-in module its owner offers to every county, as a DS component property type: {@code @Shared} on the
 * component class registers the service with {@value #PROPERTY}{@code =true}, and any county may then switch the
 * module on for itself.
 */
@ComponentPropertyType
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Shared {

    /** Prefix of the property name, so that the name is {@value #PROPERTY}. */
    String PREFIX_ = "tepai.";

    /** The service property: {@code true} when every county may switch the module on. */
    String PROPERTY = "tepai.shared";
}
