package bcf.platform;

import java.util.Arrays;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.stereotype.Component;

/**
 * The JDBC session store must not start (and run its expired-session clean-up) before Flyway has
 * created its tables on a fresh database.
 */
@Component
class SessionsAfterMigrations implements BeanFactoryPostProcessor {

  @Override
  public void postProcessBeanFactory(ConfigurableListableBeanFactory factory) {
    if (!factory.containsBeanDefinition("sessionRepository")
        || !factory.containsBeanDefinition("flywayInitializer")) {
      return;
    }
    BeanDefinition sessions = factory.getBeanDefinition("sessionRepository");
    String[] dependsOn = sessions.getDependsOn() == null ? new String[0] : sessions.getDependsOn();
    String[] more = Arrays.copyOf(dependsOn, dependsOn.length + 1);
    more[dependsOn.length] = "flywayInitializer";
    sessions.setDependsOn(more);
  }
}
