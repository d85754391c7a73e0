package org.yikatong.it;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Chromium driven through chromedriver (Selenium) for the console's browser tests. It
 * talks to the console of the suite's server ({@link Http#CONSOLE}) and prefers Chinese, as a
 * campus user's browser does, unless started with {@link #english()}.
 *
 * <p>The Debian packages {@code chromium} and {@code chromium-driver} provide the two executables
 * at {@value #CHROMIUM} and {@value #CHROMEDRIVER}; the system properties {@code yikatong.chromium}
 * and {@code yikatong.chromedriver} (or Selenium's own {@code webdriver.chrome.driver}) point
 * elsewhere. Selenium Manager is never asked: both paths are given.
 *
 * <p>Every wait is an explicit wait on a condition of the page ({@link WebDriverWait}); nothing
 * sleeps. One browser serves a test class: {@link #forgetSession()} before each test gives it the
 * state of a fresh browser, and {@link #close()} ends the browser and its driver.
 */
final class Browser implements AutoCloseable {

  static final String CHROMIUM = "/usr/bin/chromium";
  static final String CHROMEDRIVER = "/usr/bin/chromedriver";

  /** A desk computer's screen, where staff use the console. */
  static final Dimension DESK = new Dimension(1366, 900);

  /** A small phone's screen, where technicians and card holders use their pages on the move. */
  static final Dimension PHONE = new Dimension(360, 740);

  /** How long a page may take to show what a test waits for (a busy CI machine, a cold server). */
  private static final Duration PATIENCE = Duration.ofSeconds(30);

  /**
   * Selenium warns at every start that it has no DevTools bindings for this Chromium's version: the
   * tests drive the browser through WebDriver and chromedriver's own CDP command, which need none.
   * Held here so that the setting outlives the logger's weak reference.
   */
  private static final Logger CDP_VERSION_FINDER =
      quiet("org.openqa.selenium.devtools.CdpVersionFinder");

  private final ChromeDriver driver;
  private final WebDriverWait wait;

  private Browser(String language, String acceptLanguages) {
    String chromium = System.getProperty("yikatong.chromium", CHROMIUM);
    String chromedriver =
        System.getProperty(
            "yikatong.chromedriver", System.getProperty("webdriver.chrome.driver", CHROMEDRIVER));
    requireExecutable(chromium, "chromium");
    requireExecutable(chromedriver, "chromium-driver");

    ChromeOptions options = new ChromeOptions();
    options.setBinary(chromium);
    options.addArguments(
        "--headless=new",
        // A CI container runs as root, where Chromium's sandbox cannot start.
        "--no-sandbox",
        // Containers often have a small /dev/shm; Chromium then uses /tmp instead.
        "--disable-dev-shm-usage",
        "--lang=" + language,
        "--window-size=" + DESK.getWidth() + "," + DESK.getHeight(),
        "--no-first-run",
        "--no-default-browser-check",
        "--password-store=basic");
    options.setExperimentalOption(
        "prefs",
        Map.of(
            // The Accept-Language header the console chooses its language by.
            "intl.accept_languages", acceptLanguages,
            // No password manager offering to save, or warning about, the demo passwords.
            "credentials_enable_service", false,
            "profile.password_manager_enabled", false,
            "profile.password_manager_leak_detection", false));
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(new File(chromedriver))
            .usingAnyFreePort()
            .build();
    this.driver = new ChromeDriver(service, options);
    this.wait = new WebDriverWait(driver, PATIENCE);
    // An ajax update replaces the elements it renders: one looked up just before is then stale,
    // and the condition is tried again on the new one.
    this.wait.ignoring(StaleElementReferenceException.class);
    desk();
  }

  private static Logger quiet(String name) {
    Logger logger = Logger.getLogger(name);
    logger.setLevel(Level.SEVERE);
    return logger;
  }

  /** A browser that prefers Chinese (zh-CN), as the console's users' browsers do. */
  static Browser chinese() {
    return new Browser("zh-CN", "zh-CN,zh");
  }

  /** A browser that prefers English. */
  static Browser english() {
    return new Browser("en-US", "en-US,en");
  }

  private static void requireExecutable(String path, String debianPackage) {
    if (!Files.isExecutable(Path.of(path))) {
      throw new IllegalStateException(
          path
              + " (Debian package "
              + debianPackage
              + ") is missing: the browser tests need chromium and chromium-driver (apt-get install"
              + " chromium chromium-driver fonts-noto-cjk; .ci/run installs them), or the system"
              + " properties yikatong.chromium and yikatong.chromedriver naming a Chromium and its"
              + " driver elsewhere.");
    }
  }

  /** Sizes the window so that pages see a desk computer's screen. */
  Browser desk() {
    return viewport(DESK);
  }

  /** Sizes the window so that pages see a small phone's screen. */
  Browser phone() {
    return viewport(PHONE);
  }

  /**
   * Sizes the window so that the page's viewport (what CSS media queries and screenshots see) has
   * the given size: a headless window, too, keeps some of its height for the browser's own bars.
   */
  private Browser viewport(Dimension size) {
    driver.manage().window().setSize(size);
    Dimension inner = innerSize();
    if (!inner.equals(size)) {
      driver
          .manage()
          .window()
          .setSize(
              new Dimension(
                  2 * size.getWidth() - inner.getWidth(),
                  2 * size.getHeight() - inner.getHeight()));
    }
    return this;
  }

  private Dimension innerSize() {
    List<?> inner =
        (List<?>) driver.executeScript("return [window.innerWidth, window.innerHeight];");
    return new Dimension(((Number) inner.get(0)).intValue(), ((Number) inner.get(1)).intValue());
  }

  /**
   * Forgets every cookie of every site, so that the next page is asked for by a browser without a
   * session, as a freshly started one.
   */
  Browser forgetSession() {
    driver.get("about:blank");
    driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
    return this;
  }

  /** Opens a path of the console (relative to {@code /yikatong/}) and waits until it has loaded. */
  Browser open(String path) {
    driver.get(Http.CONSOLE.resolve(path).toString());
    waitUntilLoaded();
    return this;
  }

  /**
   * Signs in on the login form the browser shows: fills in the user name and password, submits the
   * form and waits until the page the console answers with has loaded.
   */
  Browser login(String user, String password) {
    WebElement form = waitFor(By.id("login"));
    WebElement username = driver.findElement(By.id("j_username"));
    username.clear();
    username.sendKeys(user);
    WebElement secret = driver.findElement(By.id("j_password"));
    secret.clear();
    secret.sendKeys(password);
    driver.findElement(By.id("submit")).click();
    wait.until(d -> gone(form));
    waitUntilLoaded();
    return this;
  }

  /** Clicks an element that leads to another page and waits until that page has loaded. */
  Browser follow(By link) {
    WebElement page = driver.findElement(By.tagName("html"));
    waitFor(link).click();
    wait.until(d -> gone(page));
    waitUntilLoaded();
    return this;
  }

  /**
   * Whether an element of a page the browser has left is gone. Chromium reports a node of a page
   * being replaced either as stale or as a node that "does not belong to the document"; both mean
   * the new page has taken its place.
   */
  private static boolean gone(WebElement element) {
    try {
      element.isEnabled();
      return false;
    } catch (StaleElementReferenceException replaced) {
      return true;
    } catch (org.openqa.selenium.WebDriverException e) {
      if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
        return true;
      }
      throw e;
    }
  }

  /** Clicks an element once it can be clicked (an ajax button: the page stays). */
  Browser click(By element) {
    wait.until(
        d -> {
          try {
            wait.until(ExpectedConditions.elementToBeClickable(element)).click();
            return true;
          } catch (org.openqa.selenium.WebDriverException replaced) {
            // An ajax update replaced the element between finding and clicking it: Chromium
            // says its node no longer belongs to the document. Find it again.
            if (String.valueOf(replaced.getMessage()).contains("does not belong to the document")) {
              return null;
            }
            throw replaced;
          }
        });
    return this;
  }

  /**
   * Types over what a field holds, as a user does who selects it all first: a date picker that
   * shows a date refills itself when cleared, so clearing it is not enough.
   */
  Browser typeOver(By field, String text) {
    WebElement input = wait.until(ExpectedConditions.elementToBeClickable(field));
    input.sendKeys(Keys.chord(Keys.CONTROL, "a"), text);
    return this;
  }

  /** Double-clicks an element once it can be clicked, as an impatient user does. */
  Browser doubleClick(By element) {
    WebElement target = wait.until(ExpectedConditions.elementToBeClickable(element));
    new org.openqa.selenium.interactions.Actions(driver).doubleClick(target).perform();
    return this;
  }

  /** Replaces the text of an input field with {@code text}, typed as a user types it. */
  Browser type(By field, String text) {
    WebElement input = wait.until(ExpectedConditions.elementToBeClickable(field));
    input.clear();
    input.sendKeys(text);
    return this;
  }

  /**
   * Chooses a file in a file input (also one a skinned upload button hides), as a user picks it in
   * the browser's file dialog.
   */
  Browser upload(By fileInput, Path file) {
    wait.until(ExpectedConditions.presenceOfElementLocated(fileInput))
        .sendKeys(file.toAbsolutePath().toString());
    return this;
  }

  /** Waits until the browser shows a page of this path (after a redirect an action answered). */
  Browser waitForPath(String path) {
    wait.until(d -> URI.create(d.getCurrentUrl()).getPath().equals(path));
    waitUntilLoaded();
    return this;
  }

  /**
   * Picks an item of a PrimeFaces select menu (its client id) by a part of its label: opens the
   * menu, brings the item into the list's view, clicks it, and waits until the menu shows it; a
   * click that landed while the list was still opening is tried again.
   */
  Browser choose(String menuId, String labelPart) {
    String css = "#" + menuId.replace(":", "\\:");
    By label = By.cssSelector(css + "_label");
    By item = By.cssSelector(css + "_items li[data-label*='" + labelPart + "']");
    for (int attempt = 1; ; attempt++) {
      click(By.id(menuId));
      WebElement option = wait.until(ExpectedConditions.visibilityOfElementLocated(item));
      driver.executeScript("arguments[0].scrollIntoView({block: 'nearest'});", option);
      wait.until(ExpectedConditions.elementToBeClickable(option)).click();
      try {
        new WebDriverWait(driver, Duration.ofSeconds(5))
            .until(ExpectedConditions.textToBePresentInElementLocated(label, labelPart));
        return this;
      } catch (org.openqa.selenium.TimeoutException notTaken) {
        if (attempt == 3) {
          throw notTaken;
        }
      }
    }
  }

  /**
   * Chooses a file in a file input (the {@code input type=file} of an upload component, which may
   * be hidden behind its button), as a user picking it in the file dialog does.
   */
  Browser attach(By fileInput, Path file) {
    wait.until(ExpectedConditions.presenceOfElementLocated(fileInput))
        .sendKeys(file.toAbsolutePath().toString());
    return this;
  }

  /** Presses a key in a field (TAB to leave it, ENTER to submit). */
  Browser press(By field, Keys key) {
    waitFor(field).sendKeys(key);
    return this;
  }

  /**
   * Waits until an element shows exactly this text; the element is looked up again each time, as an
   * ajax update replaces it.
   */
  Browser waitForText(By element, String expected) {
    wait.until(ExpectedConditions.textToBe(element, expected));
    return this;
  }

  /** Waits until an element's text contains {@code part}; looked up again each time. */
  Browser waitForTextContaining(By element, String part) {
    wait.until(ExpectedConditions.textToBePresentInElementLocated(element, part));
    return this;
  }

  /** Waits until the page holds no such element (an ajax update or a new page removed it). */
  Browser waitForAbsence(By element) {
    wait.until(d -> d.findElements(element).isEmpty());
    return this;
  }

  /** Waits until an element shows a text other than {@code old} (an ajax update changed it). */
  Browser waitForTextOtherThan(By element, String old) {
    wait.until(d -> !d.findElement(element).getText().strip().equals(old));
    return this;
  }

  /** Waits until an input field holds a value that is not blank, and returns it. */
  String waitForValue(By field) {
    return wait.until(
        d -> {
          String value = d.findElement(field).getAttribute("value");
          return value == null || value.isBlank() ? null : value;
        });
  }

  /** Waits until an element is on the page and visible, and returns it. */
  WebElement waitFor(By element) {
    return wait.until(ExpectedConditions.visibilityOfElementLocated(element));
  }

  /** Waits until the page holds no such element (an ajax update removed it). */
  Browser waitUntilGone(By element) {
    wait.until(d -> d.findElements(element).isEmpty());
    return this;
  }

  /** Whether the page holds an element, without waiting for one to appear. */
  boolean has(By element) {
    return !driver.findElements(element).isEmpty();
  }

  /** The visible text of an element, once it is visible. */
  String text(By element) {
    return waitFor(element).getText().strip();
  }

  /**
   * How many pixels the page is wider than the window (0 when nothing needs sideways scrolling),
   * with the elements that stick out the furthest, to name in a failure.
   */
  String overflow() {
    Object found =
        driver.executeScript(
            "const w = window.innerWidth;"
                + "const over = document.documentElement.scrollWidth - w;"
                + "if (over <= 0) return '';"
                + "return over + ' px: ' + [...document.querySelectorAll('body *')]"
                + ".filter(e => e.getBoundingClientRect().right > w + 1)"
                + ".filter(e => ![...e.children].some(c => c.getBoundingClientRect().right > w + 1))"
                + ".slice(0, 5).map(e => e.tagName + '#' + e.id + '.' + e.className).join(', ');");
    return String.valueOf(found);
  }

  /** The address of the page shown. */
  URI url() {
    return URI.create(driver.getCurrentUrl());
  }

  /** The path of the page shown, such as {@code /yikatong/audit.xhtml}. */
  String path() {
    return url().getPath();
  }

  /** The document's title. */
  String title() {
    return driver.getTitle();
  }

  /** The page's markup as the browser holds it now. */
  String source() {
    return driver.getPageSource();
  }

  /**
   * The resources (stylesheets, scripts, fonts, images) the page loaded, each as its address and
   * the HTTP status it was answered with (0 where the browser does not tell).
   */
  List<String> loadedResources() {
    Object entries =
        driver.executeScript(
            "return performance.getEntriesByType('resource')"
                + ".map(e => e.name + ' ' + (e.responseStatus || 0));");
    return ((List<?>) entries).stream().map(String::valueOf).toList();
  }

  /**
   * Clicks a button that downloads a file, and answers the file once the browser has saved it whole
   * (in a fresh directory, so the file is this click's).
   */
  Path download(By button) {
    try {
      Path dir = Files.createTempDirectory("yikatong-download");
      driver.executeCdpCommand(
          "Browser.setDownloadBehavior",
          Map.of("behavior", "allow", "downloadPath", dir.toString(), "eventsEnabled", true));
      click(button);
      return wait.until(
          d -> {
            try (var files = Files.list(dir)) {
              return files
                  .filter(f -> !f.getFileName().toString().endsWith(".crdownload"))
                  .filter(f -> f.toFile().length() > 0)
                  .findFirst()
                  .orElse(null);
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          });
    } catch (IOException e) {
      throw new UncheckedIOException("Could not make a download directory", e);
    }
  }

  /** Scrolls an element to the top of the window, to show it in a screenshot. */
  Browser scrollTo(By element) {
    driver.executeScript("arguments[0].scrollIntoView({block: 'start'});", waitFor(element));
    return this;
  }

  /**
   * Saves what the window shows as {@code <name>.png} under {@code target/screenshots} of the ear
   * module (system property {@code yikatong.screenshots}) and, when the system property {@code
   * yikatong.screenshots.docs} names a directory, there too.
   */
  Path screenshot(String name) {
    byte[] png = driver.getScreenshotAs(OutputType.BYTES);
    Path saved = save(System.getProperty("yikatong.screenshots", "target/screenshots"), name, png);
    String docs = System.getProperty("yikatong.screenshots.docs");
    if (docs != null && !docs.isBlank()) {
      save(docs, name, png);
    }
    return saved;
  }

  /**
   * Saves what the window shows as {@code <name>.png} under {@code target/screenshots} only: a
   * picture for whoever looks into a test run, not for the manual.
   */
  /**
   * The text of every message the page shows (global messages, messages beside fields), one per
   * line: what a failed step tells the person at the screen.
   */
  String messagesShown() {
    return driver
        .findElements(By.cssSelector(".ui-messages li, .ui-message, .ui-growl-message"))
        .stream()
        .filter(WebElement::isDisplayed)
        .map(e -> e.getText().strip())
        .filter(t -> !t.isEmpty())
        .collect(java.util.stream.Collectors.joining("\n"));
  }

  Path snapshot(String name) {
    return save(
        System.getProperty("yikatong.screenshots", "target/screenshots"),
        name,
        driver.getScreenshotAs(OutputType.BYTES));
  }

  private static Path save(String directory, String name, byte[] png) {
    try {
      Path dir = Files.createDirectories(Path.of(directory));
      return Files.write(dir.resolve(name + ".png"), png);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not save the screenshot " + name, e);
    }
  }

  private void waitUntilLoaded() {
    wait.until(
        d ->
            "complete"
                .equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
  }

  /** Ends the browser and its driver. */
  @Override
  public void close() {
    driver.quit();
  }
}
