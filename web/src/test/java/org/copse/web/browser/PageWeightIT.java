package org.copse.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The search results page's weight and first paint, measured in the browser with the Navigation,
 * Resource and Paint Timing APIs on a cold cache (the cache is switched off). Times are recorded in
 * {@code target/page-weight/search.txt}, never asserted (a test is no benchmark); the weight has a
 * budget because it is about size, not speed.
 */
class PageWeightIT extends BrowserTestBase {
  static final long BUDGET_BYTES = 200 * 1024;
  static final int LOADS = 5;
  private static final Logger log = LoggerFactory.getLogger(PageWeightIT.class);
  private static final Path REPORT = Path.of("target", "page-weight", "search.txt");
  private static final String PATH = "/search?q=damp";

  private static final String MEASURE = """
      var nav = performance.getEntriesByType('navigation')[0];
      var out = {html: nav.transferSize, htmlBody: nav.encodedBodySize, htmlDecoded: nav.decodedBodySize,
                 ttfb: nav.responseStart - nav.startTime, domContentLoaded: nav.domContentLoadedEventEnd - nav.startTime,
                 load: nav.loadEventEnd - nav.startTime, css: 0, js: 0, other: 0, resources: 0, fcp: -1, fp: -1};
      performance.getEntriesByType('resource').forEach(function (r) {
        out.resources++;
        if (r.initiatorType === 'link' || /\\.css(\\?|$)/.test(r.name)) { out.css += r.transferSize; }
        else if (r.initiatorType === 'script' || /\\.js(\\?|$)/.test(r.name)) { out.js += r.transferSize; }
        else { out.other += r.transferSize; }
      });
      performance.getEntriesByType('paint').forEach(function (p) {
        if (p.name === 'first-contentful-paint') { out.fcp = p.startTime; }
        if (p.name === 'first-paint') { out.fp = p.startTime; }
      });
      return out;
      """;

  /** One cold load of the page. */
  record Load(long html, long htmlBody, long htmlDecoded, long css, long js, long other, long resources,
      double ttfb, double firstPaint, double firstContentfulPaint, double domContentLoaded, double load) {
    long total() {
      return html + css + js + other;
    }
  }

  @Test
  void theSearchPageIsLightAndItsFirstPaintIsRecorded() throws Exception {
    List<Load> loads = new ArrayList<>();
    try (BrowserSession browser = BrowserSession.open(port, "page-weight", Viewport.DESKTOP)) {
      browser.signIn(MEMBER);
      browser.driver().executeCdpCommand("Network.enable", Map.of());
      browser.driver().executeCdpCommand("Network.setCacheDisabled", Map.of("cacheDisabled", true));
      for (int i = 0; i < LOADS; i++) {
        browser.go(PATH);
        browser.waitFor(By.cssSelector("li.hit"));
        // loadEventEnd is set once the load event has finished
        Thread.sleep(200);
        loads.add(load(browser.driver().executeScript(MEASURE)));
      }
      browser.screenshot("search");
    }
    write(loads);

    Load first = loads.get(0);
    assertThat(first.html()).as("the HTML was transferred, not served from a cache").isGreaterThan(first.htmlBody());
    assertThat(first.css()).as("the stylesheet was transferred").isPositive();
    for (Load load : loads) {
      assertThat(load.total()).as("bytes transferred for %s (HTML + CSS + JS)", PATH).isLessThan(BUDGET_BYTES);
    }
  }

  @SuppressWarnings("unchecked")
  private static Load load(Object measured) {
    Map<String, Object> m = (Map<String, Object>) measured;
    return new Load(number(m, "html").longValue(), number(m, "htmlBody").longValue(), number(m, "htmlDecoded").longValue(),
        number(m, "css").longValue(), number(m, "js").longValue(), number(m, "other").longValue(),
        number(m, "resources").longValue(), number(m, "ttfb").doubleValue(), number(m, "fp").doubleValue(),
        number(m, "fcp").doubleValue(), number(m, "domContentLoaded").doubleValue(), number(m, "load").doubleValue());
  }

  private static Number number(Map<String, Object> m, String key) {
    return (Number) m.get(key);
  }

  private static void write(List<Load> loads) throws IOException {
    List<String> lines = new ArrayList<>();
    lines.add("Search page " + PATH + " as " + MEMBER + ", headless Chromium, cache disabled, desktop "
        + Viewport.DESKTOP.width + "x" + Viewport.DESKTOP.height + ", " + LOADS + " loads (the first after sign-in).");
    lines.add("Bytes are transferSize (headers + body as sent); times in ms from navigation start.");
    lines.add(String.format("%-5s %8s %8s %8s %8s %8s %8s %8s %8s %8s %8s",
        "load", "html", "body", "css", "js", "total", "ttfb", "fp", "fcp", "dcl", "onload"));
    int n = 0;
    for (Load l : loads) {
      lines.add(String.format("%-5d %8d %8d %8d %8d %8d %8.1f %8.1f %8.1f %8.1f %8.1f", ++n, l.html(), l.htmlBody(),
          l.css(), l.js(), l.total(), l.ttfb(), l.firstPaint(), l.firstContentfulPaint(), l.domContentLoaded(), l.load()));
    }
    double[] fcp = loads.stream().mapToDouble(Load::firstContentfulPaint).sorted().toArray();
    lines.add(String.format("median first-contentful-paint %.1f ms; HTML decoded %d bytes; budget %d bytes",
        fcp[fcp.length / 2], loads.get(0).htmlDecoded(), BUDGET_BYTES));
    Files.createDirectories(REPORT.getParent());
    Files.write(REPORT, lines, StandardCharsets.UTF_8);
    lines.forEach(line -> log.info("{}", line));
  }
}
