package org.copse.web.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One browser (own profile) against the running application: opens pages, signs in through the
 * form, switches viewports and saves a numbered screenshot of each step under
 * {@code target/browser-screenshots/<journey>/}.
 */
final class BrowserSession implements AutoCloseable {
  static final Path SCREENSHOTS = Path.of("target", "browser-screenshots");
  static final String PASSWORD = "copse-demo";
  private static final Logger log = LoggerFactory.getLogger(BrowserSession.class);
  private static final Duration WAIT = Duration.ofSeconds(20);
  private static final Duration RETRY_PAUSE = Duration.ofMillis(300);
  private static final int SCREENSHOT_ATTEMPTS = 3;
  /** Step numbers per screenshot folder, shared by the sessions of one journey. */
  private static final Map<Path, AtomicInteger> STEPS = new ConcurrentHashMap<>();

  private final ChromeDriver driver;
  private final String baseUrl;
  private final Path screenshots;
  private Viewport viewport = Viewport.DESKTOP;

  private BrowserSession(ChromeDriver driver, String baseUrl, String journey) {
    this.driver = driver;
    this.baseUrl = baseUrl;
    this.screenshots = SCREENSHOTS.resolve(journey);
  }

  static BrowserSession open(int port, String journey, Viewport viewport) {
    return open(port, journey, viewport, true);
  }

  static BrowserSession open(int port, String journey, Viewport viewport, boolean javascript) {
    BrowserSession session = new BrowserSession(Chromium.start(javascript), "http://localhost:" + port, journey);
    session.resize(viewport);
    return session;
  }

  ChromeDriver driver() {
    return driver;
  }

  Viewport viewport() {
    return viewport;
  }

  /** Emulates the viewport exactly (the window size of headless Chromium is not its layout viewport). */
  void resize(Viewport wanted) {
    driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of(
        "width", wanted.width, "height", wanted.height, "deviceScaleFactor", 1, "mobile", wanted.mobile));
    viewport = wanted;
  }

  /** Opens a path of the application, such as {@code /search?q=damp}. */
  BrowserSession go(String path) {
    driver.get(baseUrl + path);
    return this;
  }

  String url(String path) {
    return baseUrl + path;
  }

  String path() {
    return driver.getCurrentUrl().substring(baseUrl.length());
  }

  void signIn(String member) {
    go("/sign-in");
    type(By.id("username"), member);
    type(By.id("password"), PASSWORD);
    driver.findElement(By.cssSelector("form.sign-in button[type=submit]")).click();
    waitFor(By.cssSelector("main h1"));
    if (driver.getCurrentUrl().contains("/sign-in")) {
      throw new IllegalStateException("could not sign in as " + member + ": still on " + driver.getCurrentUrl());
    }
  }

  void type(By field, String text) {
    WebElement input = driver.findElement(field);
    input.clear();
    input.sendKeys(text);
  }

  WebElement waitFor(By locator) {
    return new WebDriverWait(driver, WAIT).until(ExpectedConditions.visibilityOfElementLocated(locator));
  }

  WebElement find(By locator) {
    return driver.findElement(locator);
  }

  /** The element's text, waiting for it: a page Chromium has just loaded may not be rendered yet. */
  String text(By locator) {
    return new WebDriverWait(driver, WAIT).until(ExpectedConditions.presenceOfElementLocated(locator)).getText();
  }

  /** Saves the whole page as it looks now as {@code NN-name-viewport.png}; returns the file. */
  Path screenshot(String name) {
    int step = STEPS.computeIfAbsent(screenshots, BrowserSession::emptied).incrementAndGet();
    Path file = screenshots.resolve(String.format("%02d-%s-%s.png", step, name, viewport.label()));
    try {
      Files.createDirectories(screenshots);
      Files.write(file, wholePage());
    } catch (IOException e) {
      throw new UncheckedIOException("could not save screenshot " + file, e);
    }
    log.info("screenshot {}", file);
    return file;
  }

  /** The first screenshot of a journey in this run replaces those of earlier runs. */
  private static AtomicInteger emptied(Path folder) {
    try (Stream<Path> old = Files.exists(folder) ? Files.list(folder) : Stream.empty()) {
      for (Path file : old.filter(f -> f.getFileName().toString().endsWith(".png")).toList()) {
        Files.delete(file);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("could not clear old screenshots in " + folder, e);
    }
    return new AtomicInteger();
  }

  /**
   * The whole page as PNG, not just the viewport (Chromium renders beyond it on request). Chromium
   * now and then drops the DevTools page session just after a navigation; the capture is retried.
   */
  private byte[] wholePage() {
    @Nullable WebDriverException last = null;
    for (int attempt = 1; attempt <= SCREENSHOT_ATTEMPTS; attempt++) {
      try {
        Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot",
            Map.of("format", "png", "captureBeyondViewport", true));
        return Base64.getDecoder().decode((String) shot.get("data"));
      } catch (WebDriverException e) {
        log.warn("screenshot attempt {} of {} failed: {}", attempt, SCREENSHOT_ATTEMPTS, e.getMessage().lines().findFirst().orElse(""));
        last = e;
        pause();
      }
    }
    throw new IllegalStateException("no screenshot after " + SCREENSHOT_ATTEMPTS + " attempts", last);
  }

  private static void pause() {
    try {
      Thread.sleep(RETRY_PAUSE.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting to retry a screenshot", e);
    }
  }

  /** How far the page is wider than the viewport, in CSS pixels (0 when nothing scrolls sideways). */
  long horizontalOverflow() {
    Object overflow = driver.executeScript(
        "return document.scrollingElement.scrollWidth - window.innerWidth;");
    return ((Number) overflow).longValue();
  }

  @Override
  public void close() {
    driver.quit();
  }
}
