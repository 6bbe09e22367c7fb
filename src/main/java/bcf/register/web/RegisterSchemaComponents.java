package bcf.register.web;

import bcf.platform.web.DocumentSchemas;
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
    return DocumentSchemas.component(DOCUMENT, "/schema/register.schema.json");
  }
}
