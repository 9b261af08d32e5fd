package org.linkagemapper.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.linkagemapper.support.Browser;
import org.linkagemapper.support.GraphApiTest;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.JsonNode;

/**
 * The Explorer page in a real browser (headless Debian Chromium) against the application on the
 * curated seed graph: what a researcher does, step by step. Expected values come from the API's own
 * answers, so the page is checked against the service, not against copied text. One browser serves
 * every test; without Chromium the tests are skipped with the command that installs it.
 */
class ExplorerBrowserTest extends GraphApiTest {

  private static final Duration WAIT = Duration.ofSeconds(30);
  private static ChromeDriver driver;

  private ChromeDriver browser() {
    Assumptions.assumeTrue(Browser.available(), Browser.INSTALL_HINT);
    if (driver == null) {
      driver = Browser.start(1280, 800);
    }
    return driver;
  }

  @AfterAll
  static void closeBrowser() {
    Browser.quit(driver);
    driver = null;
  }

  private String base() {
    return "http://127.0.0.1:" + port + "/";
  }

  /** Opens the page with a query and waits until it has drawn it. */
  private ChromeDriver open(String query) {
    ChromeDriver d = browser();
    d.get(base() + query);
    Browser.awaitDrawn(d, 0, WAIT);
    return d;
  }

  /** Opens the page with a query and checks it drew it without an error message. */
  private ChromeDriver show(String query) {
    ChromeDriver d = open(query);
    assertThat(messageShown(d)).as("message on %s: %s", query, text(d, "#message")).isFalse();
    return d;
  }

  /** Runs an action on the page and waits until the page has drawn the state it leads to. */
  private void andWait(Runnable action) {
    long before = Browser.renders(driver);
    action.run();
    Browser.awaitDrawn(driver, before, WAIT);
  }

  /** The API's answer the page is checked against; asked twice after a 5xx, as the page does. */
  private JsonNode ok(String path) {
    Answer answer = get(path);
    if (answer.status() >= 500) {
      answer = get(path);
    }
    assertThat(answer.status()).as(path + " -> " + answer.body()).isEqualTo(200);
    return answer.json();
  }

  private static String text(ChromeDriver d, String css) {
    return d.findElement(By.cssSelector(css)).getText();
  }

  private static List<String> texts(ChromeDriver d, String css) {
    return d.findElements(By.cssSelector(css)).stream().map(WebElement::getText).toList();
  }

  @SuppressWarnings("unchecked")
  private static List<String> drawnIds(ChromeDriver d) {
    return (List<String>) d.executeScript("return window.explorer.drawnIds()");
  }

  private static boolean messageShown(ChromeDriver d) {
    return d.findElement(By.id("message")).isDisplayed();
  }

  @Test
  void rootServesTheExplorerUnderAStrictPolicyAndDiscoveryStaysJson() {
    Answer page = get("/", "text/html,application/xhtml+xml");
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.contentType()).startsWith("text/html");
    assertThat(page.body())
        .contains("Linkage Explorer", "/browser/", "type=\"module\"")
        .doesNotContain("<script>", "style=\"");

    JsonNode discovery = json.readTree(get("/", "application/json").body());
    assertThat(discovery.get("bolt_direct").asString()).startsWith("bolt://");
  }

  @Test
  void theExplorerIsServedWithAContentSecurityPolicyThatKeepsEverythingOnTheOrigin()
      throws Exception {
    var response =
        java.net.http.HttpClient.newHttpClient()
            .send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(base()))
                    .header("Accept", "text/html")
                    .build(),
                java.net.http.HttpResponse.BodyHandlers.discarding());
    String csp = response.headers().firstValue("Content-Security-Policy").orElse("");
    assertThat(csp)
        .contains(
            "default-src 'none'", "script-src 'self'", "style-src 'self'", "connect-src 'self'")
        .doesNotContain("unsafe-inline", "unsafe-eval", "http:", "https:");
    assertThat(response.headers().firstValue("X-Frame-Options")).contains("DENY");
  }

  @Test
  void searchSuggestsAsYouTypeAndOpensTheActorByKeyboard() {
    ChromeDriver d = show("");
    WebElement search = d.findElement(By.id("search"));
    search.sendKeys("TELMIN");
    new WebDriverWait(d, WAIT)
        .until(x -> !x.findElements(By.cssSelector("#suggestions [role=option]")).isEmpty());
    assertThat(texts(d, "#suggestions [role=option]"))
        .anySatisfy(t -> assertThat(t).contains("TELMIN"));

    andWait(
        () -> {
          search.sendKeys(Keys.ARROW_DOWN);
          search.sendKeys(Keys.ENTER);
        });

    assertThat(d.getCurrentUrl()).contains("view=actor").contains("id=telmin");
    assertThat(text(d, "#card h2")).contains(ok("/api/mechanisms/telmin").get("name").asString());
    assertThat(drawnIds(d)).contains("telmin");
  }

  @Test
  void theCardCitesTheSourceOfEveryRelationshipAndShowsBothSidesOfADispute() {
    // The ADMM-Plus EWG on Cyber Security: the digest gives two adoption years, each with its
    // source.
    ChromeDriver d = show("?view=actor&id=admm-plus-ewg-cyber");
    JsonNode actor = ok("/api/mechanisms/admm-plus-ewg-cyber");
    Set<String> titles = new HashSet<>();
    for (String group : List.of("pillars", "partners", "roles", "areas", "linksOut", "linksIn")) {
      actor.get(group).forEach(l -> titles.add(l.get("source").get("title").asString()));
    }

    List<WebElement> items = d.findElements(By.cssSelector("#card .links li"));
    int relationships = 0;
    for (String group : List.of("pillars", "partners", "roles", "areas", "linksOut", "linksIn")) {
      relationships += actor.get(group).size();
    }
    assertThat(items).hasSize(relationships);
    items.forEach(li -> assertThat(li.findElement(By.cssSelector("cite")).getText()).isIn(titles));
    assertThat(d.findElements(By.cssSelector("#card li.disputed")).size())
        .isGreaterThanOrEqualTo(2);
  }

  @Test
  void aPathFromJapanToTheCertsAppearsWithOneCitationPerStep() {
    ChromeDriver d = show("?view=paths");
    WebElement from = d.findElement(By.id("path-from"));
    from.sendKeys("Japan");
    new WebDriverWait(d, WAIT)
        .until(x -> !x.findElements(By.cssSelector("#from-list [data-id=japan]")).isEmpty());
    d.findElement(By.cssSelector("#from-list [data-id=japan]")).click();
    WebElement to = d.findElement(By.id("path-to"));
    to.sendKeys("ASEAN CERTs");
    new WebDriverWait(d, WAIT)
        .until(x -> !x.findElements(By.cssSelector("#to-list [data-id=asean-certs]")).isEmpty());
    d.findElement(By.cssSelector("#to-list [data-id=asean-certs]")).click();
    andWait(() -> d.findElement(By.cssSelector(".path-form button[type=submit]")).click());
    assertThat(d.getCurrentUrl()).contains("from=japan").contains("to=asean-certs");

    JsonNode path = ok("/api/paths/shortest?from=japan&to=asean-certs").get("paths").get(0);
    List<WebElement> steps = d.findElements(By.cssSelector(".paths > li:first-child .steps > li"));
    assertThat(steps).hasSize(path.get("steps").size());
    for (int i = 0; i < steps.size(); i++) {
      List<WebElement> cites = steps.get(i).findElements(By.cssSelector("cite"));
      assertThat(cites).hasSize(1);
      assertThat(cites.get(0).getText())
          .isEqualTo(path.get("steps").get(i).get("source").get("title").asString());
    }
    assertThat(drawnIds(d)).contains("japan", "asean-certs");
  }

  @Test
  void theYearSliderAt2017RemovesAnActorEstablishedLater() {
    JsonNode adgmin = ok("/api/mechanisms/adgmin");
    assertThat(adgmin.get("established").asInt()).isGreaterThan(2017);
    ChromeDriver d = show("?view=actor&id=telmin");
    assertThat(drawnIds(d)).contains("adgmin");

    andWait(
        () ->
            d.executeScript(
                "const s = document.getElementById('year'); s.value = '2017'; s.dispatchEvent(new Event('change'))"));

    assertThat(d.getCurrentUrl()).contains("asOf=2017");
    assertThat(drawnIds(d)).contains("telmin").doesNotContain("adgmin");
    assertThat(d.findElement(By.id("table-body")).getAttribute("textContent"))
        .doesNotContain(adgmin.get("name").asString());
  }

  @Test
  void theIncidentViewListsItsPhasesBesideTheServicesOwnFigure() {
    ChromeDriver d = show("?view=incident&scenario=cii-attack&asOf=2017");
    JsonNode view = ok("/api/incidents/cii-attack?asOf=2017");

    List<String> phases = new ArrayList<>();
    view.get("phases").forEach(p -> phases.add(p.get("phase").asString()));
    assertThat(
            d.findElements(By.cssSelector(".phases [data-phase]")).stream()
                .map(e -> e.getAttribute("data-phase"))
                .toList())
        .containsExactlyElementsOf(phases);
    view.get("uncoveredRoles")
        .forEach(r -> assertThat(text(d, ".uncovered")).contains(r.get("name").asString()));
    assertThat(d.findElements(By.cssSelector(".unreachable li")))
        .hasSize(view.get("unreachable").size());
    assertThat(d.findElements(By.cssSelector(".figure svg g.node[data-id=singapore]"))).hasSize(1);
  }

  @Test
  void removingAnActorInWhatIfChangesWhatIsShown() throws IOException {
    ChromeDriver d = show("?view=incident&scenario=cii-attack&asOf=2017&card=asean-certs");
    assertThat(d.findElements(By.cssSelector(".what-if"))).isEmpty();
    assertThat(d.findElements(By.cssSelector(".figure g.node.removed"))).isEmpty();

    andWait(() -> d.findElement(By.cssSelector("#card button.remove")).click());

    assertThat(d.getCurrentUrl()).contains("remove=asean-certs").contains("analysis=what-if");
    JsonNode whatIf = ok("/api/analysis/what-if?asOf=2017&remove=asean-certs");
    assertThat(text(d, ".what-if-summary"))
        .contains(whatIf.get("removedFacts").size() + " facts go");
    assertThat(d.findElements(By.cssSelector(".figure g.node.removed[data-id=asean-certs]")))
        .hasSize(1);
    assertThat(text(d, "#card button.remove")).contains("Put back");

    screenshot(d);
  }

  /**
   * The README's picture of the incident view: into target/, and into docs/ with
   * -Dexplorer.screenshot=true.
   */
  private static void screenshot(ChromeDriver d) throws IOException {
    Path shot = Path.of("target", "explorer-incident.png");
    Files.createDirectories(shot.getParent());
    Files.write(shot, d.getScreenshotAs(OutputType.BYTES));
    if (Boolean.getBoolean("explorer.screenshot")) {
      Files.copy(
          shot, Path.of("docs", "explorer-incident.png"), StandardCopyOption.REPLACE_EXISTING);
    }
  }

  @Test
  void theUrlReopensTheSameViewInAFreshPageAndBackGoesBack() {
    ChromeDriver d = show("");
    String home = text(d, "#view-title");
    andWait(() -> d.findElement(By.cssSelector("nav [data-view=paths]")).click());
    andWait(() -> d.executeScript("history.back()"));
    assertThat(text(d, "#view-title")).isEqualTo(home);

    show("?view=paths&from=japan&to=asean-certs&k=3&asOf=2017");
    String url = d.getCurrentUrl();
    String title = text(d, "#view-title");
    List<String> steps = texts(d, ".paths .steps > li");
    assertThat(steps).isNotEmpty();
    String first = d.getWindowHandle();
    d.switchTo().newWindow(WindowType.TAB);
    try {
      d.get(url);
      Browser.awaitDrawn(d, 0, WAIT);
      assertThat(text(d, "#view-title")).isEqualTo(title);
      assertThat(texts(d, ".paths .steps > li")).isEqualTo(steps);
      assertThat(d.findElement(By.id("year-shown")).getText()).contains("2017");
    } finally {
      d.close();
      d.switchTo().window(first);
    }
  }

  @Test
  void theExportLinksAnswerWithTheRightContentTypes() {
    ChromeDriver d = show("?view=incident&scenario=cii-attack&asOf=2017&lanes=phase");
    Map<String, String> types =
        Map.of("svg", "image/svg+xml", "pdf", "application/pdf", "png", "image/png");
    List<WebElement> links = d.findElements(By.cssSelector("#export a.export"));
    assertThat(links).hasSize(3);
    for (WebElement link : links) {
      String href = link.getAttribute("href");
      assertThat(href)
          .contains("/api/diagrams/incidents/cii-attack.")
          .contains("asOf=2017")
          .contains("lanes=phase");
      Answer answer = get(href.substring(href.indexOf("/api/")));
      assertThat(answer.status()).as(href).isEqualTo(200);
      assertThat(answer.contentType()).startsWith(types.get(link.getAttribute("data-format")));
    }
    assertThat(d.findElements(By.cssSelector("#export .sources li"))).isNotEmpty();
  }

  @Test
  void anUnknownIdOrAYearOutOfRangeInTheUrlShowsWhatWasWrong() {
    ChromeDriver d = open("?view=actor&id=no-such-actor");
    assertThat(messageShown(d)).isTrue();
    assertThat(text(d, "#message")).contains("no-such-actor");

    open("?view=incident&scenario=cii-attack&asOf=1800");
    assertThat(messageShown(d)).isTrue();
    assertThat(text(d, "#message")).contains("asOf").contains("1800");
    assertThat(text(d, "h1")).contains("Linkage Explorer");
  }

  @Test
  void thePageBreaksNoRuleOfItsContentSecurityPolicy() {
    ChromeDriver d = show("?view=actor&id=telmin&analysis=hubs");
    show("?view=incident&scenario=cii-attack&analysis=critical");
    // The probe shows the console reaches this test, so an empty list means no violation, not no
    // log.
    d.executeScript("console.error('csp-probe')");
    List<String> messages =
        d.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage).toList();
    assertThat(messages).anySatisfy(m -> assertThat(m).contains("csp-probe"));
    assertThat(messages)
        .filteredOn(m -> m.contains("Content Security Policy") || m.contains("Uncaught"))
        .isEmpty();
  }
}
