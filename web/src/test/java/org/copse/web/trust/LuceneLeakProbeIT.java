package org.copse.web.trust;

import java.util.Map;

/** The leak probe on the embedded Lucene index. */
class LuceneLeakProbeIT extends AbstractLeakProbeIT {
  @Override
  Map<String, String> backend(String name) {
    return Map.of("copse.index.backend", "lucene");
  }
}
