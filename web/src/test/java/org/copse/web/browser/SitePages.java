package org.copse.web.browser;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Every page of the application, as the person who would open it ({@code null}: nobody signed in),
 * with the demo content. Checked by axe ({@link AccessibilityIT}) and at phone widths
 * ({@link ResponsiveIT}).
 */
final class SitePages {
  /** Facilitates the members-only SEND community. */
  static final String FACILITATOR = "priya.shah";

  private SitePages() {}

  /** Who looks at the pages, in the order they are visited; {@code null} is nobody signed in. */
  static List<@Nullable String> viewers(List<Page> pages) {
    List<@Nullable String> viewers = new ArrayList<>();
    for (Page page : pages) {
      if (!viewers.contains(page.viewer())) {
        viewers.add(page.viewer());
      }
    }
    return viewers;
  }

  /** A page: a file-name friendly name, who looks, its path, and how its main heading starts. */
  record Page(String name, @Nullable String viewer, String path, String heading) {}

  /**
   * @param unsubscribeLink a genuine one-click unsubscribe link of a digest email
   */
  static List<Page> all(String unsubscribeLink) {
    URI link = URI.create(unsubscribeLink);
    String unsubscribe = link.getRawPath() + "?" + link.getRawQuery();
    String member = BrowserTestBase.MEMBER;
    String admin = BrowserTestBase.ADMIN;
    return List.of(
        new Page("sign-in", null, "/sign-in", "Sign in"),
        new Page("sign-in-error", null, "/sign-in?error", "Sign in"),
        new Page("unsubscribe-confirm", null, unsubscribe, "Unsubscribe from Copse digests"),
        new Page("unsubscribe-invalid-link", null, "/digest/unsubscribe?token=not-a-token", "This link is not valid"),
        new Page("home", member, "/", "Welcome"),
        new Page("search-empty-form", member, "/search", "Search"),
        new Page("search-results", member, "/search?q=damp", "Search"),
        new Page("search-facet-selected", member, "/search?q=damp+community%3Ahousing", "Search"),
        new Page("search-results-page-2", member, "/search?q=housing&page=2", "Search"),
        new Page("search-no-results", member, "/search?q=zzqxv", "Search"),
        new Page("search-invalid-query", member, "/search?q=damp&page=0", "Search"),
        new Page("contribution", member, "/contributions/demo:housing:document:1", ""),
        new Page("experts-form", member, "/experts", "Find experts"),
        new Page("experts", member, "/experts?topic=damp", "Find experts"),
        new Page("member-profile-own", member, "/members/tom.evans", "Tom Evans"),
        new Page("member-profile-other", member, "/members/priya.shah", "Priya Shah"),
        new Page("digest-preview", member, "/digest/preview", "Your digest for"),
        new Page("digest-preferences", member, "/digest/preferences", "Digest preferences"),
        new Page("error-404", member, "/no-such-page", "Not found"),
        new Page("error-404-contribution", member, "/contributions/demo:no-such:document:9", "Not found"),
        new Page("error-400", member, "/digest/preview?week=2026-W99", "Bad"),
        new Page("error-403", member, "/admin", "Not allowed"),
        new Page("community", member, "/communities/housing", "Social Housing Practice Network"),
        new Page("invitations", member, "/invitations", "Invitations to join communities"),
        new Page("facilitation", FACILITATOR, "/facilitation", "Facilitation"),
        new Page("community-facilitated", FACILITATOR, "/communities/send", ""),
        new Page("community-health", FACILITATOR, "/communities/send/health", ""),
        new Page("community-insights", FACILITATOR, "/communities/send/insights", ""),
        new Page("who-to-ask", FACILITATOR, "/communities/send/questions/demo:send:question:unanswered-1/who-to-ask",
            "Who to ask"),
        new Page("ask-preferences", FACILITATOR, "/ask/preferences", "Being asked to answer questions"),
        new Page("ask-inbox", FACILITATOR, "/ask/inbox", "Questions you were asked to answer"),
        new Page("admin", admin, "/admin", "Admin"),
        new Page("admin-ingest", admin, "/admin/ingest", "Ingest"),
        new Page("digest-outbox", admin, "/digest/outbox", "Digest outbox"),
        new Page("organisation", admin, "/organisations/councils", "Local Government Knowledge Network"));
  }
}
