package bcf.platform.web;

import io.swagger.v3.oas.models.media.Schema;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * How the OpenAPI document describes the few values that are any JSON (the old and new value of a
 * changed field of a plan document): as any value, with a description, never as Jackson's tree
 * class described as a bean ({@code "array": boolean, "nodeType": ...}), which describes nothing.
 */
@Configuration
class OpenApiSchemas {

  static {
    SpringDocUtils.getConfig()
        .replaceWithSchema(
            JsonNode.class,
            new Schema<>()
                .types(
                    new java.util.LinkedHashSet<>(
                        java.util.List.of(
                            "string", "number", "boolean", "object", "array", "null")))
                .description(
                    "Any JSON value (text, number, true or false, list, object or null), as the"
                        + " plan document holds it."))
        .replaceWithSchema(
            ObjectNode.class,
            new Schema<>()
                .types(java.util.Set.of("object"))
                .description("A JSON object, as the plan document holds it."));
  }
}
