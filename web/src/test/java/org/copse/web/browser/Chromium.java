package org.copse.web.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Starts Debian's headless Chromium through Debian's chromedriver, both named explicitly so that
 * Selenium Manager never tries to download a browser or driver (there is no internet here or in CI).
 * Missing binaries fail the test with the packages to install: a browser test is never skipped.
 */
final class Chromium {
  static final String BROWSER_PROPERTY = "copse.chromium";
  static final String DRIVER_PROPERTY = "copse.chromedriver";
  private static final String INSTALL_HINT =
      "Browser tests need Debian's Chromium and its driver: apt-get install -y chromium chromium-driver "
          + "(or set -D" + BROWSER_PROPERTY + "=... and -D" + DRIVER_PROPERTY + "=...).";

  private Chromium() {}

  /** A new browser with its own empty profile (no cookies, no cache). */
  static ChromeDriver start(boolean javascript) {
    Path browser = executable(BROWSER_PROPERTY, "/usr/bin/chromium");
    Path driver = executable(DRIVER_PROPERTY, "/usr/bin/chromedriver");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(browser.toFile());
    // root in CI: Chromium's sandbox needs a non-root user; /dev/shm is small in containers
    options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
        "--hide-scrollbars", "--force-device-scale-factor=1", "--lang=en-GB",
        "--window-size=" + Viewport.DESKTOP.width + "," + Viewport.DESKTOP.height);
    if (!javascript) {
      options.setExperimentalOption("prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
    }
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(driver.toFile())
        .usingAnyFreePort()
        .build();
    return new ChromeDriver(service, options);
  }

  private static Path executable(String property, String debianPath) {
    Path path = Path.of(System.getProperty(property, debianPath));
    if (!Files.isRegularFile(path) || !Files.isExecutable(path)) {
      throw new IllegalStateException("No executable at " + path + ". " + INSTALL_HINT);
    }
    return path.toAbsolutePath();
  }
}
