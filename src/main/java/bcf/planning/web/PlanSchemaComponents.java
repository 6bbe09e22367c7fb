package bcf.planning.web;

import bcf.planning.PlanPart;
import io.swagger.v3.core.util.Json31;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.media.Schema;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The plan document's JSON Schema ({@code schema/plan.schema.json}, the one description of what a
 * plan document holds) in the OpenAPI document, so the document and part endpoints are described by
 * it rather than by a bare object: the whole document as {@value #DOCUMENT}, each of its
 * definitions as {@code PlanDocument} and the definition's name ({@code PlanDocumentRisk}), and
 * {@value #PART}, the fields a part can hold (each part answers with its own fields only). The
 * OpenAPI document is 3.1, whose schemas are JSON Schema 2020-12, so the schema goes in as it is;
 * only its references are re-pointed at the components.
 */
@Configuration
class PlanSchemaComponents {

  static final String DOCUMENT = "PlanDocument";
  static final String PART = "PlanPartContent";
  static final String DOCUMENT_REF = "#/components/schemas/" + DOCUMENT;
  static final String PART_REF = "#/components/schemas/" + PART;

  private static final Pattern DEFINITION = Pattern.compile("\"#/\\$defs/([A-Za-z0-9]+)\"");

  @Bean
  OpenApiCustomizer planSchema() {
    Map<String, Schema<?>> schemas = schemas();
    return openApi -> {
      if (openApi.getComponents() == null) {
        openApi.setComponents(new Components());
      }
      schemas.forEach(openApi.getComponents()::addSchemas);
    };
  }

  /** The components, read once from the plan schema. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  static Map<String, Schema<?>> schemas() {
    try (InputStream in =
        PlanSchemaComponents.class.getResourceAsStream("/schema/plan.schema.json")) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      Matcher refs = DEFINITION.matcher(text);
      StringBuilder pointed = new StringBuilder();
      while (refs.find()) {
        refs.appendReplacement(
            pointed,
            Matcher.quoteReplacement("\"#/components/schemas/" + name(refs.group(1)) + "\""));
      }
      refs.appendTail(pointed);
      var mapper = Json31.mapper();
      Map<String, Object> root = mapper.readValue(pointed.toString(), LinkedHashMap.class);
      Map<String, Object> definitions = (Map<String, Object>) root.remove("$defs");
      root.remove("$schema");
      root.remove("$id");
      Map<String, Schema<?>> schemas = new LinkedHashMap<>();
      Schema document = mapper.convertValue(root, Schema.class);
      schemas.put(DOCUMENT, document);
      definitions.forEach(
          (name, definition) ->
              schemas.put(name(name), mapper.convertValue(definition, Schema.class)));

      Schema part = mapper.convertValue(root, Schema.class);
      part.setRequired(null);
      part.setTitle("A part of a plan document");
      part.setDescription(
          "The fields of one part of a plan document (GET /api/v1/plans/{id}/parts/{part}): only"
              + " the part's own fields, and of those only the ones the plan has. Parts and their"
              + " fields: "
              + String.join(
                  "; ",
                  Arrays.stream(PlanPart.values())
                      .map(p -> p.code() + " (" + String.join(", ", p.fields()) + ")")
                      .toList())
              + ". Each field is as in the plan document (plan.schema.json).");
      Map<String, Schema> properties = new LinkedHashMap<>();
      for (PlanPart p : PlanPart.values()) {
        for (String field : p.fields()) {
          properties.put(field, (Schema) document.getProperties().get(field));
        }
      }
      part.setProperties(properties);
      schemas.put(PART, part);
      return schemas;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The component name of a definition of the plan schema: risk is PlanDocumentRisk. */
  private static String name(String definition) {
    return DOCUMENT + Character.toUpperCase(definition.charAt(0)) + definition.substring(1);
  }
}
