package io.tepai.rest.openapi;

import com.fasterxml.jackson.databind.JavaType;
import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.media.ComposedSchema;
import io.swagger.v3.oas.models.media.Schema;
import java.util.Iterator;

/**
 * Build time only: describes an update's body, {@code RequestBodies.Edit<F, D>}, as the one JSON object it is — allOf
 * the draft {@code D} and the operation's own fields {@code F} — rather than as the Java pair that carries them.
 */
class EditSchemas implements ModelConverter {

    private static final String EDIT = "io.tepai.rest.internal.RequestBodies$Edit";

    @Override
    public Schema<?> resolve(AnnotatedType type, ModelConverterContext context, Iterator<ModelConverter> chain) {
        JavaType java = Json.mapper().constructType(type.getType());
        if (java.getRawClass().getName().equals(EDIT)) {
            return new ComposedSchema()
                    .addAllOfItem(context.resolve(new AnnotatedType(java.containedType(1)).resolveAsRef(true)))
                    .addAllOfItem(context.resolve(new AnnotatedType(java.containedType(0)).resolveAsRef(true)));
        }
        return chain.hasNext() ? chain.next().resolve(type, context, chain) : null;
    }
}
