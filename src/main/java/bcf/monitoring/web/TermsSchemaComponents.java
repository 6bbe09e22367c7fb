package bcf.monitoring.web;

import bcf.platform.web.DocumentSchemas;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The monitoring terms' JSON Schema in the OpenAPI document, as {@value #TERMS}. */
@Configuration
class TermsSchemaComponents {

  static final String TERMS = "MonitoringTerms";
  static final String TERMS_REF = "#/components/schemas/" + TERMS;

  @Bean
  OpenApiCustomizer termsSchema() {
    return DocumentSchemas.component(TERMS, "/schema/monitoring-terms.schema.json");
  }
}
