package org.copse.web.digest.app;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.nio.file.Path;
import java.security.Principal;
import javax.sql.DataSource;
import org.copse.expertise.fixtures.Backend;
import org.copse.index.Directory;
import org.copse.index.SearchIndex;
import org.copse.web.digest.DigestWorld;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;

/**
 * The digest inside a minimal Spring Boot application, standing in for the web application: the
 * seeded world's database, directory and index (on the backend named by {@code test.backend}) as
 * beans, and, in place of Spring Security, a filter that takes the signed-in member from the
 * {@code X-Test-Member} header (and the ADMIN role from {@code X-Test-Admin}).
 */
@SpringBootApplication
class DigestTestApplication {

  @Bean(destroyMethod = "close")
  DigestWorld world(@Value("${test.folder}") Path folder, @Value("${test.backend}") Backend backend) {
    return DigestWorld.create(folder, backend, "digest-application");
  }

  @Bean
  DataSource dataSource(DigestWorld world) {
    return world.dataSource;
  }

  @Bean
  Directory directory(DigestWorld world) {
    return world.directory;
  }

  @Bean
  SearchIndex searchIndex(DigestWorld world) {
    return world.index;
  }

  @Bean
  FilterRegistrationBean<Filter> testSignIn() {
    Filter filter = (request, response, chain) -> {
      HttpServletRequest http = (HttpServletRequest) request;
      String member = http.getHeader("X-Test-Member");
      boolean admin = "yes".equals(http.getHeader("X-Test-Admin"));
      chain.doFilter(member == null ? request : new HttpServletRequestWrapper(http) {
        @Override
        public Principal getUserPrincipal() {
          return () -> member;
        }

        @Override
        public boolean isUserInRole(String role) {
          return admin && role.equals("ADMIN");
        }
      }, response);
    };
    return new FilterRegistrationBean<>(filter);
  }
}
