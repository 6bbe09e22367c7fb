package bcf.platform.web;

import bcf.json.Json;
import java.time.Duration;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The GOV.UK Frontend files from the webjar, at the paths its stylesheet expects; the API reads and
 * writes JSON with bcf's one configuration ({@link Json}) on the mapper Spring builds.
 */
@Configuration
public class WebConfig implements WebMvcConfigurer {

  @Bean
  JsonMapperBuilderCustomizer bcfJson() {
    return Json::configure;
  }

  private static final String GOVUK =
      "classpath:/META-INF/resources/webjars/govuk-frontend/5.14.0/dist/govuk/";

  @Override
  public void addResourceHandlers(ResourceHandlerRegistry registry) {
    CacheControl day = CacheControl.maxAge(Duration.ofDays(1)).cachePublic();
    registry
        .addResourceHandler("/assets/**")
        .addResourceLocations(GOVUK + "assets/")
        .setCacheControl(day);
    registry.addResourceHandler("/govuk/**").addResourceLocations(GOVUK).setCacheControl(day);
  }

  @Override
  public void addViewControllers(ViewControllerRegistry registry) {
    registry.addRedirectViewController("/", "/plans");
  }
}
