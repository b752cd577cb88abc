package org.copse.ingest.source.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class XmlRowTest {
  @Test
  void parsesAttributesAndUnescapesPredefinedEntitiesAndCharacterReferences() throws Exception {
    assertThat(XmlRow.parse("  <row Id=\"1\" Body=\"&lt;p&gt;a &amp;amp; b&#xA;&#233;\" Title='it&apos;s' />"))
        .isEqualTo(Map.of("Id", "1", "Body", "<p>a &amp; b\né", "Title", "it's"));
  }

  @Test
  void refusesDtdEntities() {
    assertThatThrownBy(() -> XmlRow.parse("<row Body=\"&lol9;\" />"))
        .isInstanceOf(XmlRow.InvalidRowException.class).hasMessageContaining("&lol9;");
  }

  @Test
  void refusesUnterminatedRows() {
    assertThatThrownBy(() -> XmlRow.parse("<row Body=\"open />")).isInstanceOf(XmlRow.InvalidRowException.class);
  }
}
