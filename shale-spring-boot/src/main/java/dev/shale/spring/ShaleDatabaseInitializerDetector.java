package dev.shale.spring;

import java.util.Set;
import org.springframework.boot.sql.init.dependency.AbstractBeansOfTypeDatabaseInitializerDetector;

/**
 * Tells Spring Boot that {@link ShaleMigrationInitializer} initializes the database, so that the
 * beans that use it (JPA's entity manager factory, jOOQ's DSLContext, JDBC templates, …) are
 * created after it, as for Flyway and Liquibase.
 */
public class ShaleDatabaseInitializerDetector
    extends AbstractBeansOfTypeDatabaseInitializerDetector {
  @Override
  protected Set<Class<?>> getDatabaseInitializerBeanTypes() {
    return Set.of(ShaleMigrationInitializer.class);
  }
}
