package io.tepai.core.demo;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * {@code etc/io.tepai.demo.cfg} for the web console and {@code config:meta}. {@link DemoDataLoader} runs while
 * this configuration exists (it requires it); deleting the file is what switches the demo off.
 */
@ObjectClassDefinition(name = "Tepai demo data",
        description = "While this configuration exists, the sample data set (8 dispatching units, 60 specialists, "
                + "all marked sample=true) is loaded on the first start. Delete etc/io.tepai.demo.cfg before the "
                + "first start of a production installation.")
@interface DemoConfiguration {

    @AttributeDefinition(name = "Enabled", description = "Written by the distribution so that the file is not "
            + "empty; the loader runs whenever the configuration exists.")
    boolean enabled() default true;
}
