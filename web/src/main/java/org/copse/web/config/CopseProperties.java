package org.copse.web.config;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code copse.*}.
 *
 * @param dataDir where the embedded index and database live ({@code --data-dir} on the command line)
 * @param index which index adapter to use
 * @param demo whether to load the demo content at start-up
 */
@ConfigurationProperties("copse")
public record CopseProperties(
    @DefaultValue("./copse-data") Path dataDir,
    @DefaultValue Index index,
    @DefaultValue Demo demo) {

  /** @param backend the index adapter: {@code lucene} (embedded, default) or {@code elasticsearch} */
  public record Index(@DefaultValue("lucene") IndexBackend backend) {}

  /** @param load load the demo communities, members and contributions when the store is empty */
  public record Demo(@DefaultValue("false") boolean load) {}

  /** The index adapters Copse can use. */
  public enum IndexBackend { LUCENE, ELASTICSEARCH }

  /** The directory of the embedded Lucene index. */
  public Path luceneDirectory() {
    return dataDir.resolve("index");
  }
}
