package org.copse.web.digest.app;

import java.util.ArrayDeque;
import java.util.Deque;
import org.copse.index.Directory;
import org.copse.index.Member;
import org.jspecify.annotations.Nullable;
import org.springframework.batch.infrastructure.item.ItemReader;

/** Reads every member in id order, a page at a time. One instance per job run. */
final class MemberReader implements ItemReader<Member> {
  private static final int PAGE = 200;

  private final Directory directory;
  private final Deque<Member> buffer = new ArrayDeque<>();
  private String after = "";
  private boolean exhausted;

  MemberReader(Directory directory) {
    this.directory = directory;
  }

  @Override
  public @Nullable Member read() {
    if (buffer.isEmpty() && !exhausted) {
      var page = directory.members(after, PAGE);
      buffer.addAll(page);
      exhausted = page.size() < PAGE;
      if (!page.isEmpty()) {
        after = page.get(page.size() - 1).id();
      }
    }
    return buffer.poll();
  }
}
