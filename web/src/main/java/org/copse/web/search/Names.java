package org.copse.web.search;

import java.util.HashMap;
import java.util.Map;
import org.copse.index.Community;
import org.copse.index.ContributionKind;
import org.copse.index.Directory;
import org.copse.index.Member;
import org.copse.index.SearchField;

/**
 * Display names for the ids in one page, looked up once each. Short-lived: make one per request,
 * so a renamed community shows its new name on the next request. Only called for ids the viewer
 * may see (hits and facet values already scoped by the index).
 */
final class Names {
  private final Directory directory;
  private final Map<String, String> communities = new HashMap<>();
  private final Map<String, String> members = new HashMap<>();

  Names(Directory directory) {
    this.directory = directory;
  }

  String community(String id) {
    return communities.computeIfAbsent(id, key -> directory.community(key).map(Community::name).orElse(key));
  }

  String member(String id) {
    return members.computeIfAbsent(id, key -> directory.member(key).map(Member::displayName).orElse(key));
  }

  /** How a facet value reads on the page. */
  String facetValue(SearchField field, String value) {
    return switch (field) {
      case COMMUNITY -> community(value);
      case AUTHOR -> member(value);
      case TYPE -> ContributionKind.fromCode(value).map(ContributionKind::label).orElse(value);
      default -> value;
    };
  }

  static String facetTitle(SearchField field) {
    return switch (field) {
      case COMMUNITY -> "Community";
      case TYPE -> "Type";
      case AUTHOR -> "Contributor";
      case TAG -> "Tag";
      case ENTITY -> "Mentions";
      case YEAR -> "Year";
    };
  }
}
