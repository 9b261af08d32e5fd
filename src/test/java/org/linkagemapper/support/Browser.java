package org.linkagemapper.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium driven through its own chromedriver (no browser download, no Selenium
 * Manager), for the Explorer's browser tests and benchmark. {@link #available()} says whether this
 * machine has both.
 */
public final class Browser {

  public static final Path CHROMIUM =
      Path.of(System.getProperty("explorer.chromium", "/usr/bin/chromium"));
  public static final Path CHROMEDRIVER =
      Path.of(System.getProperty("explorer.chromedriver", "/usr/bin/chromedriver"));
  public static final String INSTALL_HINT =
      "Chromium and its driver are needed for the Explorer's browser tests; install them with "
          + "'sudo apt-get install chromium chromium-driver' (Debian/Ubuntu), or point -Dexplorer.chromium and "
          + "-Dexplorer.chromedriver at them";

  private Browser() {}

  public static boolean available() {
    return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
  }

  /** A fresh headless browser with its own profile directory, deleted by {@link #quit}. */
  public static ChromeDriver start(int width, int height) {
    try {
      Path profile = Files.createTempDirectory("explorer-chromium");
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
          "--no-first-run",
          "--disable-extensions",
          "--disable-default-apps",
          "--window-size=" + width + "," + height,
          "--user-data-dir=" + profile);
      LoggingPreferences logs = new LoggingPreferences();
      logs.enable(LogType.BROWSER, Level.ALL);
      options.setCapability("goog:loggingPrefs", logs);
      ChromeDriverService service =
          new ChromeDriverService.Builder()
              .usingDriverExecutable(CHROMEDRIVER.toFile())
              .usingAnyFreePort()
              .build();
      ChromeDriver driver = new ChromeDriver(service, options);
      driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
      PROFILES.put(driver, profile);
      return driver;
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static final java.util.Map<ChromeDriver, Path> PROFILES =
      new java.util.concurrent.ConcurrentHashMap<>();

  public static void quit(ChromeDriver driver) {
    if (driver == null) {
      return;
    }
    driver.quit();
    Path profile = PROFILES.remove(driver);
    if (profile != null) {
      try (var files = Files.walk(profile)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      } catch (IOException e) {
        // a left-over temp directory is harmless
      }
    }
  }

  /**
   * How many times the page has finished drawing its state (the page counts them in
   * body[data-renders]).
   */
  public static long renders(ChromeDriver driver) {
    Object n = driver.executeScript("return Number(document.body.dataset.renders || 0)");
    return ((Number) n).longValue();
  }

  /** Waits until the page has drawn a state more than {@code before} times and is idle. */
  public static void awaitDrawn(ChromeDriver driver, long before, Duration timeout) {
    new WebDriverWait(driver, timeout)
        .until(
            d -> {
              JavascriptExecutor js = (JavascriptExecutor) d;
              Object state = js.executeScript("return document.body.dataset.state");
              return "ready".equals(state) && renders(driver) > before;
            });
  }

  /**
   * The URLs and transfer sizes of every resource the page loaded (Resource Timing), plus the
   * document.
   */
  @SuppressWarnings("unchecked")
  public static List<java.util.Map<String, Object>> resources(ChromeDriver driver) {
    return (List<java.util.Map<String, Object>>)
        driver.executeScript(
            "return performance.getEntriesByType('navigation').concat(performance.getEntriesByType('resource'))"
                + ".map(e => ({name: e.name, transferSize: e.transferSize, encodedBodySize: e.encodedBodySize}))");
  }
}
