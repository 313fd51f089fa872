package app.wingspan.server;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium driven by its own chromedriver, both named by path so nothing is looked up or
 * downloaded at run time (Selenium Manager never runs). Headless, as root in CI: no sandbox. When
 * the browser is missing the tests fail in CI ({@code CI=true}) and are skipped elsewhere.
 */
final class Browser implements AutoCloseable {
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  static final Dimension PHONE = new Dimension(390, 844);
  static final Dimension DESKTOP = new Dimension(1280, 900);

  /** The widths screenshots are taken at; each shows the whole page, however tall. */
  private static final Map<String, Dimension> SHOTS = Map.of("phone", PHONE, "desktop", DESKTOP);

  final ChromeDriver driver;
  private final Path profile;

  private Browser(ChromeDriver driver, Path profile) {
    this.driver = driver;
    this.profile = profile;
  }

  /**
   * A fresh headless browser with a fresh profile.
   *
   * @param javaScript false: JavaScript off, as some payers browse
   */
  static Browser start(boolean javaScript) {
    boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    if (!present) {
      String missing =
          "the browser tests need Debian's chromium and chromium-driver (apt-get"
              + " install -y chromium chromium-driver): "
              + CHROMIUM
              + " or "
              + CHROMEDRIVER
              + " is missing";
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        throw new AssertionError(missing);
      }
      Assumptions.abort(missing);
    }
    // Belt and braces: the driver is given explicitly below, so Selenium Manager has nothing to
    // find.
    System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
    Path profile;
    try {
      profile = Files.createTempDirectory("wingspan-chromium-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-default-apps",
        "--disable-extensions",
        "--no-first-run",
        "--no-default-browser-check",
        "--user-data-dir=" + profile,
        "--window-size=" + DESKTOP.getWidth() + "," + DESKTOP.getHeight());
    if (!javaScript) {
      options.setExperimentalOption(
          "prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
    }
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(new File(CHROMEDRIVER.toString()))
            .usingAnyFreePort()
            .build();
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    return new Browser(driver, profile);
  }

  /** Screenshots of the current page at phone and desktop widths, under target/page-screenshots. */
  void screenshots(String state) {
    Path dir = Path.of("target", "page-screenshots");
    try {
      Files.createDirectories(dir);
      for (Map.Entry<String, Dimension> size : SHOTS.entrySet()) {
        driver.manage().window().setSize(size.getValue());
        Files.write(dir.resolve(state + "-" + size.getKey() + ".png"), wholePage());
      }
      driver.manage().window().setSize(DESKTOP);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The whole page as PNG, beyond the window's height (DevTools; works with JavaScript off). */
  @SuppressWarnings("unchecked")
  private byte[] wholePage() {
    Map<String, Object> metrics = driver.executeCdpCommand("Page.getLayoutMetrics", Map.of());
    Map<String, Object> content = (Map<String, Object>) metrics.get("cssContentSize");
    Map<String, Object> clip =
        Map.of(
            "x", 0,
            "y", 0,
            "width", ((Number) content.get("width")).doubleValue(),
            "height", ((Number) content.get("height")).doubleValue(),
            "scale", 1);
    Map<String, Object> shot =
        driver.executeCdpCommand(
            "Page.captureScreenshot",
            Map.of("format", "png", "captureBeyondViewport", true, "clip", clip));
    return java.util.Base64.getDecoder().decode((String) shot.get("data"));
  }

  @Override
  public void close() {
    try {
      driver.quit();
    } finally {
      try (var files = Files.walk(profile)) {
        files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
      } catch (IOException e) {
        // a temporary directory: the OS cleans it eventually
      }
    }
  }
}
