package org.copse.web.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.copse.index.SearchIndex;
import org.copse.index.lucene.LuceneSearchIndex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

class IndexConfigurationTest {
  @TempDir Path dataDir;

  @Configuration(proxyBeanMethods = false)
  @EnableConfigurationProperties(CopseProperties.class)
  @Import(IndexConfiguration.class)
  static class Wiring {}

  private ApplicationContextRunner runner() {
    return new ApplicationContextRunner().withUserConfiguration(Wiring.class)
        .withPropertyValues("copse.data-dir=" + dataDir);
  }

  @Test
  void luceneUnderTheDataDirectoryWhenUnset() {
    runner().run(context -> {
      assertThat(context).hasSingleBean(SearchIndex.class);
      assertThat(context.getBean(SearchIndex.class)).isInstanceOf(LuceneSearchIndex.class);
      assertThat(context.getBean(SearchIndex.class).stats().location()).contains(dataDir.resolve("index").toString());
    });
  }

  @Test
  void elasticsearchFailsWithAClearMessageUntilItsAdapterIsWired() {
    runner().withPropertyValues("copse.index.backend=elasticsearch").run(context ->
        assertThat(context).hasFailed().getFailure().rootCause()
            .hasMessageContaining("copse.index.backend=elasticsearch is not available"));
  }

  @Test
  void anUnknownBackendIsRefused() {
    runner().withPropertyValues("copse.index.backend=solr").run(context -> assertThat(context).hasFailed());
  }
}
