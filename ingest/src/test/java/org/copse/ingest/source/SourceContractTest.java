package org.copse.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.copse.index.Contribution;
import org.copse.index.Member;
import org.copse.ingest.source.support.SourceFixtures;
import org.junit.jupiter.api.Test;

/**
 * The {@link Source} contract, run against every reader with one of its fixtures: subclasses give
 * the source.
 */
public abstract class SourceContractTest {
  /** A source over a small fixture that yields at least one item. */
  protected abstract Source source();

  @Test
  void yieldsTheSameItemsInTheSameOrderOnEveryRead() {
    Source source = source();

    assertThat(SourceFixtures.readAll(source).items()).isNotEmpty().isEqualTo(SourceFixtures.readAll(source).items());
  }

  @Test
  void givesEveryItemAUniqueIdPrefixedWithTheSourceKind() {
    List<String> ids = SourceFixtures.readAll(source()).ids();

    assertThat(ids).doesNotHaveDuplicates();
    assertThat(ids).allSatisfy(id -> assertThat(id).matches("[a-z]+:[A-Za-z0-9._-]+:[a-z]+:.+"));
  }

  @Test
  void yieldsParentsAndThreadStartersBeforeTheirChildren() {
    Set<String> seen = new HashSet<>();
    for (Contribution item : SourceFixtures.readAll(source()).items()) {
      if (item.parentId() != null) {
        assertThat(seen).as("parent of %s", item.id()).contains(item.parentId());
      }
      if (!item.threadId().equals(item.id())) {
        assertThat(seen).as("thread of %s", item.id()).contains(item.threadId());
      }
      seen.add(item.id());
    }
  }

  @Test
  void namesOnlyMembersItsDirectoryDefines() {
    Source source = source();
    Set<String> members = new HashSet<>(source.directory().members().stream().map(Member::id).toList());

    for (Contribution item : SourceFixtures.readAll(source).items()) {
      assertThat(members).as("contributors of %s", item.id()).containsAll(item.memberIds());
    }
  }

  @Test
  void hashesContentAndKeepsTimesInOrder() {
    assertThat(SourceFixtures.readAll(source()).items()).allSatisfy(item -> {
      assertThat(item.contentHash()).matches("[0-9a-f]{64}");
      assertThat(item.updated()).isAfterOrEqualTo(item.created());
    });
  }
}
