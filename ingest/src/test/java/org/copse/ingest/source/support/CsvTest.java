package org.copse.ingest.source.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTest {
  @Test
  void readsQuotedValuesWithCommasQuotesAndNewlines() throws IOException {
    assertThat(Csv.parse("a,\"b, \"\"c\"\"\nd\",\r\nx,y,z")).containsExactly(
        List.of("a", "b, \"c\"\nd", ""), List.of("x", "y", "z"));
  }

  @Test
  void refusesAnUnterminatedQuote() {
    assertThatThrownBy(() -> Csv.parse("a,\"b")).isInstanceOf(IOException.class).hasMessageContaining("record 1");
  }
}
