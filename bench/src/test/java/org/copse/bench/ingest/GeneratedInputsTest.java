package org.copse.bench.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.copse.bench.corpus.CorpusFile;
import org.copse.bench.corpus.CorpusModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GeneratedInputsTest {
  private static final long SEED = 42;

  @TempDir
  Path folder;

  @Test
  void scaledInputsKeepTheSmallSetsMixAndSpreadPostsOverMoreAuthors() throws IOException {
    CorpusFile corpus = CorpusFile.ensure(folder.resolve("corpus"), CorpusModel.create(SEED), 2_000);

    List<IngestInput> small = GeneratedInputs.write(folder.resolve("small"), corpus);
    List<IngestInput> large = GeneratedInputs.write(folder.resolve("large"), corpus, 10 * GeneratedInputs.SMALL_ITEMS);

    assertThat(small).extracting(IngestInput::name)
        .containsExactly("generated-library", "generated-stackexchange", "generated-mediawiki");
    assertThat(fileCount(small.get(0).path())).isEqualTo(40);
    assertThat(fileCount(large.get(0).path())).isEqualTo(400);
    assertThat(count("<row Id=\"\\d+\" PostTypeId", small.get(1).path().resolve("Posts.xml"))).isEqualTo(90);
    assertThat(count("<row Id=\"\\d+\" PostTypeId", large.get(1).path().resolve("Posts.xml"))).isEqualTo(900);
    assertThat(count("<page>", small.get(2).path())).isEqualTo(20);
    assertThat(count("<page>", large.get(2).path())).isEqualTo(200);
    assertThat(count("<row Id=\"\\d+\" Reputation", large.get(1).path().resolve("Users.xml"))).isEqualTo(180);
  }

  private static long fileCount(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.count();
    }
  }

  private static int count(String regex, Path file) throws IOException {
    Matcher m = Pattern.compile(regex).matcher(Files.readString(file));
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }
}
