package org.reprise.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium driven by Selenium, with Debian's {@code /usr/bin/chromedriver} (no network
 * needed). Without chromedriver the test is skipped, or fails when the {@code CI} variable is set
 * (CI installs it with {@code .ci/install-browser}).
 */
final class Browser implements AutoCloseable {

  /** Debian's chromedriver; {@code -Dreprise.chromedriver=PATH} names another one. */
  static final Path CHROMEDRIVER =
      Path.of(System.getProperty("reprise.chromedriver", "/usr/bin/chromedriver"));
  static final Path SCREENSHOTS = Path.of("target", "screenshots");

  final WebDriver driver;
  final WebDriverWait wait;

  private Browser(WebDriver driver) {
    this.driver = driver;
    // the page re-renders its results after each run: an element found just before may be
    // replaced, so a wait tries again rather than fail on a stale element
    this.wait = new WebDriverWait(driver, Duration.ofSeconds(20));
    this.wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
  }

  /** Skips the test (or fails it on CI) when there is no chromedriver. */
  static void requireChromedriver() {
    if (Files.isExecutable(CHROMEDRIVER)) {
      return;
    }
    String message = "the browser tests need " + CHROMEDRIVER
        + ": install it with `bash .ci/install-browser` (apt-get install chromium chromium-driver)";
    if (System.getenv("CI") != null) {
      Assertions.fail(message + " — CI is set, so a missing browser is an error");
    }
    System.out.println("Browser test skipped: " + message);
    Assumptions.abort(message);
  }

  /** Starts headless Chromium with a profile in {@code profile} and the given window size. */
  static Browser start(Path profile, int width, int height) {
    requireChromedriver();
    System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
    ChromeOptions options = new ChromeOptions();
    options.addArguments(
        "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run",
        "--disable-dev-shm-usage", "--user-data-dir=" + profile.toAbsolutePath(),
        "--window-size=" + width + "," + height, "--lang=en-GB");
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
    Browser b = new Browser(new ChromeDriver(service, options));
    b.driver.manage().window().setSize(new Dimension(width, height));
    return b;
  }

  WebElement find(String css) {
    return driver.findElement(By.cssSelector(css));
  }

  List<WebElement> all(String css) {
    return driver.findElements(By.cssSelector(css));
  }

  /** Waits until the element's text is non-empty and returns it. */
  String textOf(String css) {
    return wait.until(d -> {
      List<WebElement> e = d.findElements(By.cssSelector(css));
      return e.isEmpty() || e.get(0).getText().isBlank() ? null : e.get(0).getText();
    });
  }

  /** Opens the page at {@code url} and waits until its script says it is ready. */
  void open(String url) {
    driver.get(url);
    wait.until(d -> "true".equals(js("return document.body.dataset.ready")));
  }

  /** @return how many deal runs the page has shown (its {@code data-runs} counter) */
  int runs() {
    Object n = js("return Number(document.getElementById('results').dataset.runs || 0)");
    return ((Number) n).intValue();
  }

  /** Switches the page's language and waits until the document says it is in it. */
  void language(String lang) {
    new org.openqa.selenium.support.ui.Select(find("#lang")).selectByValue(lang);
    wait.until(d -> lang.equals(js("return document.documentElement.lang")));
  }

  Object js(String script, Object... args) {
    return ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(script, args);
  }

  /** @return the browser console's errors (CSP violations, script errors), one per line */
  String consoleErrors() {
    return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
        .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
        // A refused deal is a 400 answer that the page shows: not an error of the page.
        .filter(e -> !e.getMessage().contains("the server responded with a status of 400"))
        .map(LogEntry::getMessage)
        .collect(Collectors.joining("\n"));
  }

  /** Saves a screenshot as target/screenshots/{name}.png. */
  Path screenshot(String name) {
    try {
      Files.createDirectories(SCREENSHOTS);
      Path file = SCREENSHOTS.resolve(name + ".png");
      byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
      Files.write(file, png);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    driver.quit();
  }
}
