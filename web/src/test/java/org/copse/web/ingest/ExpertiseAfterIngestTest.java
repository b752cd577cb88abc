package org.copse.web.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import java.util.List;
import org.copse.expertise.rank.Expert;
import org.copse.expertise.rank.ExpertFinder;
import org.copse.index.AccessScope;
import org.copse.index.Directory;
import org.copse.ingest.job.IngestReport;
import org.copse.ingest.job.IngestRequest;
import org.copse.ingest.job.IngestService;
import org.copse.ingest.job.ProgressListener;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * An ingest the application did not start itself (as the ingest module's scheduled re-ingest runs,
 * straight through IngestService) is followed by a graph refresh on the next check.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class ExpertiseAfterIngestTest {
  private static final Path DATA_DIR = createDataDir();

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) {
    registry.add("copse.data-dir", DATA_DIR::toString);
    registry.add("copse.demo.load", () -> "true");
    registry.add("copse.digest.cron", () -> "-");
    registry.add("copse.expertise.refresh-check", () -> "1h");
  }

  @Autowired IngestService service;
  @Autowired ExpertiseAfterIngest watcher;
  @Autowired ExpertFinder experts;
  @Autowired Directory directory;

  @Test
  void aScheduledIngestsAuthorsBecomeExpertsAfterTheNextCheck() throws Exception {
    Path feed = Path.of(getClass().getResource("/ingest/feed-rss2-two-housing-posts.xml").toURI());

    AccessScope tom = directory.scopeFor("tom.evans");

    IngestReport report = service.run(IngestRequest.of("feed", feed, "housing"), ProgressListener.none());
    // evidence comes from the index at once; the author's profile comes from the graph
    List<Expert> found = experts.experts("quokkafield", tom, 5);
    assertThat(report.indexed()).isEqualTo(2);
    assertThat(found).isNotEmpty();
    String author = found.get(0).memberId();
    assertThat(experts.profile(author, tom, 10)).as("not in the graph until it is refreshed").isEmpty();

    watcher.check();

    assertThat(experts.profile(author, tom, 10)).isNotEmpty();
  }

  private static Path createDataDir() {
    try {
      return Files.createTempDirectory("copse-after-ingest-");
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Removed when the JVM exits, after Spring has closed the context that holds its files. */
  @AfterAll
  static void removeDataDirOnExit() {
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      try (Stream<Path> files = Files.walk(DATA_DIR)) {
        for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(file);
        }
      } catch (IOException e) {
        throw new UncheckedIOException("could not remove " + DATA_DIR, e);
      }
    }));
  }
}
