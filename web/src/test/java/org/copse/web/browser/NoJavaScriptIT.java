package org.copse.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The core flow works with JavaScript switched off in the browser: sign in, search through the plain
 * GET form, refine by a facet, sort, and open a result.
 */
class NoJavaScriptIT extends BrowserTestBase {
  private static final long SUGGESTION_WAIT_MILLIS = 1500;

  @Test
  void searchWorksThroughThePlainFormWithoutJavaScript() throws InterruptedException {
    try (BrowserSession browser = BrowserSession.open(port, "no-javascript", Viewport.DESKTOP, false)) {
      browser.signIn(MEMBER);
      browser.go("/search");
      browser.type(By.id("q"), "dam");
      // with JavaScript, search.js fills the suggestions 150 ms after typing; here nothing may
      Thread.sleep(SUGGESTION_WAIT_MILLIS);
      assertThat(browser.driver().findElements(By.cssSelector("#suggestions option")))
          .as("no script ran to fill the suggestions").isEmpty();
      browser.find(By.id("q")).sendKeys("p");
      browser.find(By.cssSelector("form.search-box button[type=submit]")).click();
      browser.waitFor(By.cssSelector("li.hit"));
      assertThat(browser.path()).isEqualTo("/search?q=damp");
      browser.screenshot("results");

      browser.find(By.cssSelector("section.facet[data-field=community] a")).click();
      browser.waitFor(By.cssSelector("section.facet[data-field=community] .selected"));
      assertThat(browser.path()).contains("community");
      browser.screenshot("refined");

      new Select(browser.find(By.id("sort"))).selectByValue("newest");
      browser.find(By.cssSelector("form.sort button[type=submit]")).click();
      browser.waitFor(By.cssSelector("li.hit"));
      assertThat(browser.path()).contains("sort=newest");
      browser.screenshot("sorted-newest");

      WebElement first = browser.find(By.cssSelector("li.hit h2 a"));
      String title = first.getText();
      first.click();
      assertThat(browser.waitFor(By.cssSelector("main h1")).getText()).isEqualTo(title);
      browser.screenshot("contribution");
    }
  }
}
