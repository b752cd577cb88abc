package org.copse.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The pages with pictures (community, home, member profile, experts, admin ingest) in a real browser: zero
 * axe-core WCAG 2.2 AA violations, nothing wider than the viewport down to 320 px, every picture scaled into
 * its column, and the pictures and their tables there without JavaScript.
 */
class PicturePagesIT extends BrowserTestBase {
  record Page(String name, String viewer, String path, int pictures) {}

  static final List<Page> PAGES = List.of(
      new Page("community", MEMBER, "/communities/housing", 2),
      new Page("community-other", MEMBER, "/communities/climate", 2),
      new Page("home-pictures", MEMBER, "/", 0),
      new Page("member-profile-chart", MEMBER, "/members/tom.evans", 1),
      new Page("experts-graph", MEMBER, "/experts?topic=damp", 1),
      new Page("community-as-admin", ADMIN, "/communities/foi", 2),
      new Page("admin-ingest-pictures", ADMIN, "/admin/ingest", 0));

  @ParameterizedTest
  @EnumSource(value = Viewport.class)
  void picturePagesPassAxeAndFitTheScreen(Viewport viewport) {
    Axe axe = Axe.load();
    List<Axe.Violation> violations = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    for (String viewer : new String[] {MEMBER, ADMIN}) {
      try (BrowserSession browser = BrowserSession.open(port, "pictures/" + viewer, viewport)) {
        browser.signIn(viewer);
        for (Page page : PAGES.stream().filter(p -> p.viewer().equals(viewer)).toList()) {
          browser.go(page.path());
          browser.screenshot(page.name());
          violations.addAll(axe.check(browser.driver(), page.name()));
          long overflow = browser.horizontalOverflow();
          if (overflow > 0) {
            problems.add(page.name() + " is " + overflow + " px wider than " + viewport.width + " px");
          }
          List<WebElement> pictures = browser.driver().findElements(By.cssSelector("main svg.copse-chart"));
          if (pictures.size() != page.pictures()) {
            problems.add(page.name() + " has " + pictures.size() + " pictures, not " + page.pictures());
          }
          for (WebElement picture : pictures) {
            if (picture.getRect().getWidth() > viewport.width || picture.getRect().getX() < 0) {
              problems.add(page.name() + ": a picture " + picture.getRect().getWidth() + " px wide at x "
                  + picture.getRect().getX() + " does not fit " + viewport.width + " px");
            }
          }
        }
      }
    }
    assertThat(problems).isEmpty();
    assertThat(violations).withFailMessage(() -> violations.size() + " axe violations at " + viewport.label() + ":\n  "
        + String.join("\n  ", violations.stream().map(Axe.Violation::toString).toList())).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(value = Viewport.class, names = {"DESKTOP"})
  void picturesAndTheirTablesNeedNoJavaScript(Viewport viewport) {
    try (BrowserSession browser = BrowserSession.open(port, "pictures/no-javascript", viewport, false)) {
      browser.signIn(MEMBER);
      browser.go("/communities/housing");
      // without JavaScript the driver may return before the page is parsed: wait for a later section
      browser.text(By.cssSelector("#activity details summary"));
      assertThat(browser.driver().findElements(By.cssSelector("#topics svg[role=img]"))).hasSize(1);
      browser.find(By.cssSelector("#activity details summary")).click();
      assertThat(browser.find(By.cssSelector("#activity table.figures")).isDisplayed()).isTrue();
      browser.screenshot("community-table-open");
    }
  }
}
