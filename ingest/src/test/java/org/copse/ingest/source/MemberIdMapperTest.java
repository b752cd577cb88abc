package org.copse.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.copse.ingest.source.support.SourceFixtures.fixture;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MemberIdMapperTest {
  @Test
  void mapsListedIdsAndKeepsOthers() {
    MemberIdMapper mapper = MemberIdMapper.fromCsv(fixture("person-mapping.csv"));

    assertThat(mapper.map("member:se:beer:12")).isEqualTo("ann");
    assertThat(mapper.map("member:mail:lists:bob@example.gov.uk")).isEqualTo("ann");
    assertThat(mapper.map("member:se:beer:7")).isEqualTo("member:se:beer:7");
    assertThat(mapper.size()).isEqualTo(2);
  }

  @Test
  void refusesOneSourceIdMappedToTwoMembers(@TempDir Path temp) throws Exception {
    Path file = temp.resolve("mapping.csv");
    Files.writeString(file, "source_id,member_id\na,x\na,y\n");

    assertThatThrownBy(() -> MemberIdMapper.fromCsv(file)).isInstanceOf(SourceException.class).hasMessageContaining("line 3");
  }

  @Test
  void refusesALineWithoutTwoValues(@TempDir Path temp) throws Exception {
    Path file = temp.resolve("mapping.csv");
    Files.writeString(file, "source_id,member_id\nonly-one\n");

    assertThatThrownBy(() -> MemberIdMapper.fromCsv(file)).isInstanceOf(SourceException.class).hasMessageContaining("line 2");
  }
}
