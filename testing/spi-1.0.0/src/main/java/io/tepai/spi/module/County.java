package io.tepai.spi.module;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.osgi.service.component.annotations.ComponentPropertyType;

/**
 * The county that owns a plug-in module, as a DS component property type: {@code @County("wuzhi")} on the component
 * class registers the service with {@value #PROPERTY}{@code =wuzhi}. The owner county and the city office may switch
 * the module on for the county; other counties only when it is also {@link Shared}.
 */
@ComponentPropertyType
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface County {

    /** Prefix of the property name, so that the name is {@value #PROPERTY}. */
    String PREFIX_ = "tepai.";

    /** The service property: the owner county's code. */
    String PROPERTY = "tepai.county";

    /** The owner county's code, e.g. {@code wuzhi}. */
    String value();
}
