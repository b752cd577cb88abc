package org.copse.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * Keyboard use: the first Tab stop is a visible "Skip to content" link that moves focus into the main
 * content, every Tab stop shows a visible focus indicator, and no element jumps the reading order.
 */
class KeyboardIT extends BrowserTestBase {
  private static final int TAB_STOPS = 25;

  @Test
  void theSkipLinkComesFirstAndLeadsToTheMainContent() {
    try (BrowserSession browser = BrowserSession.open(port, "keyboard", Viewport.DESKTOP)) {
      browser.signIn(MEMBER);
      browser.go("/search?q=damp");

      tab(browser);
      WebElement skip = browser.driver().switchTo().activeElement();
      assertThat(skip.getText()).isEqualTo("Skip to content");
      assertThat(skip.getRect().getX()).as("the focused skip link is on screen").isGreaterThanOrEqualTo(0);
      assertThat(skip.isDisplayed()).isTrue();
      browser.screenshot("skip-link-focused");

      skip.sendKeys(Keys.ENTER);
      tab(browser);
      WebElement first = browser.driver().switchTo().activeElement();
      assertThat(first.getDomAttribute("id")).as("the first control in main after skipping the header").isEqualTo("q");
      browser.screenshot("search-box-focused");
    }
  }

  @Test
  void everyTabStopShowsWhereFocusIsAndFollowsThePageOrder() {
    try (BrowserSession browser = BrowserSession.open(port, "keyboard", Viewport.DESKTOP)) {
      browser.signIn(MEMBER);
      browser.go("/search?q=damp");
      assertThat(browser.driver().findElements(By.cssSelector("[tabindex]:not([tabindex='0']):not([tabindex='-1'])")))
          .as("positive tabindex reorders focus").isEmpty();

      List<String> withoutIndicator = new ArrayList<>();
      for (int stop = 0; stop < TAB_STOPS; stop++) {
        tab(browser);
        WebElement focused = browser.driver().switchTo().activeElement();
        String outline = focused.getCssValue("outline-style");
        String shadow = focused.getCssValue("box-shadow");
        if ("none".equals(outline) && "none".equals(shadow)) {
          withoutIndicator.add(describe(focused));
        }
        if (stop == 5) {
          browser.screenshot("tab-stop-" + stop);
        }
      }
      assertThat(withoutIndicator).as("focused elements without a visible focus indicator").isEmpty();
    }
  }

  private static void tab(BrowserSession browser) {
    new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
  }

  private static String describe(WebElement element) {
    return element.getTagName() + " '" + element.getText() + "' id=" + element.getDomAttribute("id");
  }
}
