package org.copse.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.copse.web.digest.mail.DigestLinks;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * axe-core on every page, as the person who would see it, on a desktop and a phone viewport: zero
 * violations of the WCAG 2.0, 2.1 and 2.2 A and AA rules. Failures list every rule, element and page;
 * the per-page counts are written to {@code target/accessibility/axe-<viewport>.txt}.
 */
class AccessibilityIT extends BrowserTestBase {
  private static final Logger log = LoggerFactory.getLogger(AccessibilityIT.class);
  private static final Path REPORTS = Path.of("target", "accessibility");

  @Autowired
  DigestLinks digestLinks;

  @ParameterizedTest
  @EnumSource(value = Viewport.class, names = {"DESKTOP", "PHONE"})
  void everyPageHasNoWcagViolations(Viewport viewport) throws IOException {
    Axe axe = Axe.load();
    List<Axe.Violation> violations = new ArrayList<>();
    List<String> report = new ArrayList<>();
    String version = "";
    List<SitePages.Page> pages = SitePages.all(digestLinks.unsubscribe(MEMBER));
    for (@Nullable String viewer : SitePages.viewers(pages)) {
      List<SitePages.Page> seen = pages.stream().filter(p -> Objects.equals(p.viewer(), viewer)).toList();
      try (BrowserSession browser = BrowserSession.open(port, "accessibility/" + (viewer == null ? "anonymous" : viewer), viewport)) {
        if (viewer != null) {
          browser.signIn(viewer);
        }
        for (SitePages.Page page : seen) {
          browser.go(page.path());
          assertThat(browser.text(By.cssSelector("main h1"))).as("the page %s", page.path()).startsWith(page.heading());
          browser.screenshot(page.name());
          List<Axe.Violation> found = axe.check(browser.driver(), page.name());
          violations.addAll(found);
          report.add(String.format("%-28s %-55s %d violations%s", page.name(), page.path(), found.size(),
              found.isEmpty() ? "" : ": " + found.stream().map(Axe.Violation::rule).collect(Collectors.joining(", "))));
        }
        version = Axe.version(browser.driver());
      }
    }
    report.add(0, "axe-core " + version + ", tags " + Axe.TAGS + ", viewport " + viewport.label());
    Files.createDirectories(REPORTS);
    Files.write(REPORTS.resolve("axe-" + viewport.label() + ".txt"), report, StandardCharsets.UTF_8);
    report.forEach(line -> log.info("{}", line));

    assertThat(violations)
        .withFailMessage(() -> violations.size() + " axe violations at " + viewport.label() + ":\n  "
            + violations.stream().map(Axe.Violation::toString).collect(Collectors.joining("\n  ")))
        .isEmpty();
  }
}
