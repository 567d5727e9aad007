package org.archivekg.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.apache.jena.fuseki.main.FusekiServer;
import org.archivekg.pipeline.Pipeline;
import org.archivekg.server.ArchiveServer;
import org.archivekg.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web view at {@code /} in a real browser: the seeds in a TDB2 store, the embedded server on a free port, and
 * Debian's headless Chromium driven by Debian's chromedriver (both paths set, so Selenium downloads nothing).
 * Checks the correspondence network (people, letters, pseudonyms, intermediaries), the side panel for a person and
 * for a letter (metadata, source passage with file:line, link to the dereferenceable page), the timeline and the
 * filters, and saves a screenshot to {@code target/web-view.png}.
 *
 * <p>The browser is a requirement, not an option: when {@code /usr/bin/chromium} or {@code /usr/bin/chromedriver}
 * is missing the test fails (CI's {@code .ci/run} installs them with apt-get).
 */
class WebViewBrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Duration WAIT = Duration.ofSeconds(60);

    private static final String BASE = "http://localhost:3030/id/";
    private static final String STALIN = BASE + "person/joseph-stalin";
    private static final String MAO = BASE + "person/mao-zedong";
    private static final String KIM = BASE + "person/kim-il-sung";
    private static final String ROSHCHIN = BASE + "person/nikolai-roshchin";
    private static final String SHTYKOV = BASE + "person/terentii-shtykov";
    private static final String OFFICE = BASE + "office/soviet-ambassador-in-beijing";
    private static final String LETTER_1_OCT = BASE + "record/aprf-45-1-334-l99";
    private static final String LETTER_5_OCT = BASE + "record/1950-10-05-joseph-stalin-to-mao-zedong-letter";
    private static final String LETTER_8_OCT = BASE + "record/aprf-45-1-347-l65";

    @TempDir
    static Path dir;
    private static Store store;
    private static FusekiServer server;
    private static WebDriver driver;
    private static String origin;

    @BeforeAll
    static void start() throws Exception {
        // Fail, never skip: CI must run this test in a real browser.
        assertTrue(Files.isExecutable(CHROMIUM), "Chromium is missing at " + CHROMIUM
                + ": install Debian's chromium and chromium-driver (apt-get install chromium chromium-driver; .ci/run does)");
        assertTrue(Files.isExecutable(CHROMEDRIVER), "chromedriver is missing at " + CHROMEDRIVER
                + ": install Debian's chromium-driver (apt-get install chromium chromium-driver; .ci/run does)");

        store = Store.open(dir.resolve("tdb2"));
        store.load(Pipeline.builder().build(), List.of(Path.of("seeds")));
        server = ArchiveServer.start(store.dataset(), 0, true);
        origin = "http://localhost:" + server.getPort();

        Path profile = Files.createDirectories(dir.resolve("chromium-profile"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=1400,1000", "--user-data-dir=" + profile.toAbsolutePath());
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(WAIT);
    }

    @AfterAll
    static void stop() {
        try {
            if (driver != null) driver.quit();
        } finally {
            try {
                if (server != null) server.stop();
            } finally {
                if (store != null) store.close();
            }
        }
    }

    // ------------------------------------------------------------------------------------------------------------

    @Test
    void theNetworkShowsThePeopleAndLettersOfTheSeeds() {
        open();
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> nodes = (List<Map<String, Object>>) js(
                "return archiveKg.cy.nodes().map(function (n) { return { id: n.id(), name: n.data('name'),"
                        + " label: n.data('label'), kind: n.data('kind'), visible: n.visible() }; });");
        Set<String> names = nodes.stream().filter(n -> Boolean.TRUE.equals(n.get("visible")))
                .map(n -> (String) n.get("name")).collect(Collectors.toCollection(TreeSet::new));
        for (String person : List.of("Joseph Stalin", "Mao Zedong", "Kim Il Sung", "Zhou Enlai", "Nikolai Roshchin")) {
            assertTrue(names.contains(person), person + " is a node of the network: " + names);
        }
        // pseudonyms are part of Stalin's label, in the order he signed with them
        String stalinLabel = nodes.stream().filter(n -> STALIN.equals(n.get("id"))).map(n -> (String) n.get("label"))
                .findFirst().orElseThrow(() -> new AssertionError("no node for " + STALIN));
        assertEquals("Joseph Stalin (Filippov, Feng Xi, Fyn Si)", stalinLabel);
        // intermediaries: the office and Shtykov are nodes, joined by dashed "via" edges
        assertEquals("office", nodes.stream().filter(n -> OFFICE.equals(n.get("id"))).map(n -> n.get("kind")).findFirst().orElse(null));
        assertTrue(names.contains("Terentii Shtykov"), "Shtykov, the intermediary of the 8 October letter, is shown: " + names);
        assertEquals(Boolean.TRUE, js("var a = arguments; return archiveKg.cy.edges('.via').some(function (e) { return e.data('record') === a[0]"
                + " && e.data('source') === a[1] && e.data('target') === a[2] && e.visible(); });",
                LETTER_8_OCT, SHTYKOV, KIM), "a via edge Shtykov → Kim Il Sung for the 8 October letter");
        assertEquals("dashed", js("return archiveKg.cy.edges('.via')[0].style('line-style');"));

        List<Map<String, Object>> letters = letters();
        assertEquals(List.of("1950-10-01", "1950-10-05"), datesOf(letters, STALIN, MAO), "Stalin → Mao: two letters, 1 and 5 Oct");
        assertEquals(List.of("1950-10-08"), datesOf(letters, STALIN, KIM), "Stalin → Kim Il Sung");
        assertEquals(List.of("1950-10-03"), datesOf(letters, ROSHCHIN, STALIN), "Roshchin → Stalin");
        assertEquals(List.of("1950-10-02", "1950-10-07"), datesOf(letters, MAO, STALIN), "Mao → Stalin");
        assertEquals(List.of("1950-10-01"), datesOf(letters, STALIN, BASE + "person/zhou-enlai"), "Stalin → Zhou Enlai");
        // the edge is labelled with its date
        assertEquals("1 Oct", js("var a = arguments; return archiveKg.cy.edges('.sent').filter(function (e) { return e.data('record') === a[0]"
                + " && e.data('target') === a[1]; })[0].data('label');", LETTER_1_OCT, MAO));

        // the timeline lists the documents in date order
        List<String> dates = driver.findElements(By.cssSelector("#timeline li")).stream()
                .map(li -> li.getDomAttribute("data-date")).collect(Collectors.toList());
        assertEquals(List.of("1950-10-01", "1950-10-02", "1950-10-03", "1950-10-05", "1950-10-07", "1950-10-08"), dates);

        // everything came from this server: no CDN, nothing fetched elsewhere
        assertEquals(Boolean.TRUE, js("return performance.getEntriesByType('resource').every(function (e) {"
                + " return e.name.indexOf(location.origin + '/') === 0; });"), "every resource is loaded from this server");
        assertEquals(Boolean.TRUE, js("return performance.getEntriesByType('resource').some(function (e) {"
                + " return e.name.indexOf('/webjars/cytoscape/') >= 0; });"), "Cytoscape.js comes from its WebJar");
        assertEquals(Boolean.TRUE, js("return performance.getEntriesByType('resource').some(function (e) {"
                + " return e.name === location.origin + '/archive/sparql'; });"), "the data comes from our SPARQL endpoint");
    }

    @Test
    void clickingAPersonShowsThemInThePanel() {
        open();
        // a real mouse click at the node's rendered position on the canvas
        @SuppressWarnings("unchecked")
        Map<String, Object> pos = (Map<String, Object>) js("var p = archiveKg.cy.getElementById(arguments[0]).renderedPosition();"
                + " var c = document.getElementById('network'); return { x: p.x, y: p.y, w: c.clientWidth, h: c.clientHeight };", STALIN);
        WebElement canvas = driver.findElement(By.id("network"));
        int dx = (int) Math.round(num(pos.get("x")) - num(pos.get("w")) / 2);
        int dy = (int) Math.round(num(pos.get("y")) - num(pos.get("h")) / 2);
        new Actions(driver).moveToElement(canvas, dx, dy).click().perform();
        WebElement panel = awaitPanel("person", STALIN);

        assertEquals("Joseph Stalin", text(panel, "panel-title"));
        assertEquals("Filippov, Feng Xi, Fyn Si", text(panel, "person-pseudonyms"));
        assertEquals("3", text(panel, "person-sent-count"));
        assertEquals("3", text(panel, "person-received-count"));
        String sent = text(panel, "person-sent");
        assertTrue(sent.contains("1 Oct 1950") && sent.contains("5 Oct 1950") && sent.contains("8 Oct 1950"), sent);
        assertTrue(text(panel, "person-pseudonym-evidence").contains("Filippov"), "the passages that make Filippov a pseudonym");
        assertEquals("/id/person/joseph-stalin", panel.findElement(testid("person-link")).getDomAttribute("href"));
        assertEquals(Boolean.TRUE, js("return archiveKg.cy.getElementById(arguments[0]).hasClass('highlight');", STALIN));
    }

    @Test
    void clickingTheLetterOfTheFirstOctoberShowsItsMetadataPassageAndPage() throws Exception {
        open();
        js("var a = arguments; archiveKg.cy.edges('.sent').filter(function (e) { return e.data('record') === a[0]"
                + " && e.data('target') === a[1]; })[0].emit('tap');", LETTER_1_OCT, MAO);
        WebElement panel = awaitPanel("record", LETTER_1_OCT);

        assertEquals("Telegram to the USSR Ambassador in the PRC", text(panel, "panel-title"));
        assertTrue(text(panel, "record-date").contains("1 Oct 1950"));
        assertEquals("telegram", text(panel, "record-kind"));
        assertEquals("Joseph Stalin", text(panel, "record-sender"));
        assertEquals("Filippov", text(panel, "record-signed-as"));
        assertEquals("Mao Zedong | Zhou Enlai", text(panel, "record-recipients"));
        assertEquals("Soviet ambassador in Beijing", text(panel, "record-via"));
        assertEquals("APRF 45/1/334, ll. 99-103", text(panel, "record-signatures"));
        assertEquals("Vestnik, 1996, No. 1, pp. 130-131", text(panel, "record-editions"));
        assertEquals("002_fe4253cd466e7b7f.txt", text(panel, "record-source-files"));

        // the source passage of its sender, with file and line
        assertEquals("Filippov", text(panel, "record-passage"));
        String source = text(panel, "record-passage-source");
        assertTrue(source.matches("002_fe4253cd466e7b7f\\.txt:\\d+.*"), source);
        assertTrue(text(panel, "record-provenance").contains("002_fe4253cd466e7b7f.txt"));
        assertTrue(text(panel, "record-relations").contains("answered by"), "the reply of 2 October is linked");

        // its page on this server: the IRI's path, so it works on any port
        WebElement link = panel.findElement(testid("record-link"));
        assertEquals("/id/record/aprf-45-1-334-l99", link.getDomAttribute("href"));
        HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(link.getAttribute("href")))
                .header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, page.statusCode(), "the record's page is served");
        assertTrue(page.body().contains("Telegram to the USSR Ambassador in the PRC"));

        // the letter's two edges (to Mao and to Zhou) are highlighted, and so is its timeline entry
        assertEquals(2L, js("return archiveKg.cy.edges('.sent.highlight').length;"));
        assertEquals(LETTER_1_OCT, driver.findElement(By.cssSelector("#timeline li.active")).getDomAttribute("data-record"));

        screenshot("web-view.png");

        // the names in the panel select in turn: the recipient Zhou Enlai
        panel.findElement(By.cssSelector("[data-testid='record-recipients'] a[data-iri='" + BASE + "person/zhou-enlai']")).click();
        WebElement zhou = awaitPanel("person", BASE + "person/zhou-enlai");
        assertEquals("Zhou Enlai", text(zhou, "panel-title"));
        assertEquals("1", text(zhou, "person-received-count"));
    }

    @Test
    void clickingADocumentInTheTimelineSelectsIt() {
        open();
        driver.findElement(By.cssSelector("#timeline li[data-record='" + LETTER_5_OCT + "']")).click();
        WebElement panel = awaitPanel("record", LETTER_5_OCT);
        assertEquals("Letter, Cde. Filippov [Stalin] for Mao Zedong", text(panel, "panel-title"));
        assertEquals("000_256815a977ff7b0b.txt", text(panel, "record-source-files"));
        assertTrue(text(panel, "record-passage-source").startsWith("000_256815a977ff7b0b.txt:"));
        assertEquals(Boolean.TRUE, js("var a = arguments; return archiveKg.cy.edges('.sent.highlight').map(function (e) { return e.data('record'); })"
                + ".every(function (r) { return r === a[0]; }) && archiveKg.cy.edges('.sent.highlight').length === 1;", LETTER_5_OCT));
    }

    @Test
    void theFiltersHideWhatDoesNotMatch() {
        open();
        int allEdges = visibleCount("edge");
        int allNodes = visibleCount("node");

        // person: Kim Il Sung received one letter, through Shtykov
        new Select(driver.findElement(testid("filter-person"))).selectByValue(KIM);
        awaitFilters("person", KIM);
        awaitEquals(Set.of("Joseph Stalin", "Kim Il Sung", "Terentii Shtykov"), WebViewBrowserTest::visibleNodeNames,
                "only Kim Il Sung, his correspondent and the intermediary are shown");
        List<Map<String, Object>> letters = letters();
        assertEquals(1, letters.size(), "only the letter to Kim Il Sung: " + letters);
        assertEquals(List.of("1950-10-08"), datesOf(letters, STALIN, KIM));
        assertTrue(visibleCount("edge") < allEdges && visibleCount("node") < allNodes);
        assertEquals(1, driver.findElements(By.cssSelector("#timeline li:not(.hidden)")).size());
        screenshot("web-view-filter-person.png");

        // back to everyone, then a date range: 3 to 5 October
        new Select(driver.findElement(testid("filter-person"))).selectByValue("");
        awaitFilters("person", "");
        awaitEquals(allEdges, () -> visibleCount("edge"), "all edges are back");
        setDate("filter-from", "1950-10-03");
        setDate("filter-to", "1950-10-05");
        awaitFilters("to", "1950-10-05");
        awaitEquals(2, () -> letters().size(), "two letters between 3 and 5 October");
        letters = letters();
        assertEquals(List.of("1950-10-03"), datesOf(letters, ROSHCHIN, STALIN));
        assertEquals(List.of("1950-10-05"), datesOf(letters, STALIN, MAO));
        assertEquals(2, driver.findElements(By.cssSelector("#timeline li:not(.hidden)")).size());

        // relation type: without "via" no intermediary is shown
        driver.findElement(testid("filter-reset")).click();
        awaitFilters("to", "");
        awaitEquals(allEdges, () -> visibleCount("edge"), "the reset shows everything again");
        driver.findElement(testid("filter-rel-via")).click();
        awaitEquals(0, () -> ((Number) js("return archiveKg.cy.edges('.via').filter(function (e) { return e.visible(); }).length;")).intValue(),
                "no via edge without the via relation");
        Set<String> shown = visibleNodeNames();
        assertFalse(shown.contains("Soviet ambassador in Beijing"), shown.toString());
        assertFalse(shown.contains("Terentii Shtykov"), shown.toString());
        assertEquals(7, letters().size(), "all seven letter edges are still shown");
    }

    @Test
    void theSearchBoxFindsWordsAndNamesAndOpensTheVersionsSideBySide() {
        open();
        // typed and submitted as a user does: a Russian word in another grammatical form than in the texts
        WebElement q = driver.findElement(testid("search-q"));
        q.clear();
        q.sendKeys("дивизиями");
        new org.openqa.selenium.support.ui.Select(driver.findElement(testid("search-lang"))).selectByValue("ru");
        driver.findElement(testid("search-go")).click();
        WebElement results = driver.findElement(testid("search-results"));
        new WebDriverWait(driver, WAIT).until(d -> "ready".equals(results.getDomAttribute("data-state")));
        List<WebElement> hits = results.findElements(testid("search-hit"));
        Set<String> files = hits.stream().map(h -> h.getDomAttribute("data-file")).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(5, files.size(), "every seed has a passage on divisions: " + files);
        List<String> marks = results.findElements(By.cssSelector("[data-testid='search-hit'] mark")).stream()
                .map(WebElement::getText).toList();
        assertTrue(marks.stream().allMatch(m -> m.toLowerCase().startsWith("дивизи")) && marks.contains("дивизий"), marks.toString());
        screenshot("web-view-search.png");

        // a name in Latin letters finds the person and the Cyrillic forms the documents use
        q.clear();
        q.sendKeys("Shtykov");
        new org.openqa.selenium.support.ui.Select(driver.findElement(testid("search-lang"))).selectByValue("");
        driver.findElement(testid("search-go")).click();
        new WebDriverWait(driver, WAIT).until(d -> "ready".equals(results.getDomAttribute("data-state"))
                && !results.findElements(testid("search-person")).isEmpty());
        String forms = results.findElements(testid("search-form")).stream().map(WebElement::getText).collect(Collectors.joining("; "));
        assertTrue(forms.contains("Штыкову") && forms.contains("Shtytkov"), forms);

        // a passage of the letter of 8 October opens the side-by-side view of its two publications
        q.clear();
        q.sendKeys("сентября");
        new org.openqa.selenium.support.ui.Select(driver.findElement(testid("search-lang"))).selectByValue("ru");
        driver.findElement(testid("search-go")).click();
        new WebDriverWait(driver, WAIT).until(d -> "ready".equals(results.getDomAttribute("data-state")));
        WebElement link = results.findElements(testid("search-versions-link")).stream()
                .filter(a -> a.getDomAttribute("href").startsWith("/versions/record/aprf-45-1-347-l65")).findFirst()
                .orElseThrow(() -> new AssertionError("no link to the versions of the letter of 8 October"));
        link.click();
        new WebDriverWait(driver, WAIT).until(d -> d.getCurrentUrl().contains("/versions/record/aprf-45-1-347-l65"));
        assertTrue(driver.findElement(By.id("hit")).getText().contains("сентября"), "the search hit's passage is marked");
        List<String> dates = driver.findElements(By.cssSelector("mark.date")).stream().map(WebElement::getText).toList();
        assertTrue(dates.contains("сентября") && dates.contains("октября"), dates.toString());
        screenshot("versions-side-by-side.png");
    }

    // ------------------------------------------------------------------------------------------------------------

    private static void open() {
        driver.get(origin + "/");
        try {
            new WebDriverWait(driver, WAIT).until(d -> Boolean.TRUE.equals(js(
                    "return !!(window.archiveKg && (window.archiveKg.ready || window.archiveKg.error));")));
        } catch (TimeoutException e) {
            fail("the web view did not finish loading; status: " + driver.findElement(By.id("status")).getText());
        }
        assertNull(js("return window.archiveKg.error;"), "the web view loaded without error");
        assertEquals(Boolean.TRUE, js("return !!window.archiveKg.cy && window.archiveKg.ready;"));
    }

    /** Waits until the page has applied the filters with this value (the change events are the browser's). */
    private static void awaitFilters(String key, String value) {
        awaitEquals(value, () -> (String) js("return window.archiveKg.filters && window.archiveKg.filters[arguments[0]];", key),
                "the filter " + key + " is applied");
    }

    private static <T> void awaitEquals(T expected, java.util.function.Supplier<T> actual, String message) {
        try {
            new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> expected.equals(actual.get()));
        } catch (TimeoutException e) {
            assertEquals(expected, actual.get(), message);
        }
    }

    private static Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    private static double num(Object o) {
        return ((Number) o).doubleValue();
    }

    private static By testid(String id) {
        return By.cssSelector("[data-testid='" + id + "']");
    }

    private static String text(WebElement scope, String testid) {
        return scope.findElement(testid(testid)).getText().trim();
    }

    private static WebElement awaitPanel(String kind, String iri) {
        WebElement panel = driver.findElement(testid("panel"));
        try {
            new WebDriverWait(driver, WAIT).until(d -> kind.equals(panel.getDomAttribute("data-kind"))
                    && iri.equals(panel.getDomAttribute("data-iri")) && "ready".equals(panel.getDomAttribute("data-state")));
        } catch (TimeoutException e) {
            fail("the panel does not show " + kind + " " + iri + " (it shows " + panel.getDomAttribute("data-kind") + " "
                    + panel.getDomAttribute("data-iri") + ", " + panel.getDomAttribute("data-state") + "): " + panel.getText());
        }
        return panel;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> letters() {
        return (List<Map<String, Object>>) js("return archiveKg.visibleLetters();");
    }

    private static List<String> datesOf(List<Map<String, Object>> letters, String from, String to) {
        return letters.stream().filter(l -> from.equals(l.get("source")) && to.equals(l.get("target")))
                .map(l -> (String) l.get("date")).sorted().collect(Collectors.toList());
    }

    private static int visibleCount(String group) {
        return ((Number) js("return archiveKg.cy.elements(arguments[0]).filter(function (x) { return x.visible(); }).length;",
                group)).intValue();
    }

    @SuppressWarnings("unchecked")
    private static Set<String> visibleNodeNames() {
        return new TreeSet<>((List<String>) js(
                "return archiveKg.cy.nodes().filter(function (n) { return n.visible(); }).map(function (n) { return n.data('name'); });"));
    }

    private static void setDate(String testid, String value) {
        js("var i = document.querySelector(\"[data-testid='\" + arguments[0] + \"']\"); i.value = arguments[1];"
                + " i.dispatchEvent(new Event('change', { bubbles: true }));", testid, value);
    }

    private static void screenshot(String name) {
        try {
            File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Path target = Path.of("target", name);
            Files.createDirectories(target.getParent());
            Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
