package org.copse.expertise.graph;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.copse.index.ContributionKind;
import org.copse.index.Contributor;
import org.copse.index.ContributorRole;

/** Turns who-did-what in one contribution into expertise and interest per member. */
final class Credits {

  private Credits() {}

  static List<Credit> of(ContributionKind kind, int score, List<Contributor> contributors, RoleWeights weights) {
    long totalEdit = contributors.stream()
        .filter(c -> c.role() == ContributorRole.AUTHOR || c.role() == ContributorRole.EDITOR)
        .mapToLong(Contributor::editSize).sum();
    long authors = contributors.stream().filter(c -> c.role() == ContributorRole.AUTHOR).count();
    double votes = weights.voteFactor(score);
    Map<String, Credit> byMember = new LinkedHashMap<>();
    for (Contributor contributor : contributors) {
      double share = share(contributor, totalEdit, authors);
      double expertise = expertise(kind, contributor.role(), weights, share) * votes;
      double interest = isAsking(kind, contributor.role()) ? weights.askerInterest() : 0;
      Credit next = new Credit(contributor.memberId(), contributor.role(), expertise, interest);
      byMember.merge(contributor.memberId(), next, Credits::combine);
    }
    return new ArrayList<>(byMember.values());
  }

  /** The larger expertise (one person answering twice in one post is still one answer), summed interest. */
  private static Credit combine(Credit a, Credit b) {
    Credit stronger = b.expertise() > a.expertise() ? b : a;
    return new Credit(a.memberId(), stronger.role(), stronger.expertise(), a.interest() + b.interest());
  }

  /**
   * A writer's share of a page: their edits over all edits; an author whose edit size is unknown
   * gets an even split among authors (an editor with no known size gets nothing).
   */
  private static double share(Contributor contributor, long totalEdit, long authors) {
    if (contributor.editSize() > 0) {
      return (double) contributor.editSize() / totalEdit;
    }
    return contributor.role() == ContributorRole.AUTHOR ? 1.0 / Math.max(1, authors) : 0;
  }

  private static boolean isAsking(ContributionKind kind, ContributorRole role) {
    return role == ContributorRole.ASKER || (role == ContributorRole.AUTHOR && kind == ContributionKind.FORUM_QUESTION);
  }

  private static double expertise(ContributionKind kind, ContributorRole role, RoleWeights weights, double share) {
    return switch (role) {
      case ASKER -> 0;
      case ANSWERER -> weights.answer();
      case ACCEPTED_ANSWERER -> weights.acceptedAnswer();
      case COMMENTER -> weights.comment();
      case AUTHOR, EDITOR -> writing(kind, weights, share);
    };
  }

  private static double writing(ContributionKind kind, RoleWeights weights, double share) {
    return switch (kind) {
      case LIBRARY_DOCUMENT -> weights.document() * share;
      case WIKI_PAGE -> weights.wiki() * share;
      case BLOG_POST -> weights.blog() * share;
      case FORUM_ANSWER -> weights.answer();
      case COMMENT -> weights.comment();
      case FORUM_QUESTION -> 0;
    };
  }
}
