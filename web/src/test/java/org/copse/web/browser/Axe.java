package org.copse.web.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * axe-core (installed from npm by {@code npm ci} in {@code web/src/test/browser}, version pinned by
 * its package-lock.json) injected into the page in the browser, run for the WCAG 2.0/2.1/2.2 A and
 * AA rules.
 */
final class Axe {
  static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");
  static final Path NPM_FOLDER = Path.of("src", "test", "browser");
  static final Path SCRIPT = NPM_FOLDER.resolve(Path.of("node_modules", "axe-core", "axe.min.js"));

  private static final String RUN = """
      var done = arguments[arguments.length - 1];
      axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']})
        .then(function (r) {
          done({version: axe.version, violations: r.violations.map(function (v) {
            return {id: v.id, impact: v.impact || '', help: v.help, nodes: v.nodes.map(function (n) {
              return {target: n.target.join(' '), summary: n.failureSummary || ''};
            })};
          })});
        })
        .catch(function (e) { done({error: String(e)}); });
      """;

  /** One broken rule on one page, with the elements that break it. */
  record Violation(String page, String rule, String impact, String help, List<String> targets) {
    @Override
    public String toString() {
      return page + ": " + rule + " (" + impact + ") " + help + "\n      " + String.join("\n      ", targets);
    }
  }

  private final String script;

  private Axe(String script) {
    this.script = script;
  }

  /** Reads axe-core from node_modules; fails with the command to run when npm has not installed it. */
  static Axe load() {
    if (!Files.isRegularFile(SCRIPT)) {
      throw new IllegalStateException("axe-core is not installed at " + SCRIPT.toAbsolutePath()
          + ". Run: npm ci --prefix web/src/test/browser (from the repository root; needs node and npm).");
    }
    try {
      return new Axe(Files.readString(SCRIPT, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("could not read " + SCRIPT, e);
    }
  }

  /** Injects axe into the page now open and returns its violations, labelled with {@code page}. */
  @SuppressWarnings("unchecked")
  List<Violation> check(ChromeDriver driver, String page) {
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
    driver.executeScript(script);
    Map<String, Object> result = (Map<String, Object>) driver.executeAsyncScript(RUN, TAGS);
    if (result.containsKey("error")) {
      throw new IllegalStateException("axe failed on " + page + ": " + result.get("error"));
    }
    List<Violation> violations = new ArrayList<>();
    for (Map<String, Object> v : (List<Map<String, Object>>) result.get("violations")) {
      List<String> targets = new ArrayList<>();
      for (Map<String, Object> node : (List<Map<String, Object>>) v.get("nodes")) {
        targets.add(node.get("target") + " — " + String.valueOf(node.get("summary")).replace('\n', ' '));
      }
      violations.add(new Violation(page, (String) v.get("id"), (String) v.get("impact"), (String) v.get("help"), targets));
    }
    return violations;
  }

  static String version(ChromeDriver driver) {
    return String.valueOf(driver.executeScript("return window.axe ? axe.version : 'not injected';"));
  }
}
