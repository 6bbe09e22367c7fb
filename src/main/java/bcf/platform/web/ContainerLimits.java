package bcf.platform.web;

import bcf.kernel.Limits;
import jakarta.servlet.MultipartConfigElement;
import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The servlet container's own limits, taken from {@link Limits} rather than written again in the
 * properties: what it reads of a form and of an upload, and when it asks a client for its body.
 */
@Configuration(proxyBeanMethods = false)
class ContainerLimits {

  /** Forms parsed by the container (the tools' pasted CSV) up to {@link Limits#FORM_BYTES}. */
  @Bean
  TomcatConnectorCustomizer formLimit() {
    return connector -> connector.setMaxPostSize(Limits.FORM_BYTES);
  }

  /**
   * An uploaded file up to {@link Limits#BODY_BYTES}, the whole upload {@link Limits#FORM_BYTES}.
   */
  @Bean
  MultipartConfigElement multipartLimits() {
    return new MultipartConfigElement("", Limits.BODY_BYTES, Limits.FORM_BYTES, 0);
  }
}
