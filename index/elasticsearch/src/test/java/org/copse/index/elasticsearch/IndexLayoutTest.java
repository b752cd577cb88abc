package org.copse.index.elasticsearch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class IndexLayoutTest {

  @Test
  void theTemplateCarriesTheLayoutTheSynonymsAndTheProtectedWords() {
    ElasticsearchSettings settings = ElasticsearchSettings.of("http://localhost:9200").withAlias("copse-test").withLayout(3, 2);
    JsonNode template = JsonMapper.builder().build().readTree(IndexLayout.templateJson(settings));

    assertThat(template.get("index_patterns").get(0).asString()).isEqualTo("copse-test.v*");
    JsonNode index = template.get("template").get("settings").get("index");
    assertThat(index.get("number_of_shards").asInt()).isEqualTo(3);
    assertThat(index.get("number_of_replicas").asInt()).isEqualTo(2);
    JsonNode filters = template.get("template").get("settings").get("analysis").get("filter");
    assertThat(filters.get("copse_synonyms").get("synonyms").toString())
        .contains("foi, freedom of information").doesNotContain("#");
    assertThat(filters.get("copse_protected").get("keywords").toString()).contains("wales");
  }

  @Test
  void analysisFilesCanBeReplaced(@TempDir Path dir) throws IOException {
    Path synonyms = Files.writeString(dir.resolve("synonyms.txt"), "# ours\nbin, wheelie bin\n\n");
    Path words = Files.writeString(dir.resolve("protected.txt"), "Wales\n");
    ElasticsearchSettings settings = ElasticsearchSettings.of("http://localhost:9200").withAnalysisFiles(synonyms, words);
    JsonNode filters = JsonMapper.builder().build().readTree(IndexLayout.templateJson(settings))
        .get("template").get("settings").get("analysis").get("filter");

    assertThat(filters.get("copse_synonyms").get("synonyms").toString()).isEqualTo("[\"bin, wheelie bin\"]");
    assertThat(filters.get("copse_protected").get("keywords").toString()).isEqualTo("[\"wales\"]");
  }
}
