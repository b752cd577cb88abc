package org.copse.bench.corpus;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.copse.index.AccessScope;
import org.copse.index.Visibility;

/**
 * Communities and authors. Community sizes are Zipf (exponent 1: the largest takes ~13% of the
 * contributions), {@value #MEMBERS_ONLY_SHARE} of them are members-only, and each has a main topic.
 * Author activity is Zipf (exponent {@value #AUTHOR_EXPONENT}); each author is a member of 1 to
 * {@value #MAX_MEMBERSHIPS} communities drawn by size, which together with the public communities
 * is what they may read.
 */
public final class Population {

  public static final int COMMUNITIES = 1_000;
  public static final int AUTHORS = 100_000;
  static final double MEMBERS_ONLY_SHARE = 0.3;
  static final double AUTHOR_EXPONENT = 0.9;
  static final int MAX_MEMBERSHIPS = 8;

  private final Visibility[] visibility;
  private final int[] mainTopic;
  private final int[][] memberships;
  private final AliasSampler communitySize;
  private final AliasSampler authorActivity;

  private Population(Visibility[] visibility, int[] mainTopic, int[][] memberships) {
    this.visibility = visibility;
    this.mainTopic = mainTopic;
    this.memberships = memberships;
    this.communitySize = AliasSampler.zipf(COMMUNITIES, 1.0);
    this.authorActivity = AliasSampler.zipf(AUTHORS, AUTHOR_EXPONENT);
  }

  static Population generate(SplittableRandom random) {
    Visibility[] visibility = new Visibility[COMMUNITIES];
    int[] mainTopic = new int[COMMUNITIES];
    for (int c = 0; c < COMMUNITIES; c++) {
      visibility[c] = random.nextDouble() < MEMBERS_ONLY_SHARE ? Visibility.MEMBERS_ONLY : Visibility.PUBLIC;
      mainTopic[c] = random.nextInt(Topics.COUNT);
    }
    AliasSampler bySize = AliasSampler.zipf(COMMUNITIES, 1.0);
    int[][] memberships = new int[AUTHORS][];
    for (int a = 0; a < AUTHORS; a++) {
      int count = 1 + Math.min(MAX_MEMBERSHIPS - 1, (int) (-Math.log(1 - random.nextDouble()) * 2));
      Set<Integer> chosen = new LinkedHashSet<>();
      while (chosen.size() < count) {
        chosen.add(bySize.sample(random));
      }
      memberships[a] = chosen.stream().mapToInt(Integer::intValue).toArray();
    }
    return new Population(visibility, mainTopic, memberships);
  }

  public static String communityId(int community) {
    return String.format("c%04d", community);
  }

  public static String authorId(int author) {
    return "m" + author;
  }

  /** The community number of an id made by {@link #communityId}. */
  public static int communityNumber(String communityId) {
    return Integer.parseInt(communityId, 1, communityId.length(), 10);
  }

  public Visibility visibility(int community) {
    return visibility[community];
  }

  int mainTopic(int community) {
    return mainTopic[community];
  }

  /** The communities whose main topic this is, largest first. */
  int[] communitiesAbout(int topic) {
    return java.util.stream.IntStream.range(0, COMMUNITIES).filter(c -> mainTopic[c] == topic).toArray();
  }

  int sampleCommunity(SplittableRandom random) {
    return communitySize.sample(random);
  }

  int sampleAuthor(SplittableRandom random) {
    return authorActivity.sample(random);
  }

  /** The communities an author belongs to (numbers, as {@link #communityId} takes). */
  public int[] membershipsOf(int author) {
    return memberships[author].clone();
  }

  /** Whether an author may read a community: it is public or they are a member. */
  boolean canRead(int author, int community) {
    if (visibility[community] == Visibility.PUBLIC) {
      return true;
    }
    for (int m : memberships[author]) {
      if (m == community) {
        return true;
      }
    }
    return false;
  }

  /** What an author may read: every public community and those they belong to. */
  public AccessScope scopeOf(int author) {
    Set<String> readable = new TreeSet<>();
    for (int c = 0; c < COMMUNITIES; c++) {
      if (canRead(author, c)) {
        readable.add(communityId(c));
      }
    }
    return new AccessScope(authorId(author), readable);
  }

  /** A scope that reads every community, as an administrator's would. */
  public static AccessScope everything(String viewerId) {
    Set<String> all = new TreeSet<>();
    for (int c = 0; c < COMMUNITIES; c++) {
      all.add(communityId(c));
    }
    return new AccessScope(viewerId, all);
  }
}
