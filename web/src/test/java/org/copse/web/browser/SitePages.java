package org.copse.web.browser;

import java.net.URI;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Every page of the application, as the person who would open it ({@code null}: nobody signed in),
 * with the demo content. Checked by axe ({@link AccessibilityIT}) and at phone widths
 * ({@link ResponsiveIT}).
 */
final class SitePages {
  private SitePages() {}

  /** A page: a file-name friendly name, who looks, and its path. */
  record Page(String name, @Nullable String viewer, String path) {}

  /**
   * @param unsubscribeLink a genuine one-click unsubscribe link of a digest email
   */
  static List<Page> all(String unsubscribeLink) {
    URI link = URI.create(unsubscribeLink);
    String unsubscribe = link.getRawPath() + "?" + link.getRawQuery();
    String member = BrowserTestBase.MEMBER;
    String admin = BrowserTestBase.ADMIN;
    return List.of(
        new Page("sign-in", null, "/sign-in"),
        new Page("sign-in-error", null, "/sign-in?error"),
        new Page("unsubscribe-confirm", null, unsubscribe),
        new Page("unsubscribe-invalid-link", null, "/digest/unsubscribe?token=not-a-token"),
        new Page("home", member, "/"),
        new Page("search-empty-form", member, "/search"),
        new Page("search-results", member, "/search?q=damp"),
        new Page("search-facet-selected", member, "/search?q=damp+community%3Ahousing"),
        new Page("search-results-page-2", member, "/search?q=housing&page=2"),
        new Page("search-no-results", member, "/search?q=zzqxv"),
        new Page("search-invalid-query", member, "/search?q=damp&page=0"),
        new Page("contribution", member, "/contributions/demo:housing:document:1"),
        new Page("experts-form", member, "/experts"),
        new Page("experts", member, "/experts?topic=damp"),
        new Page("member-profile-own", member, "/members/tom.evans"),
        new Page("member-profile-other", member, "/members/priya.shah"),
        new Page("digest-preview", member, "/digest/preview"),
        new Page("digest-preferences", member, "/digest/preferences"),
        new Page("error-404", member, "/no-such-page"),
        new Page("error-404-contribution", member, "/contributions/demo:no-such:document:9"),
        new Page("error-400", member, "/digest/preview?week=2026-W99"),
        new Page("error-403", member, "/admin"),
        new Page("admin", admin, "/admin"),
        new Page("admin-ingest", admin, "/admin/ingest"),
        new Page("digest-outbox", admin, "/digest/outbox"));
  }
}
