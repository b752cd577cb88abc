package org.copse.web.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Random;
import org.copse.web.cli.CopseCommandTest.Run;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code copse eval experts|digest} on a generated Stack Exchange dump: 120 questions over 24 weeks
 * in four tags, each answered (and accepted) mostly by that tag's specialist.
 */
class EvalCommandTest {
  private static final Logger log = LoggerFactory.getLogger(EvalCommandTest.class);
  private static final long SEED = 20261127L;
  private static final List<String> TAGS = List.of("hops", "yeast", "kegging", "water");

  @TempDir static Path site;

  @BeforeAll
  static void writeDump() throws IOException {
    log.info("generating the Stack Exchange dump with seed {}", SEED);
    Random random = new Random(SEED);
    StringBuilder posts = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<posts>\n");
    StringBuilder comments = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<comments>\n");
    LocalDateTime start = LocalDateTime.of(2025, 1, 6, 9, 0);
    int id = 1;
    for (int q = 0; q < 120; q++) {
      int tag = random.nextInt(TAGS.size());
      int asker = 100 + random.nextInt(20);
      int expert = 10 + tag;
      int other = 10 + random.nextInt(TAGS.size());
      LocalDateTime asked = start.plusHours(q * 33L);
      int question = id++;
      int good = id++;
      int second = id++;
      String topic = TAGS.get(tag);
      posts.append(String.format("  <row Id=\"%d\" PostTypeId=\"1\" AcceptedAnswerId=\"%d\" CreationDate=\"%s\" Score=\"3\""
          + " Body=\"How do I manage %s in batch %d?\" OwnerUserId=\"%d\" Title=\"A %s question %d\" Tags=\"&lt;%s&gt;\" />%n",
          question, good, asked, topic, q, asker, topic, q, topic));
      posts.append(String.format("  <row Id=\"%d\" PostTypeId=\"2\" ParentId=\"%d\" CreationDate=\"%s\" Score=\"5\""
          + " Body=\"For %s, control it early.\" OwnerUserId=\"%d\" />%n", good, question, asked.plusHours(2), topic, expert));
      posts.append(String.format("  <row Id=\"%d\" PostTypeId=\"2\" ParentId=\"%d\" CreationDate=\"%s\" Score=\"1\""
          + " Body=\"Maybe try %s differently.\" OwnerUserId=\"%d\" />%n", second, question, asked.plusHours(3), topic, other));
      comments.append(String.format("  <row Id=\"%d\" PostId=\"%d\" Score=\"0\" Text=\"Thanks, this %s tip helped.\""
          + " CreationDate=\"%s\" UserId=\"%d\" />%n", q + 1, good, topic, asked.plusHours(5), asker));
    }
    Files.writeString(site.resolve("Posts.xml"), posts.append("</posts>\n"));
    Files.writeString(site.resolve("Comments.xml"), comments.append("</comments>\n"));
    StringBuilder users = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<users>\n");
    for (int user : new int[] {10, 11, 12, 13}) {
      users.append(String.format("  <row Id=\"%d\" Reputation=\"500\" DisplayName=\"Specialist %d\" />%n", user, user));
    }
    for (int user = 100; user < 120; user++) {
      users.append(String.format("  <row Id=\"%d\" Reputation=\"5\" DisplayName=\"Asker %d\" />%n", user, user));
    }
    Files.writeString(site.resolve("Users.xml"), users.append("</users>\n"));
  }

  @Test
  void expertEvaluationPrintsMetricsPerMethodAndWritesJson(@TempDir Path out) throws IOException {
    Path json = out.resolve("experts.json");

    Run run = CopseCommandTest.copse("eval", "experts", site.toString(), "--json", json.toString());

    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.out()).containsPattern("[1-9][0-9]* test questions").contains("MRR ", "nDCG@10 ");
    assertThat(Files.readString(json)).contains("\"methods\"", "\"strict\"");
  }

  @Test
  void digestEvaluationPrintsPrecisionAgainstTheBaseline(@TempDir Path out) throws IOException {
    Path json = out.resolve("digest.json");

    Run run = CopseCommandTest.copse("eval", "digest", site.toString(), "--json", json.toString());

    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.out()).contains("digest precision@", "most-recent baseline");
    assertThat(Files.readString(json)).contains("\"digestPrecision\"");
  }

  @Test
  void aFolderWithoutADumpIsRefused(@TempDir Path empty) {
    Run run = CopseCommandTest.copse("eval", "experts", empty.toString());

    assertThat(run.status()).isEqualTo(SearchCommand.BAD_INPUT);
    assertThat(run.err()).contains("no Posts.xml");
  }
}
