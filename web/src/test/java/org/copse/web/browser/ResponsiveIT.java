package org.copse.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.copse.web.digest.mail.DigestLinks;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;

/** At phone widths no page scrolls sideways: the document is never wider than the viewport. */
class ResponsiveIT extends BrowserTestBase {
  @Autowired
  DigestLinks digestLinks;

  @ParameterizedTest
  @EnumSource(value = Viewport.class, names = {"SMALL_PHONE", "PHONE"})
  void noPageScrollsSideways(Viewport viewport) {
    List<String> tooWide = new ArrayList<>();
    int checked = 0;
    List<SitePages.Page> pages = SitePages.all(digestLinks.unsubscribe(MEMBER));
    for (@Nullable String viewer : SitePages.viewers(pages)) {
      try (BrowserSession browser = BrowserSession.open(port, "responsive/" + (viewer == null ? "anonymous" : viewer), viewport)) {
        if (viewer != null) {
          browser.signIn(viewer);
        }
        for (SitePages.Page page : pages) {
          if (!Objects.equals(page.viewer(), viewer)) {
            continue;
          }
          browser.go(page.path());
          long overflow = browser.horizontalOverflow();
          checked++;
          if (overflow > 0) {
            browser.screenshot(page.name() + "-too-wide");
            tooWide.add(page.name() + " " + page.path() + " is " + overflow + " px wider than " + viewport.width + " px");
          }
        }
      }
    }
    assertThat(checked).isGreaterThan(20);
    assertThat(tooWide).as("pages wider than the %s viewport", viewport.label()).isEmpty();
  }
}
