package org.copse.index.elasticsearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ElasticsearchSettingsTest {

  @Test
  void defaultsNameOneHostAndTheStandardAlias() {
    ElasticsearchSettings settings = ElasticsearchSettings.of("http://localhost:9200");
    assertThat(settings.alias()).isEqualTo(ElasticsearchSettings.DEFAULT_ALIAS);
    assertThat(settings.replicas()).isEqualTo(1);
    assertThat(settings.verifyCertificates()).isTrue();
  }

  @Test
  void refusesSettingsThatCannotWork() {
    ElasticsearchSettings ok = ElasticsearchSettings.of("https://es1:9200");
    assertThatThrownBy(() -> ElasticsearchSettings.of("es1:9200")).hasMessageContaining("https://name:9200");
    assertThatThrownBy(() -> ok.withAlias("Copse")).hasMessageContaining("lower case");
    assertThatThrownBy(() -> ok.withAlias("copse.v1")).hasMessageContaining("lower case");
    assertThatThrownBy(() -> ok.withLayout(0, 1)).hasMessageContaining("shards");
    assertThatThrownBy(() -> ok.withLayout(1, -1)).hasMessageContaining("replicas");
    assertThatThrownBy(() -> ok.withTimeouts(Duration.ZERO, Duration.ofSeconds(1))).hasMessageContaining("connect timeout");
    assertThatThrownBy(() -> new ElasticsearchSettings(ok.hosts(), null, null, null, Path.of("ca.crt"), "ab:cd", true,
        ok.alias(), 1, 1, ok.connectTimeout(), ok.requestTimeout(), 1, ok.retryBackoff(), null, null))
        .hasMessageContaining("not both");
    assertThatThrownBy(() -> new ElasticsearchSettings(ok.hosts(), "copse", null, null, null, null, true,
        ok.alias(), 1, 1, ok.connectTimeout(), ok.requestTimeout(), 1, ok.retryBackoff(), null, null))
        .hasMessageContaining("username and password");
  }

  @Test
  void aFingerprintReplacesACertificateAndTheOtherWayRound() {
    ElasticsearchSettings settings = ElasticsearchSettings.of("https://es1:9200").withCaCertificate(Path.of("ca.crt"))
        .withCaFingerprint("AB:CD");
    assertThat(settings.caCertificate()).isNull();
    assertThat(settings.caFingerprint()).isEqualTo("AB:CD");
  }
}
