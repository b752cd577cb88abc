package org.copse.bench.ingest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One source the ingest workload runs through the real pipeline.
 *
 * @param name a short name for the result table, such as {@code tika-office-docs}
 * @param type the source type code ({@code library}, {@code stackexchange}, {@code mediawiki})
 * @param path the folder or file to read
 * @param description what it is, for the result table
 */
public record IngestInput(String name, String type, Path path, String description) {

  /**
   * The real inputs under a data folder laid out as {@code /work/shared/data} is: the Tika test
   * documents, the beer Stack Exchange dump, the Afar Wikipedia's full history and a sample of the
   * English "Anarchism" article's history, those present.
   */
  public static List<IngestInput> real(Path data) {
    List<IngestInput> inputs = new ArrayList<>();
    add(inputs, new IngestInput("tika-office-docs", "library", data.resolve("office-docs/tika-test-documents"),
        "618 real office, PDF, mail and archive files (Apache Tika's test documents), Tika in worker JVMs"));
    add(inputs, new IngestInput("stackexchange-beer", "stackexchange", data.resolve("stackexchange/beer.stackexchange.com"),
        "beer.stackexchange.com data dump (561 questions, 1,330 answers, comments)"));
    add(inputs, new IngestInput("mediawiki-aawiki", "mediawiki",
        data.resolve("mediawiki/aawiki-full-history/aawiki-20260101-pages-meta-history.xml.gz"),
        "Afar Wikipedia pages-meta-history (507 pages, 1,307 revisions, gzip; only 2 pages are articles, "
            + "the rest are skipped as outside the article namespace)"));
    add(inputs, new IngestInput("mediawiki-enwiki-anarchism", "mediawiki",
        data.resolve("mediawiki/enwiki-anarchism-history/enwiki-Anarchism-history-every50th-revision.xml.gz"),
        "English Wikipedia's \"Anarchism\" article, every 50th revision of its history (gzip, 7.4 MB): "
            + "one page whose editors are all credited"));
    return inputs;
  }

  private static void add(List<IngestInput> inputs, IngestInput input) {
    if (Files.exists(input.path())) {
      inputs.add(input);
    }
  }
}
