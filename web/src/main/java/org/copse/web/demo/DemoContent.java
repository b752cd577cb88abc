package org.copse.web.demo;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.copse.index.Community;
import org.copse.index.Contribution;
import org.copse.index.ContributionKind;
import org.copse.index.Contributor;
import org.copse.index.ContributorRole;
import org.copse.index.Member;
import org.copse.index.Membership;

/**
 * Generates the demo data set from {@link DemoCorpus} and {@link DemoPeople}: the same seed always
 * gives the same communities, members, memberships and contributions, dated over the two years
 * before {@link #ANCHOR}.
 *
 * @param communities every community
 * @param people every member with their communities
 * @param memberships who belongs where, facilitators marked
 * @param contributions documents, wiki pages, questions, answers, comments and blog posts
 */
public record DemoContent(List<Community> communities, List<DemoPeople.Person> people, List<Membership> memberships,
    List<Contribution> contributions) {

  /** The seed of the demo's random choices. */
  public static final long SEED = 20_261_126L;
  /** The demo's "now": contributions are dated over the two years before it. */
  public static final Instant ANCHOR = Instant.parse("2026-11-20T09:00:00Z");

  private static final Duration TWO_YEARS = Duration.ofDays(730);
  private static final List<String> ANSWER_OPENERS = List.of(
      "We had the same question last year.", "Here is what worked for us.", "Speaking from our own experience:",
      "We changed our approach recently.", "A short summary of what we do:");
  private static final List<String> COMMENTS = List.of(
      "Thanks, this is really helpful. Could you share the template?",
      "We saw the same thing; senior sponsorship made the difference for us.",
      "Did this need extra budget, or was it done within existing resources?",
      "Great example. Would you be willing to present this at the next network meeting?",
      "We adopted a similar approach last year and can share our evaluation.",
      "How did frontline staff react to the change?",
      "Useful. I am taking this to our management team next week.",
      "Could you say more about how you measured the improvement?");

  public DemoContent {
    communities = List.copyOf(communities);
    people = List.copyOf(people);
    memberships = List.copyOf(memberships);
    contributions = List.copyOf(contributions);
  }

  /** Generates the demo data with {@link #SEED}. */
  public static DemoContent generate() {
    List<DemoCorpus.Topic> topics = DemoCorpus.load();
    List<Membership> memberships = new ArrayList<>();
    for (DemoPeople.Person person : DemoPeople.ALL) {
      for (String community : person.communities()) {
        memberships.add(new Membership(person.member().id(), community, person.facilitates().contains(community)
            ? Membership.Role.FACILITATOR : Membership.Role.MEMBER));
      }
    }
    Random random = new Random(SEED);
    List<Contribution> contributions = new ArrayList<>();
    for (DemoCorpus.Topic topic : topics) {
      contributions.addAll(new TopicWriter(topic, membersOf(topic.community().id()), random).write());
    }
    return new DemoContent(topics.stream().map(DemoCorpus.Topic::community).toList(), DemoPeople.ALL, memberships,
        contributions);
  }

  /** Every member, without their communities. */
  public List<Member> members() {
    return people.stream().map(DemoPeople.Person::member).toList();
  }

  private static List<String> membersOf(String communityId) {
    return DemoPeople.ALL.stream()
        .filter(p -> p.communities().contains(communityId))
        .map(p -> p.member().id())
        .toList();
  }

  /** Writes one community's contributions. */
  private static final class TopicWriter {
    private final DemoCorpus.Topic topic;
    private final List<String> members;
    private final Random random;
    private final List<Contribution> written = new ArrayList<>();

    TopicWriter(DemoCorpus.Topic topic, List<String> members, Random random) {
      if (members.isEmpty()) {
        throw new IllegalStateException("demo community " + topic.community().id() + " has no members");
      }
      this.topic = topic;
      this.members = members;
      this.random = random;
    }

    List<Contribution> write() {
      for (int i = 0; i < topic.documents().size(); i++) {
        written.add(base(ContributionKind.LIBRARY_DOCUMENT, i, topic.documents().get(i), body(5, 7))
            .contributor(member(), ContributorRole.AUTHOR).build());
      }
      for (int i = 0; i < topic.wikiPages().size(); i++) {
        written.add(wikiPage(i, topic.wikiPages().get(i)));
      }
      for (int i = 0; i < topic.questions().size(); i++) {
        thread(i, topic.questions().get(i));
      }
      for (int i = 0; i < topic.blogPosts().size(); i++) {
        Contribution post = base(ContributionKind.BLOG_POST, i, topic.blogPosts().get(i), body(4, 6))
            .contributor(member(), ContributorRole.AUTHOR).build();
        written.add(post);
        comments(post, post.id(), random.nextInt(3));
      }
      return written.stream().map(DemoContent::hashed).toList();
    }

    private Contribution wikiPage(int n, String title) {
      String body = body(4, 6);
      Contribution.Builder page = base(ContributionKind.WIKI_PAGE, n, title, body);
      String author = member();
      page.contributors(List.of(new Contributor(author, ContributorRole.AUTHOR, body.length())));
      Instant created = page.build().created();
      int editors = 1 + random.nextInt(3);
      for (int e = 0; e < editors; e++) {
        page.contributor(member(), ContributorRole.EDITOR);
      }
      List<Contributor> withSizes = page.build().contributors().stream()
          .map(c -> c.role() == ContributorRole.EDITOR ? new Contributor(c.memberId(), c.role(), 40 + random.nextInt(600)) : c)
          .toList();
      return page.contributors(withSizes).updated(later(created, 60)).build();
    }

    private void thread(int n, String title) {
      String asker = member();
      Contribution question = base(ContributionKind.FORUM_QUESTION, n, title,
          "We are reviewing our approach and would welcome examples from other areas. " + sentence()
              + "\n\nWhat has worked for you, and what would you avoid?")
          .contributor(asker, ContributorRole.ASKER).score(random.nextInt(12)).build();
      written.add(question);
      int answers = 1 + random.nextInt(3);
      int accepted = random.nextInt(answers + 1) - 1; // -1: no accepted answer yet
      Instant at = question.created();
      for (int a = 0; a < answers; a++) {
        at = later(at, 5);
        boolean isAccepted = a == accepted;
        String answerer = memberOtherThan(asker);
        String id = question.id().replace(":question:", ":answer:") + "-" + (a + 1);
        Contribution answer = Contribution.builder(id, ContributionKind.FORUM_ANSWER, topic.community().id())
            .title("Re: " + title)
            .body(ANSWER_OPENERS.get(random.nextInt(ANSWER_OPENERS.size())) + " " + body(2, 4))
            .contributor(answerer, isAccepted ? ContributorRole.ACCEPTED_ANSWERER : ContributorRole.ANSWERER)
            .tags(question.tags())
            .created(at)
            .threadId(question.id())
            .parentId(question.id())
            .score(isAccepted ? 8 + random.nextInt(20) : random.nextInt(9) - 1)
            .build();
        written.add(answer);
        if (random.nextInt(3) == 0) {
          comments(answer, question.id(), 1);
        }
      }
    }

    private void comments(Contribution on, String threadId, int count) {
      Instant at = on.created();
      for (int c = 0; c < count; c++) {
        at = later(at, 10);
        Contribution comment = Contribution.builder(on.id() + ":comment-" + (c + 1), ContributionKind.COMMENT,
                topic.community().id())
            .title("Comment on " + on.title())
            .body(COMMENTS.get(random.nextInt(COMMENTS.size())))
            .contributor(member(), ContributorRole.COMMENTER)
            .tags(on.tags())
            .created(at)
            .threadId(threadId)
            .parentId(on.id())
            .build();
        written.add(comment);
      }
    }

    /** A standalone contribution's common parts: id, dates, tags and entities. */
    private Contribution.Builder base(ContributionKind kind, int n, String title, String body) {
      Instant created = ANCHOR.minus(TWO_YEARS).plusSeconds((long) (random.nextDouble() * (TWO_YEARS.getSeconds()
          - Duration.ofDays(30).getSeconds())));
      return Contribution.builder(
              "demo:" + topic.community().id() + ":" + kind.code() + ":" + (n + 1), kind, topic.community().id())
          .title(title)
          .body(body)
          .tags(tags())
          .entities(pick(topic.entities(), 1 + random.nextInt(2)))
          .created(created);
    }

    private List<String> tags() {
      Set<String> tags = new LinkedHashSet<>();
      tags.add(topic.tags().get(0));
      tags.addAll(pick(topic.tags(), 2));
      return List.copyOf(tags);
    }

    private String body(int min, int max) {
      List<String> chosen = pick(topic.sentences(), min + random.nextInt(max - min + 1));
      StringBuilder body = new StringBuilder();
      for (int i = 0; i < chosen.size(); i++) {
        body.append(i == 0 ? "" : i % 2 == 0 ? "\n\n" : " ").append(chosen.get(i));
      }
      return body.toString();
    }

    private String sentence() {
      return topic.sentences().get(random.nextInt(topic.sentences().size()));
    }

    private List<String> pick(List<String> from, int count) {
      List<String> pool = new ArrayList<>(from);
      List<String> chosen = new ArrayList<>();
      while (chosen.size() < count && !pool.isEmpty()) {
        chosen.add(pool.remove(random.nextInt(pool.size())));
      }
      return chosen;
    }

    private String member() {
      return members.get(random.nextInt(members.size()));
    }

    private String memberOtherThan(String someone) {
      if (members.size() == 1) {
        return members.get(0);
      }
      String chosen = member();
      while (chosen.equals(someone)) {
        chosen = member();
      }
      return chosen;
    }

    private Instant later(Instant after, int maxDays) {
      Instant candidate = after.plus(Duration.ofHours(1 + random.nextInt(24 * maxDays)));
      return candidate.isAfter(ANCHOR) ? ANCHOR : candidate;
    }
  }

  /** The contribution with a content hash of its title and body, as ingest would give it. */
  static Contribution hashed(Contribution contribution) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(contribution.title().getBytes(StandardCharsets.UTF_8));
      sha.update((byte) 0);
      sha.update(contribution.body().getBytes(StandardCharsets.UTF_8));
      return contribution.toBuilder().contentHash("sha256:" + HexFormat.of().formatHex(sha.digest())).build();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
    }
  }
}
