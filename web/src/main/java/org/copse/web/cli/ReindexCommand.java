package org.copse.web.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.copse.index.SearchIndex;
import org.copse.web.config.CopseProperties;
import org.copse.web.config.CopseProperties.IndexBackend;
import org.copse.web.config.ElasticsearchProperties;
import org.copse.web.config.IndexBackends;
import org.copse.web.reindex.IndexCopier;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code copse reindex --to elasticsearch|lucene}: copies every contribution from the configured
 * index to the other backend, for moving a deployment between them.
 */
@Command(name = "reindex", mixinStandardHelpOptions = true,
    description = "Copy every contribution from the configured index to another backend.")
final class ReindexCommand implements Callable<Integer> {

  @ParentCommand
  private CopseCommand copse;

  @Spec
  private CommandSpec spec;

  @Option(names = "--to", paramLabel = "BACKEND", required = true,
      description = "The target backend: elasticsearch (copse.index.elasticsearch.*) or lucene.")
  private String to = "";

  @Option(names = "--lucene-dir", paramLabel = "DIR",
      description = "The target Lucene index directory (default: index/ under the data directory).")
  private @Nullable Path luceneDir;

  @Option(names = "--batch-size", paramLabel = "N", defaultValue = "" + IndexCopier.DEFAULT_BATCH_SIZE,
      description = "Contributions per write (default: ${DEFAULT-VALUE}).")
  private int batchSize;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    IndexBackend target;
    try {
      target = IndexBackend.valueOf(to.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      err.println("copse: --to must be elasticsearch or lucene, not '" + to + "'");
      return SearchCommand.BAD_INPUT;
    }
    try (ConfigurableApplicationContext context = SpringLauncher.quiet(copse.dataDir(), Map.of())) {
      CopseProperties properties = context.getBean(CopseProperties.class);
      Path targetDirectory = (luceneDir == null ? properties.luceneDirectory() : luceneDir).toAbsolutePath().normalize();
      IndexBackend source = properties.index().backend();
      if (target == source && (target == IndexBackend.ELASTICSEARCH
          || targetDirectory.equals(properties.luceneDirectory().toAbsolutePath().normalize()))) {
        err.println("copse: the configured index is already " + to + " at that location; choose another target");
        return SearchCommand.BAD_INPUT;
      }
      try (SearchIndex targetIndex = IndexBackends.open(target, targetDirectory,
          context.getBean(ElasticsearchProperties.class))) {
        long copied = new IndexCopier(batchSize).copy(context.getBean(SearchIndex.class), targetIndex,
            count -> err.printf("\rcopied %,d contributions", count).flush());
        err.println();
        spec.commandLine().getOut().printf("Copied %d contributions from %s to %s.%n", copied,
            source.name().toLowerCase(Locale.ROOT), target == IndexBackend.LUCENE ? targetDirectory : "elasticsearch");
        return 0;
      }
    }
  }
}
