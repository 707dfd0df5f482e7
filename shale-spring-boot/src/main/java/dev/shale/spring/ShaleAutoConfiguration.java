package dev.shale.spring;

import dev.shale.Shale;
import javax.sql.DataSource;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * Migrates the application's {@link DataSource} with Shale at start-up ({@code shale.enabled},
 * {@code shale.locations} and the {@code [migrate]} settings as {@code shale.*} properties).
 */
@AutoConfiguration(
    afterName = {
      "org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration",
      "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration"
    })
@ConditionalOnClass(Shale.class)
@ConditionalOnSingleCandidate(DataSource.class)
@ConditionalOnProperty(prefix = "shale", name = "enabled", matchIfMissing = true)
@EnableConfigurationProperties(ShaleProperties.class)
public class ShaleAutoConfiguration {
  @Bean
  @ConditionalOnMissingBean
  public ShaleMigrationInitializer shaleMigrationInitializer(
      DataSource dataSource, ShaleProperties properties) {
    return new ShaleMigrationInitializer(dataSource, properties);
  }
}
