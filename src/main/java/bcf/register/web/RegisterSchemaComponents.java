package bcf.register.web;

import io.swagger.v3.core.util.Json31;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.media.Schema;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The register document's JSON Schema ({@code schema/register.schema.json}) in the OpenAPI document
 * as {@value #DOCUMENT}, so the endpoints that answer with the document are described by it.
 */
@Configuration
class RegisterSchemaComponents {

  static final String DOCUMENT = "RegisterDocument";
  static final String DOCUMENT_REF = "#/components/schemas/" + DOCUMENT;

  @Bean
  OpenApiCustomizer registerSchema() {
    Schema<?> schema = schema();
    return openApi -> {
      if (openApi.getComponents() == null) {
        openApi.setComponents(new Components());
      }
      openApi.getComponents().addSchemas(DOCUMENT, schema);
    };
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  static Schema<?> schema() {
    try (InputStream in =
        RegisterSchemaComponents.class.getResourceAsStream("/schema/register.schema.json")) {
      var mapper = Json31.mapper();
      Map<String, Object> root =
          mapper.readValue(
              new String(in.readAllBytes(), StandardCharsets.UTF_8), LinkedHashMap.class);
      root.remove("$schema");
      root.remove("$id");
      return mapper.convertValue(root, Schema.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
