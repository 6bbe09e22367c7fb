package bcf.platform.web;

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

/**
 * A document's JSON Schema (a file under {@code /schema}) as a named component of the OpenAPI
 * document, so the endpoints that answer with the document as stored are described by its own
 * schema rather than by Java types of their own.
 */
public final class DocumentSchemas {

  private DocumentSchemas() {}

  /** The reference an {@code @Schema(ref = ...)} uses for the component {@code name}. */
  public static String ref(String name) {
    return "#/components/schemas/" + name;
  }

  /** Adds the schema in {@code resource} to the OpenAPI document as {@code name}. */
  public static OpenApiCustomizer component(String name, String resource) {
    Schema<?> schema = read(resource);
    return openApi -> {
      if (openApi.getComponents() == null) {
        openApi.setComponents(new Components());
      }
      openApi.getComponents().addSchemas(name, schema);
    };
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  static Schema<?> read(String resource) {
    try (InputStream in = DocumentSchemas.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("no schema " + resource);
      }
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
