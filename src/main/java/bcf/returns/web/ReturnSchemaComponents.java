package bcf.returns.web;

import bcf.platform.web.DocumentSchemas;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The return document's JSON Schema in the OpenAPI document, as {@value #DOCUMENT}. */
@Configuration
class ReturnSchemaComponents {

  static final String DOCUMENT = "ReturnDocument";
  static final String DOCUMENT_REF = "#/components/schemas/" + DOCUMENT;

  @Bean
  OpenApiCustomizer returnSchema() {
    return DocumentSchemas.component(DOCUMENT, "/schema/return.schema.json");
  }
}
