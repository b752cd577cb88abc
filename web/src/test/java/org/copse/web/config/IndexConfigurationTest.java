package org.copse.web.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import org.copse.index.SearchIndex;
import org.copse.index.elasticsearch.ElasticsearchSettings;
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
  void elasticsearchWithoutHostsFailsNamingTheSetting() {
    runner().withPropertyValues("copse.index.backend=elasticsearch").run(context ->
        assertThat(context).hasFailed().getFailure().rootCause()
            .hasMessageContaining("copse.index.elasticsearch.hosts"));
  }

  @Test
  void elasticsearchPropertiesBindToTheAdaptersSettings() {
    runner().withPropertyValues("copse.index.elasticsearch.hosts=https://es1.internal:9200,https://es2.internal:9200",
        "copse.index.elasticsearch.username=copse", "copse.index.elasticsearch.password=secret",
        "copse.index.elasticsearch.ca-fingerprint=AB:CD", "copse.index.elasticsearch.verify-certificates=false",
        "copse.index.elasticsearch.alias=cop-test", "copse.index.elasticsearch.shards=3",
        "copse.index.elasticsearch.replicas=2", "copse.index.elasticsearch.connect-timeout=2s",
        "copse.index.elasticsearch.request-timeout=30s", "copse.index.elasticsearch.max-retries=7",
        "copse.index.elasticsearch.retry-backoff=50ms").run(context -> {
          ElasticsearchSettings settings = context.getBean(ElasticsearchProperties.class).toSettings();
          assertThat(settings.hosts()).containsExactly(URI.create("https://es1.internal:9200"),
              URI.create("https://es2.internal:9200"));
          assertThat(settings.username()).isEqualTo("copse");
          assertThat(settings.password()).isEqualTo("secret");
          assertThat(settings.apiKey()).isNull();
          assertThat(settings.caFingerprint()).isEqualTo("AB:CD");
          assertThat(settings.verifyCertificates()).isFalse();
          assertThat(settings.alias()).isEqualTo("cop-test");
          assertThat(settings.shards()).isEqualTo(3);
          assertThat(settings.replicas()).isEqualTo(2);
          assertThat(settings.connectTimeout()).isEqualTo(Duration.ofSeconds(2));
          assertThat(settings.requestTimeout()).isEqualTo(Duration.ofSeconds(30));
          assertThat(settings.maxRetries()).isEqualTo(7);
          assertThat(settings.retryBackoff()).isEqualTo(Duration.ofMillis(50));
        });
  }

  @Test
  void elasticsearchDefaultsAreTheAdaptersDefaults() {
    runner().withPropertyValues("copse.index.elasticsearch.hosts=http://localhost:9200", "copse.index.elasticsearch.api-key=a2V5")
        .run(context -> {
          ElasticsearchSettings bound = context.getBean(ElasticsearchProperties.class).toSettings();
          ElasticsearchSettings defaults = ElasticsearchSettings.of("http://localhost:9200");
          assertThat(bound.apiKey()).isEqualTo("a2V5");
          assertThat(bound.username()).isNull();
          assertThat(bound.verifyCertificates()).isTrue();
          assertThat(bound.alias()).isEqualTo(defaults.alias());
          assertThat(bound.shards()).isEqualTo(defaults.shards());
          assertThat(bound.replicas()).isEqualTo(defaults.replicas());
          assertThat(bound.connectTimeout()).isEqualTo(defaults.connectTimeout());
          assertThat(bound.requestTimeout()).isEqualTo(defaults.requestTimeout());
          assertThat(bound.maxRetries()).isEqualTo(defaults.maxRetries());
          assertThat(bound.retryBackoff()).isEqualTo(defaults.retryBackoff());
        });
  }

  @Test
  void invalidElasticsearchSettingsNameTheirPrefix() {
    runner().withPropertyValues("copse.index.backend=elasticsearch", "copse.index.elasticsearch.hosts=http://localhost:9200",
        "copse.index.elasticsearch.username=copse").run(context ->
        assertThat(context).hasFailed().getFailure().rootCause()
            .hasMessageContaining("username and password go together"));
  }

  @Test
  void anUnknownBackendIsRefused() {
    runner().withPropertyValues("copse.index.backend=solr").run(context -> assertThat(context).hasFailed());
  }
}
