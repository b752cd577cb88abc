package org.copse.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.copse.ingest.source.SkipReason;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Real files through real worker JVMs: each fixture gives its text or its skip reason. */
class ForkedExtractorTest {
  private static ForkedExtractor extractor;

  @TempDir static Path dir;

  @BeforeAll
  static void start() {
    extractor = new ForkedExtractor(ExtractionLimits.defaults().withWorkerHeapMb(256).withEmbedded(50, 3),
        WorkerLaunch.fromCurrentJvm(), 1);
  }

  @AfterAll
  static void stop() {
    extractor.close();
  }

  @Test
  void docxGivesTextTitleAndAuthor() throws IOException {
    Path file = ExtractionFixtures.docx(dir, "plain.docx", "Flood Plan", "Ada Lovelace",
        "Sandbags are stored at the depot on Mill Lane.");

    ExtractedDocument doc = extracted(file);

    assertThat(doc.text()).contains("Sandbags are stored at the depot on Mill Lane.");
    assertThat(doc.title()).isEqualTo("Flood Plan");
    assertThat(doc.authors()).containsExactly("Ada Lovelace");
    assertThat(doc.contentType()).contains("wordprocessingml");
    assertThat(doc.truncated()).isFalse();
  }

  @Test
  void xlsxGivesCellText() throws IOException {
    Path file = ExtractionFixtures.xlsx(dir, "budget.xlsx", "Road gritting", "Library opening hours");

    assertThat(extracted(file).text()).contains("Road gritting").contains("Library opening hours");
  }

  @Test
  void pdfGivesTextAndMetadata() throws IOException {
    Path file = ExtractionFixtures.pdf(dir, "minutes.pdf", "Minutes", "Grace Hopper", "The council approved the cycle lane.");

    ExtractedDocument doc = extracted(file);

    assertThat(doc.text()).contains("The council approved the cycle lane.");
    assertThat(doc.title()).isEqualTo("Minutes");
    assertThat(doc.authors()).containsExactly("Grace Hopper");
    assertThat(doc.created()).isNull();
  }

  @Test
  void encryptedPdfIsSkippedAsEncrypted() throws IOException {
    Path file = ExtractionFixtures.encryptedPdf(dir, "encrypted.pdf", "Nobody may read this.");

    assertThat(failed(file).reason()).isEqualTo(SkipReason.ENCRYPTED);
  }

  @Test
  void zeroByteFileIsEmpty() throws IOException {
    Path file = ExtractionFixtures.empty(dir, "zero-bytes.docx");

    assertThat(failed(file).reason()).isEqualTo(SkipReason.EMPTY);
  }

  @Test
  void truncatedDocxIsCorrupt() throws IOException {
    Path file = ExtractionFixtures.truncated(dir, "truncated.docx");

    assertThat(failed(file).reason()).isEqualTo(SkipReason.CORRUPT);
  }

  @Test
  void zipBombIsHostile() throws IOException {
    Path file = ExtractionFixtures.zipBomb(dir, "zip-bomb.zip", 150);

    ExtractionResult.Failed failure = failed(file);

    assertThat(failure.reason()).isEqualTo(SkipReason.HOSTILE);
    assertThat(failure.detail()).contains("zip bomb");
  }

  @Test
  void nestedArchiveEntriesBecomeParts() throws IOException {
    Path file = ExtractionFixtures.nestedZip(dir, "nested.zip");

    ExtractedDocument doc = extracted(file);

    assertThat(doc.parts()).extracting(ExtractedPart::name)
        .contains("readme.txt", "inner.zip", "inner.zip/deep.txt");
    assertThat(doc.parts()).filteredOn(p -> p.name().endsWith("deep.txt")).singleElement()
        .satisfies(p -> assertThat(p.depth()).isEqualTo(2));
    assertThat(doc.fullText()).contains("parish councils").contains("hedgerow surveys");
  }

  @Test
  void entriesNestedBeyondTheDepthLimitAreLeftOut() throws IOException {
    Path file = ExtractionFixtures.nestedZip(dir, "nested-too-deep.zip");
    try (var shallow = new ForkedExtractor(ExtractionLimits.defaults().withWorkerHeapMb(128).withEmbedded(50, 1),
        WorkerLaunch.fromCurrentJvm(), 1)) {
      ExtractionResult result = shallow.extract(file);

      ExtractedDocument doc = ((ExtractionResult.Extracted) result).document();
      assertThat(doc.fullText()).contains("parish councils").doesNotContain("hedgerow surveys");
      assertThat(doc.truncated()).isTrue();
    }
  }

  @Test
  void zipSlipEntryNamesAreLabelsThatStayInside() throws IOException {
    Path file = ExtractionFixtures.zipSlip(dir, "zip-slip.zip");

    ExtractedDocument doc = extracted(file);

    assertThat(doc.parts()).extracting(ExtractedPart::name).containsExactly("evil.txt", "evil");
    assertThat(doc.fullText()).contains("climbs out of its folder");
    assertThat(Path.of("/tmp/evil.txt")).doesNotExist();
  }

  @Test
  void externalEntityInDocxIsNeverResolved() throws IOException {
    Path secret = Files.writeString(dir.resolve("secret.txt"), "TOPSECRET-DOCX-31337");
    Path file = ExtractionFixtures.docxWithXxe(dir, "xxe.docx", secret);

    ExtractionResult result = extractor.extract(file);

    assertThat(result).isInstanceOf(ExtractionResult.Failed.class);
    assertThat(((ExtractionResult.Failed) result).reason()).isEqualTo(SkipReason.CORRUPT);
    assertThat(((ExtractionResult.Failed) result).detail()).doesNotContain("TOPSECRET");
  }

  @Test
  void externalEntityInSvgIsNeverResolved() throws IOException {
    Path secret = Files.writeString(dir.resolve("secret-svg.txt"), "TOPSECRET-SVG-31337");
    Path file = ExtractionFixtures.svgWithXxe(dir, "xxe.svg", secret);

    ExtractionResult result = extractor.extract(file);

    assertThat(result.toString()).doesNotContain("TOPSECRET");
  }

  @Test
  void fileOverTheSizeLimitIsRefusedUnparsed() throws IOException {
    Path file = ExtractionFixtures.docx(dir, "big.docx", "Big", "Writer", "x".repeat(10_000));
    try (var strict = new ForkedExtractor(ExtractionLimits.defaults().withMaxFileBytes(1_000),
        WorkerLaunch.fromCurrentJvm(), 1)) {
      assertThat(((ExtractionResult.Failed) strict.extract(file)).reason()).isEqualTo(SkipReason.TOO_LARGE);
      assertThat(strict.restarts()).isZero();
    }
  }

  @Test
  void textBeyondTheWriteLimitIsCutOff() throws IOException {
    Path file = ExtractionFixtures.docx(dir, "long.docx", "Long", "Writer", "word ".repeat(5_000));
    try (var limited = new ForkedExtractor(ExtractionLimits.defaults().withWorkerHeapMb(128).withMaxTextChars(1_000),
        WorkerLaunch.fromCurrentJvm(), 1)) {
      ExtractedDocument doc = ((ExtractionResult.Extracted) limited.extract(file)).document();

      assertThat(doc.fullText().length()).isLessThanOrEqualTo(1_000);
      assertThat(doc.truncated()).isTrue();
    }
  }

  @Test
  void workerThatRunsOutOfMemoryHangsOrCrashesFailsThatFileAloneAndIsRestarted() throws IOException {
    Path good = ExtractionFixtures.docx(dir, "after.docx", "After", "Writer", "Still working afterwards.");
    Path memory = Files.writeString(dir.resolve("exhaust-memory.txt"), "x");
    Path hang = Files.writeString(dir.resolve("hang.txt"), "x");
    Path crash = Files.writeString(dir.resolve("crash.txt"), "x");
    var launch = new WorkerLaunch(WorkerLaunch.fromCurrentJvm().javaCommand(), System.getProperty("java.class.path"),
        MisbehavingWorker.class.getName(), java.util.List.of());
    var limits = ExtractionLimits.defaults().withWorkerHeapMb(64).withTimeout(Duration.ofSeconds(3));
    try (var fragile = new ForkedExtractor(limits, launch, 1)) {
      Instant start = Instant.now();
      assertThat(((ExtractionResult.Failed) fragile.extract(memory)).reason()).isEqualTo(SkipReason.OUT_OF_MEMORY);
      assertThat(((ExtractionResult.Failed) fragile.extract(hang)).reason()).isEqualTo(SkipReason.TIMEOUT);
      assertThat(((ExtractionResult.Failed) fragile.extract(crash)).reason()).isEqualTo(SkipReason.CORRUPT);
      assertThat(((ExtractionResult.Extracted) fragile.extract(good)).document().text())
          .contains("Still working afterwards.");
      assertThat(fragile.restarts()).isEqualTo(3);
      assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofSeconds(60));
    }
  }

  private static ExtractedDocument extracted(Path file) {
    ExtractionResult result = extractor.extract(file);
    assertThat(result).as("result for %s", file.getFileName()).isInstanceOf(ExtractionResult.Extracted.class);
    return ((ExtractionResult.Extracted) result).document();
  }

  private static ExtractionResult.Failed failed(Path file) {
    ExtractionResult result = extractor.extract(file);
    assertThat(result).as("result for %s", file.getFileName()).isInstanceOf(ExtractionResult.Failed.class);
    return (ExtractionResult.Failed) result;
  }
}
