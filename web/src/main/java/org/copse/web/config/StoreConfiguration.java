package org.copse.web.config;

import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.copse.index.ContributionStore;
import org.copse.index.Directory;
import org.copse.store.Accounts;
import org.copse.store.JdbcContributionStore;
import org.copse.store.JdbcDirectory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The relational store on the application's data source (H2 under the data directory unless
 * {@code spring.datasource.url} says otherwise). Spring Boot's Flyway runs the store's migrations at
 * start-up, before any request or command uses these beans.
 */
@Configuration(proxyBeanMethods = false)
class StoreConfiguration {

  /** Evicts pooled connections whose H2 database went away, so the store recovers when it returns. */
  @Bean
  static BeanPostProcessor evictLostH2Connections() {
    return new BeanPostProcessor() {
      @Override
      public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof HikariDataSource pool && pool.getExceptionOverrideClassName() == null) {
          pool.setExceptionOverrideClassName(H2ConnectionLoss.class.getName());
        }
        return bean;
      }
    };
  }

  @Bean
  Directory directory(DataSource dataSource) {
    return new JdbcDirectory(dataSource);
  }

  @Bean
  ContributionStore contributionStore(DataSource dataSource) {
    return new JdbcContributionStore(dataSource);
  }

  @Bean
  Accounts accounts(DataSource dataSource) {
    return new Accounts(dataSource);
  }
}
