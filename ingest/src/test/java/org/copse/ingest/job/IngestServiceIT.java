package org.copse.ingest.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.copse.index.AccessScope;
import org.copse.index.Contribution;
import org.copse.index.SearchRequest;
import org.copse.index.Visibility;
import org.copse.index.query.UserQuery;
import org.copse.ingest.source.SkipReason;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole job on a small folder, with an H2 file database and a Lucene index on disk. */
class IngestServiceIT {
  @TempDir Path home;
  private Path library;
  private IngestHarness harness;

  @BeforeEach
  void setUp() throws IOException {
    library = Files.createDirectories(home.resolve("library"));
    write("Roads/gritting.txt", "Gritting routes are treated before frost.");
    write("Roads/potholes.txt", "Potholes are reported through the online form.");
    write("Parks/allotments.txt", "Allotment waiting lists are kept by the parish.");
    write("readme.txt", "Welcome to the shared library.");
    Files.write(library.resolve("Parks/empty.txt"), new byte[0]);
    Files.write(library.resolve("Roads/broken.docx"), new byte[] {'P', 'K', 3, 4, 1, 2, 3});
    harness = new IngestHarness(home, 2);
  }

  @AfterEach
  void tearDown() {
    harness.close();
  }

  @Test
  void firstRunIndexesStoresAndReportsSkips() {
    List<IngestProgress> progress = new ArrayList<>();

    IngestReport report = harness.service.run(request(), progress::add);

    assertThat(report.completed()).as(report.summary()).isTrue();
    assertThat(report.read()).isEqualTo(6);
    assertThat(report.indexed()).isEqualTo(4);
    assertThat(report.skippedByReason()).containsEntry(SkipReason.EMPTY, 1L).containsEntry(SkipReason.CORRUPT, 1L);
    assertThat(report.skippedItems()).extracting(s -> Path.of(s.location()).getFileName().toString())
        .containsExactly("empty.txt", "broken.docx");
    assertThat(report.failedItems()).isEmpty();
    assertThat(harness.store.count()).isEqualTo(4);
    assertThat(harness.index.stats().documents()).isEqualTo(4);
    assertThat(harness.directory.community("roads")).get()
        .satisfies(c -> assertThat(c.visibility()).isEqualTo(Visibility.MEMBERS_ONLY));
    Contribution gritting = harness.store.find("lib:library:Roads/gritting.txt").orElseThrow();
    assertThat(gritting.body()).isEqualTo("Gritting routes are treated before frost.");
    assertThat(gritting.communityId()).isEqualTo("roads");
    assertThat(harness.index.search(SearchRequest.of(UserQuery.parse("frost"), AccessScope.of("tester", "roads"))).totalHits())
        .isEqualTo(1);
    assertThat(progress).last().satisfies(p -> {
      assertThat(p.phase()).isEqualTo("done");
      assertThat(p.processed()).isEqualTo(6);
      assertThat(p.total()).isEqualTo(6);
    });
  }

  @Test
  void identicalReRunChangesNothing() {
    harness.service.run(request(), ProgressListener.none());
    Contribution before = harness.store.find("lib:library:readme.txt").orElseThrow();

    IngestReport again = harness.service.run(request(), ProgressListener.none());

    assertThat(again.completed()).isTrue();
    assertThat(again.runId()).isNotEqualTo(0);
    assertThat(again.indexed()).isZero();
    assertThat(again.unchanged()).isEqualTo(4);
    assertThat(again.deleted()).isZero();
    assertThat(again.extract().documents()).as("only the skipped files are extracted again").isEqualTo(2);
    assertThat(harness.store.find("lib:library:readme.txt")).contains(before);
    assertThat(harness.index.stats().documents()).isEqualTo(4);
  }

  @Test
  void modifiedFileIsReIndexedAndDeletedFileRemoved() throws IOException {
    harness.service.run(request(), ProgressListener.none());
    write("Roads/gritting.txt", "Gritting routes now include the bypass.");
    Files.delete(library.resolve("Parks/allotments.txt"));

    IngestReport report = harness.service.run(request(), ProgressListener.none());

    assertThat(report.indexed()).isEqualTo(1);
    assertThat(report.unchanged()).isEqualTo(2);
    assertThat(report.deleted()).isEqualTo(1);
    assertThat(harness.store.find("lib:library:Roads/gritting.txt")).get()
        .satisfies(c -> assertThat(c.body()).contains("bypass"));
    assertThat(harness.store.find("lib:library:Parks/allotments.txt")).isEmpty();
    assertThat(harness.index.get("lib:library:Parks/allotments.txt", AccessScope.of("t", "parks"))).isEmpty();
    assertThat(harness.index.stats().documents()).isEqualTo(3);
  }

  @Test
  void emptiedFolderDoesNotWipeTheIndexUnlessAllowed() throws IOException {
    harness.service.run(request(), ProgressListener.none());
    Path moved = Files.move(library, home.resolve("elsewhere"));
    Files.createDirectories(library);

    IngestReport refused = harness.service.run(request(), ProgressListener.none());
    assertThat(refused.completed()).isFalse();
    assertThat(refused.failure()).contains("refusing to delete");
    assertThat(harness.store.count()).isEqualTo(4);

    IngestReport allowed = harness.service.run(request().withOption(IngestOptions.ALLOW_EMPTY, "true"),
        ProgressListener.none());
    assertThat(allowed.completed()).isTrue();
    assertThat(allowed.deleted()).isEqualTo(4);
    assertThat(harness.store.count()).isZero();
    assertThat(moved).exists();
  }

  @Test
  void writesInReadOrderWhileProcessingOnTwoThreads() throws IOException {
    for (int i = 0; i < 30; i++) {
      write(String.format("Many/doc-%02d.txt", i), "Document number " + i + " about drainage.");
    }
    AtomicLong last = new AtomicLong(-1);
    List<Long> processedAfterEachChunk = new ArrayList<>();

    IngestReport report = harness.service.run(request(), p -> {
      processedAfterEachChunk.add(p.processed());
      last.set(p.processed());
    });

    assertThat(report.indexed()).isEqualTo(34);
    assertThat(processedAfterEachChunk).isSorted();
    assertThat(last.get()).isEqualTo(36);
  }

  private IngestRequest request() {
    return IngestRequest.of(SourceCatalog.LIBRARY, library, "general");
  }

  private void write(String relative, String text) throws IOException {
    Path file = library.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }
}
