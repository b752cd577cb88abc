package org.copse.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.copse.web.digest.mail.DigestLinks;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What people do with Copse, in a real browser, on a desktop and on a phone, with a screenshot of
 * every step in {@code target/browser-screenshots/journeys-<viewport>/}.
 */
class JourneysIT extends BrowserTestBase {
  private static final Duration INGEST_LIMIT = Duration.ofSeconds(90);
  private static final int GENERATED_DOCUMENTS = 12;

  @Autowired
  DigestLinks digestLinks;

  @ParameterizedTest
  @EnumSource(value = Viewport.class, names = {"DESKTOP", "PHONE"})
  void signInSearchRefineByAFacetAndOpenAResult(Viewport viewport) {
    try (BrowserSession browser = BrowserSession.open(port, "journeys-" + viewport.label() + "/search", viewport)) {
      browser.go("/search");
      assertThat(browser.path()).as("pages need a signed-in member").startsWith("/sign-in");
      browser.screenshot("sign-in");
      browser.signIn(MEMBER);
      browser.screenshot("signed-in");

      browser.type(By.id("q"), "damp");
      browser.find(By.cssSelector("form.search-box button[type=submit]")).click();
      browser.waitFor(By.cssSelector("li.hit"));
      assertThat(browser.path()).isEqualTo("/search?q=damp");
      int all = count(browser);
      browser.screenshot("results");

      WebElement filters = browser.find(By.cssSelector("details.refine"));
      assertThat(filters.getDomProperty("open")).as("filters folded only on phones, so results come first")
          .isEqualTo(viewport.mobile ? "false" : "true");
      if (viewport.mobile) {
        filters.findElement(By.tagName("summary")).click();
        browser.screenshot("filters-shown");
      }
      WebElement facet = browser.find(By.cssSelector("section.facet[data-field=type] a"));
      String facetLabel = facet.findElement(By.cssSelector("span")).getText();
      int facetCount = Integer.parseInt(facet.findElement(By.cssSelector(".n")).getText());
      facet.click();
      browser.waitFor(By.cssSelector("section.facet[data-field=type] .selected"));
      assertThat(count(browser)).as("results after choosing %s", facetLabel).isEqualTo(facetCount).isLessThan(all);
      assertThat(browser.text(By.cssSelector("section.facet[data-field=type] .selected"))).startsWith(facetLabel);
      browser.screenshot("refined-by-" + slug(facetLabel));

      WebElement first = browser.find(By.cssSelector("li.hit h2 a"));
      String title = first.getText();
      first.click();
      assertThat(browser.waitFor(By.cssSelector("main h1")).getText()).isEqualTo(title);
      assertThat(browser.path()).startsWith("/contributions/");
      browser.screenshot("contribution");
    }
  }

  @ParameterizedTest
  @EnumSource(value = Viewport.class, names = {"DESKTOP", "PHONE"})
  void findExpertsForATopicAndOpenAProfile(Viewport viewport) {
    try (BrowserSession browser = BrowserSession.open(port, "journeys-" + viewport.label() + "/experts", viewport)) {
      browser.signIn(MEMBER);
      browser.find(By.cssSelector("nav a[href='/experts']")).click();
      browser.type(By.id("topic"), "damp");
      browser.find(By.cssSelector("form.search-box button[type=submit]")).click();
      WebElement expert = browser.waitFor(By.cssSelector("li.expert h2 a"));
      assertThat(browser.driver().findElements(By.cssSelector("li.expert .evidence li"))).isNotEmpty();
      browser.screenshot("experts-for-damp");

      String name = expert.getText();
      expert.click();
      assertThat(browser.waitFor(By.cssSelector("main h1")).getText()).isEqualTo(name);
      assertThat(browser.driver().findElements(By.cssSelector("#expertise #topics-table tbody tr"))).isNotEmpty();
      browser.screenshot("profile");
    }
  }

  @ParameterizedTest
  @EnumSource(value = Viewport.class, names = {"DESKTOP", "PHONE"})
  void previewMyDigestThenUnsubscribeWithTheOneClickLinkOfTheEmail(Viewport viewport) {
    String journey = "journeys-" + viewport.label() + "/digest";
    try (BrowserSession member = BrowserSession.open(port, journey, viewport)) {
      member.signIn(MEMBER);
      member.find(By.cssSelector("nav a[href='/digest/preferences']")).click();
      member.find(By.id("frequency-WEEKLY")).click();
      member.find(By.cssSelector("form.digest-preferences button[type=submit]")).click();
      assertThat(member.waitFor(By.id("saved")).getText()).contains("saved");
      member.screenshot("preferences-weekly");

      member.find(By.linkText("Preview my digest")).click();
      assertThat(member.waitFor(By.cssSelector("main h1")).getText()).startsWith("Your digest for");
      member.screenshot("preview");

      // the link a digest email carries (List-Unsubscribe), opened from a mail client: no session
      URI link = URI.create(digestLinks.unsubscribe(MEMBER));
      try (BrowserSession mailClient = BrowserSession.open(port, journey, viewport)) {
        mailClient.go(link.getRawPath() + "?" + link.getRawQuery());
        assertThat(mailClient.text(By.cssSelector("main h1"))).isEqualTo("Unsubscribe from Copse digests");
        mailClient.screenshot("unsubscribe-confirm");
        mailClient.find(By.cssSelector("form#unsubscribe button")).click();
        assertThat(mailClient.waitFor(By.cssSelector("main h1")).getText()).isEqualTo("You are unsubscribed");
        mailClient.screenshot("unsubscribed");
      }

      member.go("/digest/preferences");
      assertThat(member.find(By.id("frequency-OFF")).isSelected()).as("Never (unsubscribed) is chosen").isTrue();
      member.screenshot("preferences-unsubscribed");
    }
  }

  @ParameterizedTest
  @EnumSource(value = Viewport.class, names = {"DESKTOP", "PHONE"})
  void runAnIngestFromTheAdminPageAndFollowItToTheEnd(Viewport viewport) throws Exception {
    Path folder = generatedLibrary(viewport);
    String name = "browser-library-" + viewport.label();
    try (BrowserSession admin = BrowserSession.open(port, "journeys-" + viewport.label() + "/ingest", viewport)) {
      admin.signIn(ADMIN);
      admin.find(By.cssSelector("nav a[href='/admin']")).click();
      long indexedBefore = Long.parseLong(admin.text(By.id("indexed")));
      admin.screenshot("admin");

      admin.find(By.cssSelector("nav a[href='/admin/ingest']")).click();
      new Select(admin.find(By.id("type"))).selectByValue("library");
      admin.type(By.id("path"), folder.toString());
      new Select(admin.find(By.id("community"))).selectByValue("housing");
      admin.type(By.id("name"), name);
      admin.screenshot("ingest-form");
      admin.find(By.cssSelector("form#start-ingest button[type=submit]")).click();
      assertThat(admin.waitFor(By.id("started")).getText()).contains("library");
      admin.screenshot("ingest-started");

      assertThat(admin.text(By.id("follow-hint"))).isEqualTo("This page follows it.");

      // the page follows the run by itself: never reloaded here
      @Nullable WebElement report = null;
      int progressShots = 0;
      Instant limit = Instant.now().plus(INGEST_LIMIT);
      while (report == null && Instant.now().isBefore(limit)) {
        try {
          report = ownReport(admin, name);
          if (report == null && progressShots < 3 && !admin.driver().findElements(By.id("running")).isEmpty()) {
            admin.screenshot("ingest-running-" + ++progressShots);
          }
        } catch (StaleElementReferenceException swappedMeanwhile) {
          report = null;
        }
        if (report == null) {
          Thread.sleep(300);
        }
      }
      assertThat(report).as("a report for %s within %s, without reloading", name, INGEST_LIMIT).isNotNull();
      assertThat(admin.path()).isEqualTo("/admin/ingest");
      admin.waitFor(By.xpath("//p[@id='follow-status' and contains(., 'The run has ended')]"));
      report = ownReport(admin, name);
      assertThat(report).isNotNull();
      assertThat(report.findElement(By.cssSelector(".status")).getText()).isEqualTo("COMPLETED");
      assertThat(report.findElement(By.cssSelector("dd.indexed")).getText()).isEqualTo(String.valueOf(GENERATED_DOCUMENTS));
      admin.screenshot("ingest-finished");

      admin.go("/admin");
      assertThat(Long.parseLong(admin.text(By.id("indexed")))).isEqualTo(indexedBefore + GENERATED_DOCUMENTS);
      admin.screenshot("admin-after-ingest");
    }
  }

  private static @Nullable WebElement ownReport(BrowserSession admin, String name) {
    for (WebElement report : admin.driver().findElements(By.cssSelector("article.ingest-report"))) {
      if (report.findElement(By.cssSelector("h3")).getText().contains(name)) {
        return report;
      }
    }
    return null;
  }

  /** A small folder of text documents only this run has seen, so each one is indexed. */
  private static Path generatedLibrary(Viewport viewport) throws IOException {
    Path folder = Files.createDirectories(Path.of("target", "browser-ingest", viewport.label()));
    for (int i = 1; i <= GENERATED_DOCUMENTS; i++) {
      Files.writeString(folder.resolve(String.format("note-%02d.txt", i)), String.join("\n", List.of(
          "Hedgerow survey note " + i + " (" + viewport.label() + ")",
          "",
          "Record every hedgerow survey against the parcel, not the applicant, so the history stays with the land.",
          "Note " + i + " of " + GENERATED_DOCUMENTS + " written by the browser test at " + viewport.label() + ".")),
          StandardCharsets.UTF_8);
    }
    return folder;
  }

  private static int count(BrowserSession browser) {
    return Integer.parseInt(browser.text(By.cssSelector("p.count strong")).replace(",", ""));
  }

  private static String slug(String text) {
    return text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
  }
}
