package com.agora.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The console as its users see it, in a real (headless) browser against the deployed EAR: the administrator reads
 * the live figures of the platform, a merchant works on its own catalog and nothing else, and a stranger gets in
 * nowhere. What the pages show is checked against PostgreSQL directly, not against the platform's own answers.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
// Checked before Arquillian deploys anything, so a machine without Chromium skips the class without a deployment.
@EnabledIf(value = "chromiumIsInstalled", disabledReason = "needs Debian's chromium at /usr/bin/chromium")
class ConsoleBrowserIT {

    private static final Duration PATIENCE = ConsoleBrowser.PATIENCE;

    @Deployment(testable = false)
    static EnterpriseArchive platform() {
        return Deployments.platform();
    }

    static boolean chromiumIsInstalled() {
        return ConsoleBrowser.chromiumIsInstalled();
    }

    private ConsoleBrowser session;
    private WebDriver browser;
    private WebDriverWait wait;

    @BeforeEach
    void openBrowser() throws IOException {
        session = ConsoleBrowser.open(windowWidth(), 900);
        browser = session.driver;
        wait = session.wait;
    }

    /** The width of the browser window; {@link ConsoleBrowserAt1024IT} runs every story again at 1024 px. */
    int windowWidth() {
        return 1440;
    }

    @AfterEach
    void closeBrowser() throws IOException {
        if (session != null) {
            session.close();
        }
    }

    @Test
    void theAdministratorSeesTheLiveFiguresOfThePlatformAsTheDatabaseHasThem() throws SQLException {
        logIn("admin", "admin123");

        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("orders-count")));
        assertEquals("admin", browser.findElement(By.id("signed-in-user")).getText());
        assertEquals("Administrator", browser.findElement(By.id("signed-in-role")).getText());
        assertFalse(browser.findElements(By.id("nav-agents")).isEmpty(), "an admin is offered the agents page");

        // Orders may be arriving while the test runs: a reading counts once the database held still around it.
        Map<String, BigDecimal> before = Map.of();
        Map<String, BigDecimal> page = Map.of();
        Instant deadline = Instant.now().plus(PATIENCE);
        while (Instant.now().isBefore(deadline)) {
            before = platformFiguresInTheDatabase();
            browser.navigate().refresh();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("orders-count")));
            page = figuresOnThePage(before.keySet());
            if (sameFigures(before, page) && sameFigures(before, platformFiguresInTheDatabase())) {
                break;
            }
        }
        assertTrue(sameFigures(before, page), "page " + page + " but database " + before);
        assertEquals("26", browser.findElement(By.id("agents-total")).getAttribute("data-value"));
    }

    @Test
    void theDashboardChartsTheSalesOfTheLastTwoWeeksAsTheDatabaseHasThem() throws SQLException {
        signIn("admin", "admin123");

        // Orders may be arriving while the test runs: a reading counts once the database held still around it.
        List<List<String>> before = List.of();
        List<List<String>> charted = List.of();
        Instant deadline = Instant.now().plus(PATIENCE);
        while (Instant.now().isBefore(deadline)) {
            before = salesOfTheLastTwoWeeks();
            browser.navigate().refresh();
            charted = chartedSales();
            if (before.equals(charted) && before.equals(salesOfTheLastTwoWeeks())) {
                break;
            }
        }
        assertEquals(before, charted);
        assertEquals(14, charted.get(0).size(), "one bar a day for two weeks");
        String average = rows("select coalesce(round(sum(total) / nullif(count(*), 0), 2), 0) from orders"
                + " where status not in ('rejected', 'payment_failed', 'cancelled') and created_at >="
                + " date_trunc('day', now() at time zone 'utc') at time zone 'utc' - interval '13 days'").get(0);
        assertEquals(0, new BigDecimal(average).compareTo(new BigDecimal(
                browser.findElement(By.id("average-order-value")).getAttribute("data-value"))));
        assertEquals(rows("select count(*) from returns where status = 'requested'").get(0), browser.findElement(
                By.cssSelector("#attention-returns .attention-count")).getAttribute("data-value"));
        assertEquals(rows("select count(*) from fraud_assessments where status = 'review'").get(0),
                browser.findElement(By.cssSelector("#attention-fraud .attention-count")).getAttribute("data-value"));

        click(browser.findElement(By.id("attention-returns")));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("returns:table")));
        assertEquals("requested", browser.findElement(By.id("returns:status-filter_input"))
                .getAttribute("value"), "the card opens the returns waiting for a decision");
    }

    /** Orders placed and revenue earned per day (UTC, the shop's zone on the test domain), oldest day first. */
    private static List<List<String>> salesOfTheLastTwoWeeks() {
        List<String> days = rows("select count(o.id), coalesce(sum(o.total) filter (where o.status not in"
                + " ('rejected', 'payment_failed', 'cancelled')), 0) from generate_series(0, 13) as g(n)"
                + " left join orders o on (o.created_at at time zone 'utc')::date"
                + " = (now() at time zone 'utc')::date - 13 + g.n group by g.n order by g.n");
        List<String> orders = new ArrayList<>();
        List<String> revenue = new ArrayList<>();
        for (int i = 0; i < days.size(); i += 2) {
            orders.add(days.get(i));
            revenue.add(new BigDecimal(days.get(i + 1)).stripTrailingZeros().toPlainString());
        }
        return List.of(orders, revenue);
    }

    /** The numbers the sales chart draws, read from the chart itself: its bars (orders) and its line (revenue). */
    @SuppressWarnings("unchecked")
    private List<List<String>> chartedSales() {
        List<List<Object>> series = (List<List<Object>>) new WebDriverWait(browser, PATIENCE).until(driver ->
                ((JavascriptExecutor) driver).executeScript("const w = window.PF && PF('salesChart');"
                        + "return w && w.chart ? w.chart.data.datasets.map(d => d.data) : null;"));
        return series.stream().map(values -> values.stream()
                .map(value -> new BigDecimal(value.toString()).stripTrailingZeros().toPlainString()).toList())
                .toList();
    }

    @Test
    void everyPageAnAdministratorOpensPassesTheWcagChecks() throws Exception {
        signIn("admin", "admin123");

        assertEquals(List.of(), seriousAccessibilityProblems(List.of("index.xhtml", "agents.xhtml", "products.xhtml",
                "orders.xhtml", "order.xhtml?id=" + newestOrder(), "payments.xhtml", "fraud-review.xhtml",
                "shipments.xhtml", "returns.xhtml", "dead-letters.xhtml", "messages.xhtml", "no-such-page.xhtml")));
    }

    @Test
    void everyPageAMerchantOpensPassesTheWcagChecks() throws Exception {
        signIn("merchant1", "merchant123");

        assertEquals(List.of(), seriousAccessibilityProblems(List.of("index.xhtml", "products.xhtml",
                "orders.xhtml", "payments.xhtml", "shipments.xhtml", "returns.xhtml")));
    }

    @Test
    void theLoginPagePassesTheWcagChecks() throws Exception {
        assertEquals(List.of(), seriousAccessibilityProblems(List.of("login.xhtml")));
    }

    /**
     * What the page looked like, under target/console-pages, for whoever reviews the layout at this width; and how
     * long its warm load took by the browser's navigation timing (warm-loads.tsv there).
     */
    private void keepAPicture(String page) throws IOException {
        Path pictures = Path.of("target", "console-pages");
        Files.createDirectories(pictures);
        String user = browser.findElements(By.id("signed-in-user")).stream().map(WebElement::getText).findFirst()
                .orElse("nobody");
        Files.write(pictures.resolve(windowWidth() + "-" + user + "-" + page.replaceAll("[^a-z-]", "_") + ".png"),
                ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
        Object loadMillis = ((JavascriptExecutor) browser).executeScript(
                "return Math.round(performance.getEntriesByType('navigation')[0].loadEventEnd);");
        Files.writeString(pictures.resolve("warm-loads.tsv"), windowWidth() + "\t" + user + "\t" + page + "\t"
                + loadMillis + "\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    private static String newestOrder() throws SQLException {
        return query("select o.id from orders o join merchants m on m.id = o.merchant_id join users u"
                + " on u.id = m.user_id where u.username = 'merchant1' order by o.id desc limit 1", null).get(0);
    }

    /**
     * Deque's axe-core engine, run in each page with the WCAG 2.0 and 2.1 A and AA rules: every violation of serious
     * or critical impact, as "page: rule (impact) on element", so a failure names what to fix.
     */
    @SuppressWarnings("unchecked")
    private List<String> seriousAccessibilityProblems(List<String> pages) throws IOException {
        String axe = Files.readString(Path.of(System.getProperty("agora.checks.dir"),
                "node_modules/axe-core/axe.min.js"));
        List<String> problems = new ArrayList<>();
        for (String page : pages) {
            // Twice: the second, warm load is the one timed, as a person moving between pages meets it.
            browser.get(console(page));
            browser.get(console(page));
            wait.until(driver -> "complete".equals(((JavascriptExecutor) driver)
                    .executeScript("return document.readyState")));
            keepAPicture(page);
            JavascriptExecutor script = (JavascriptExecutor) browser;
            script.executeScript(axe);
            List<Map<String, Object>> violations = (List<Map<String, Object>>) script.executeAsyncScript(
                    "const done = arguments[arguments.length - 1];"
                            + "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a',"
                            + " 'wcag21aa']}}).then(r => done(r.violations.map(v => ({id: v.id, impact: v.impact,"
                            + " targets: v.nodes.map(n => n.target.join(' '))}))), e => done([{id: 'axe failed: ' + e,"
                            + " impact: 'critical', targets: []}]));");
            for (Map<String, Object> violation : violations) {
                if (List.of("serious", "critical").contains(violation.get("impact"))) {
                    problems.add(page + ": " + violation.get("id") + " (" + violation.get("impact") + ") on "
                            + violation.get("targets"));
                }
            }
        }
        return problems;
    }

    @Test
    void theOverviewFollowsTheAgentsWithoutReloading() {
        signIn("admin", "admin123");
        // The page is settled (its scripts ran, the chart is drawn and the web socket is open) before the agents
        // get to work, so the socket listens by the time their activity is pushed.
        wait.until(driver -> (Boolean) ((JavascriptExecutor) driver).executeScript("return document.readyState"
                + " === 'complete' && !!(window.PF && PF('salesChart') && PF('salesChart').chart)"
                + " && !!document.querySelector('[data-live-state=listening]');"));
        BigDecimal shown = new BigDecimal(browser.findElement(By.id("orders-count")).getAttribute("data-value"));

        ApiClient.Reply placed = ApiClient.as("integrator", "integrator123").post("/api/v1/orders",
                jakarta.json.Json.createObjectBuilder().add("customerId", 2).add("items", jakarta.json.Json
                        .createArrayBuilder().add(jakarta.json.Json.createObjectBuilder().add("variantId", 1)
                                .add("quantity", 1))).build());
        assertEquals(201, placed.status(), placed.body());

        // Well before the page's 30-second safety poll: the agents' activity is pushed over the web socket.
        new WebDriverWait(browser, Duration.ofSeconds(15)).ignoring(StaleElementReferenceException.class)
                .until(driver -> new BigDecimal(driver.findElement(By.id("orders-count")).getAttribute("data-value"))
                        .compareTo(shown) > 0);
    }

    @Test
    void aWrongPasswordIsRefusedAndShowsNoData() {
        logIn("admin", "not-the-password");

        WebElement error = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("[id='login:login-messages'] .ui-messages-error")));
        assertTrue(error.getText().contains("wrong password"), error.getText());
        assertTrue(browser.getCurrentUrl().contains("/console/login.xhtml"), browser.getCurrentUrl());
        assertTrue(browser.findElements(By.id("orders-count")).isEmpty());

        browser.get(console("products.xhtml"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("login:username")));
        assertTrue(browser.getCurrentUrl().contains("/console/login.xhtml"), browser.getCurrentUrl());
        assertTrue(browser.findElements(By.id("products:table")).isEmpty());
    }

    @Test
    void theFirstPageAfterSigningInShowsTheAdministratorsBadgeAndNavigation() {
        signInFromTheConsoleAddress("admin", "admin123");

        assertTheAdministratorsBadgeAndNavigation();
    }

    @Test
    void thePageNotFoundKeepsTheAdministratorsNameBadgeAndNavigation() {
        signIn("admin", "admin123");
        browser.get(console("no-such-page.xhtml"));

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Page not found"));
        assertEquals("admin", browser.findElement(By.id("signed-in-user")).getText());
        assertTheAdministratorsBadgeAndNavigation();
    }

    private void assertTheAdministratorsBadgeAndNavigation() {
        assertEquals("Administrator", browser.findElement(By.id("signed-in-role")).getText());
        for (String page : List.of("nav-agents", "nav-fraud-review", "nav-dead-letters", "nav-messages")) {
            assertTrue(browser.findElement(By.id(page)).isDisplayed(), page + " is offered to the admin");
        }
    }

    @Test
    void theAgentsSummaryCountsTheStatesInTheWordsOfTheTable() {
        signIn("admin", "admin123");
        browser.get(console("agents.xhtml"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("agents:table")));

        List<String> summary = browser.findElements(By.cssSelector("[id='agents:summary'] .status")).stream()
                .map(chip -> chip.getText().replaceFirst("^\\d+ ", "")).toList();
        browser.findElements(By.cssSelector("[id='agents:table_data'] .col-state .status")).forEach(state ->
                assertTrue(summary.contains(state.getText()), state.getText() + " is counted in " + summary));
    }

    @Test
    void theFirstPageAfterSigningInShowsTheMerchantsBadgeAndNavigation() {
        signInFromTheConsoleAddress("merchant1", "merchant123");

        assertEquals("Merchant", browser.findElement(By.id("signed-in-role")).getText());
        assertTrue(browser.findElement(By.id("nav-orders")).isDisplayed());
        for (String page : List.of("nav-agents", "nav-fraud-review", "nav-dead-letters", "nav-messages")) {
            assertTrue(browser.findElements(By.id(page)).isEmpty(), page + " is not offered to a merchant");
        }
    }

    @Test
    void theSitesOwnAddressLeadsToTheConsole() {
        browser.get(ApiClient.baseUrl() + "/");

        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login:username")));
        assertTrue(browser.getCurrentUrl().contains("/console/login.xhtml"), browser.getCurrentUrl());
    }

    @Test
    void theApiExplorerRendersEveryOperationOfTheOpenApiDocument() {
        ApiClient.Reply document = ApiClient.as("integrator", "integrator123").get("/openapi");
        assertEquals(200, document.status(), document.body());
        long operations = document.json().getJsonObject("paths").values().stream()
                .flatMap(path -> path.asJsonObject().keySet().stream())
                .filter(method -> List.of("get", "post", "put", "delete", "patch").contains(method)).count();
        signIn("merchant1", "merchant123");

        click(browser.findElement(By.id("nav-api")));

        new WebDriverWait(browser, PATIENCE).until(driver ->
                driver.findElements(By.cssSelector("#api-explorer .opblock")).size() == operations);
        assertTrue(operations > 40, "the document describes the whole API: " + operations);
    }

    @Test
    void aCustomerIsToldThatTheConsoleIsForStaffAndMerchants() {
        logIn("customer1", "customer123");

        WebElement notice = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("[id='login:login-messages'] .ui-messages-warn")));
        assertTrue(notice.getText().contains("for staff and merchants"), notice.getText());
        assertTrue(notice.getText().contains("order e-mails"), notice.getText());
        assertTrue(browser.getCurrentUrl().contains("/console/login.xhtml"), browser.getCurrentUrl());
    }

    @Test
    void anAdminReplaysADeadLetterWithTheVisibleReplayButton() throws SQLException {
        String payload = "not an event, parked for the console test " + UUID.randomUUID();
        long letter;
        try (Connection db = database(); PreparedStatement park = db.prepareStatement("insert into dead_letters"
                + " (destination, consumer, payload, reason, attempts) values ('jms/agora/inventory', 'inventory',"
                + " ?, 'unreadable event', 1) returning id")) {
            park.setString(1, payload);
            try (ResultSet row = park.executeQuery()) {
                row.next();
                letter = row.getLong(1);
            }
        }
        logIn("admin", "admin123");
        click(wait.until(ExpectedConditions.elementToBeClickable(By.id("nav-dead-letters"))));

        WebElement row = wait.until(ExpectedConditions.presenceOfElementLocated(By.xpath(
                "//tbody[@id='letters:table_data']/tr[.//div[contains(., '" + payload + "')]]")));
        click(row.findElement(By.cssSelector("button.replay")));
        click(wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(
                ".ui-confirm-dialog .ui-confirmdialog-yes"))));

        WebElement growl = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector(".ui-growl-message")));
        assertTrue(growl.getText().contains("#" + letter), growl.getText());
        assertEquals(List.of("replayed", "admin"), query("select status, resolved_by from dead_letters where id = "
                + letter, null));
        // Back at the Inventory agent, which cannot read it either and parks it once more.
        Eventually.untilTrue(() -> parkedAgain(payload), PATIENCE, "the replayed message reaching its agent again");
    }

    @Test
    void aMerchantSeesOnlyItsOwnProductsAndCannotOpenTheAgentsPage() throws SQLException {
        signIn("merchant1", "merchant123");
        assertEquals("Merchant", browser.findElement(By.id("signed-in-role")).getText());
        assertTrue(browser.findElements(By.id("nav-agents")).isEmpty(), "a merchant is not offered the agents page");

        browser.get(console("products.xhtml"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("products:table")));

        List<String> firstPage = query("select p.sku from products p join merchants m on m.id = p.merchant_id"
                + " join users u on u.id = m.user_id where u.username = ? order by p.name, p.id limit 20", "merchant1");
        long total = Long.parseLong(query("select count(*) from products p join merchants m on m.id = p.merchant_id"
                + " join users u on u.id = m.user_id where u.username = ?", "merchant1").get(0));
        assertTrue(total > 0, "the demo data gives merchant1 products");
        assertEquals(firstPage, skusInTheTable());
        String report = browser.findElement(By.cssSelector("[id='products:table'] .ui-paginator-current")).getText();
        assertTrue(report.endsWith(" of " + total + " products"), report);
        browser.findElements(By.cssSelector("[id='products:table_data'] .product-price")).forEach(price ->
                assertTrue(price.getText().matches("[0-9,]+\\.[0-9]{2} [A-Z]{3}"),
                        price.getText() + " is shown without its currency"));

        browser.get(console("agents.xhtml"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("forbidden")));
        assertTrue(browser.findElements(By.id("agents:table")).isEmpty());
    }

    @Test
    void theAdministratorReadsTheCustomerMessageLogNewestFirstAndAMerchantCannot() throws SQLException {
        signIn("admin", "admin123");
        browser.get(console("messages.xhtml"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("messages:table")));

        List<String> subjects = browser.findElements(By.cssSelector("[id='messages:table_data'] span.subject"))
                .stream().map(WebElement::getText).toList();

        assertEquals(query("select subject from customer_messages order by created_at desc, id desc limit 20", null),
                subjects);
        click(browser.findElement(By.id("logout:log-out")));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("login:username")));
        signIn("merchant1", "merchant123");
        assertTrue(browser.findElements(By.id("nav-messages")).isEmpty(), "a merchant is not offered the log");
        browser.get(console("messages.xhtml"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("forbidden")));
        assertTrue(browser.findElements(By.id("messages:table")).isEmpty());
    }

    @Test
    void anAdministratorPicksTheMerchantByName() throws SQLException {
        signIn("admin", "admin123");
        browser.get(console("products.xhtml"));
        click(wait.until(ExpectedConditions.elementToBeClickable(By.id("products:new-product"))));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("productDialog")));

        List<String> offered = browser.findElements(By.cssSelector("[id='productForm:merchant_input'] option"))
                .stream().map(option -> option.getAttribute("textContent").trim())
                .filter(label -> !label.startsWith("Choose")).toList();

        assertEquals(query("select business_name from merchants order by business_name", null), offered);
    }

    @Test
    void theProductDialogInsistsOnANameAndThenCreatesTheProduct() throws SQLException {
        signIn("merchant1", "merchant123");
        browser.get(console("products.xhtml"));
        click(wait.until(ExpectedConditions.elementToBeClickable(By.id("products:new-product"))));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("productDialog")));
        String sku = "UI-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();

        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("productForm:sku"))).sendKeys(sku);
        browser.findElement(By.id("productForm:price_input")).sendKeys("19.90");
        click(browser.findElement(By.id("productForm:save")));

        WebElement nameProblem = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("[id='productForm'] .ui-message-error")));
        assertTrue(nameProblem.getText().contains("Enter a name"), nameProblem.getText());
        assertTrue(browser.findElement(By.id("productDialog")).isDisplayed(), "the dialog stays open to correct");
        assertTrue(query("select sku from products where sku = ?", sku).isEmpty(), "nothing was saved");

        browser.findElement(By.id("productForm:name")).sendKeys("Desk lamp " + sku);
        click(browser.findElement(By.id("productForm:save")));

        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("productDialog")));
        WebElement growl = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector(".ui-growl-message")));
        assertTrue(growl.getText().contains(sku), growl.getText());
        assertEquals(List.of("merchant1", "Desk lamp " + sku, "19.90", "draft"), query(
                "select u.username, p.name, p.price::text, p.status from products p"
                        + " join merchants m on m.id = p.merchant_id join users u on u.id = m.user_id"
                        + " where p.sku = ?", sku));

        browser.findElement(By.id("products:search")).sendKeys(sku);
        wait.until(driver -> skusInTheTable().equals(List.of(sku)));
    }

    @Test
    void theShipmentsPageListsTheParcelsWithTrackingLinksAndAdminsSeeTodaysPickups() throws SQLException {
        signIn("admin", "admin123");
        click(wait.until(ExpectedConditions.elementToBeClickable(By.id("nav-shipments"))));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("shipments:tabs:table")));

        List<String> newest = query("select tracking_number from shipments order by created_at desc, id desc"
                + " limit 20", null);
        List<WebElement> links = browser.findElements(
                By.cssSelector("[id='shipments:tabs:table_data'] a.tracking-link"));
        assertEquals(newest, links.stream().map(WebElement::getText).toList());
        links.forEach(link -> assertTrue(link.getAttribute("href").contains(link.getText()),
                link.getAttribute("href")));
        click(browser.findElement(By.cssSelector("[id='shipments:tabs'] a[href*='pickups']")));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("shipments:tabs:pickup-table")));
        assertEquals(Long.parseLong(query("select count(*) from pickups"
                        + " where pickup_date = (now() at time zone 'utc')::date", null).get(0)),
                browser.findElements(By.cssSelector("[id='shipments:tabs:pickup-table_data'] tr[data-ri]")).size());
        assertEquals(query("select w.name from pickups p join warehouses w on w.id = p.warehouse_id"
                        + " where p.pickup_date = (now() at time zone 'utc')::date order by w.name", null),
                browser.findElements(By.cssSelector("[id='shipments:tabs:pickup-table_data'] .pickup-warehouse"))
                        .stream().map(WebElement::getText).sorted().toList());
    }

    @Test
    void aMerchantApprovesAReturnWithANoteFromTheReturnsPage() throws SQLException {
        DeliveredOrders orders = new DeliveredOrders(ApiClient.as("merchant1", "merchant123"),
                ConsoleBrowserIT::database);
        DeliveredOrders.Purchase purchase = orders.arrange("customer1", new BigDecimal("30.00"), 1,
                Instant.now().minus(Duration.ofDays(1)), List.of(new long[] {orders.warehouse(0), 1}));
        ApiClient.Reply requested = ApiClient.as("integrator", "integrator123").post("/api/v1/returns",
                Json.createObjectBuilder().add("orderId", purchase.orderId())
                        .add("orderLineId", purchase.lineId()).add("quantity", 1).add("reason", "other").build());
        assertEquals("requested", requested.json().getString("status"), requested.body());
        String returnNumber = requested.json().getString("returnNumber");
        signIn("merchant1", "merchant123");

        click(browser.findElement(By.id("nav-returns")));
        WebElement row = wait.until(ExpectedConditions.presenceOfElementLocated(By.xpath(
                "//tbody[@id='returns:table_data']/tr[.//div[text()='" + returnNumber + "']]")));
        click(row.findElement(By.cssSelector("button.approve")));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("decisionForm:note")))
                .sendKeys("regular customer");
        click(browser.findElement(By.id("decisionForm:confirm")));

        WebElement growl = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector(".ui-growl-message")));
        assertTrue(growl.getText().contains(returnNumber + " approved"), growl.getText());
        assertEquals(List.of("approved", "merchant1", "regular customer"), query(
                "select status, decided_by, decision_note from returns where return_number = ?", returnNumber));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.xpath(
                "//tbody[@id='returns:table_data']/tr[.//div[text()='" + returnNumber + "']]"), "approved"));
    }

    @Test
    void aMerchantApprovesSeveralReturnsAtOnce() throws SQLException {
        DeliveredOrders orders = new DeliveredOrders(ApiClient.as("merchant1", "merchant123"),
                ConsoleBrowserIT::database);
        List<String> returnNumbers = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            DeliveredOrders.Purchase purchase = orders.arrange("customer1", new BigDecimal("30.00"), 1,
                    Instant.now().minus(Duration.ofDays(1)), List.of(new long[] {orders.warehouse(0), 1}));
            ApiClient.Reply requested = ApiClient.as("integrator", "integrator123").post("/api/v1/returns",
                    Json.createObjectBuilder().add("orderId", purchase.orderId())
                            .add("orderLineId", purchase.lineId()).add("quantity", 1).add("reason", "other").build());
            assertEquals("requested", requested.json().getString("status"), requested.body());
            returnNumbers.add(requested.json().getString("returnNumber"));
        }
        signIn("merchant1", "merchant123");
        click(browser.findElement(By.id("nav-returns")));

        for (String returnNumber : returnNumbers) {
            WebElement row = wait.until(ExpectedConditions.presenceOfElementLocated(By.xpath(
                    "//tbody[@id='returns:table_data']/tr[.//div[text()='" + returnNumber + "']]")));
            click(row.findElement(By.cssSelector(".ui-chkbox-box")));
        }
        click(browser.findElement(By.id("returns:approve-selected")));
        click(wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(
                ".ui-confirm-dialog .ui-confirmdialog-yes"))));

        WebElement growl = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector(".ui-growl-message")));
        assertTrue(growl.getText().contains("2 returns approved"), growl.getText());
        for (String returnNumber : returnNumbers) {
            assertEquals(List.of("approved", "merchant1"), query(
                    "select status, decided_by from returns where return_number = ?", returnNumber));
        }
    }

    @Test
    void anAdminApprovesAnOrderWaitingInTheFraudReviewQueue() throws SQLException {
        Shop shop = Shop.open();
        Shop.Stocked watch = shop.stock(shop.reviewAmount(), 1, 0);
        Shop.Customer customer = shop.customer(20);
        Shop.Order order = shop.place(customer, customer.approvingCard(), watch, 1);
        order.awaitStatus("under_review");
        logIn("admin", "admin123");
        click(wait.until(ExpectedConditions.elementToBeClickable(By.id("nav-fraud-review"))));

        WebElement row = wait.until(ExpectedConditions.presenceOfElementLocated(By.xpath(
                "//tbody[@id='reviews:table_data']/tr[.//a[text()='" + order.number() + "']]")));
        click(row.findElement(By.cssSelector("button.approve")));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("decisionForm:note")))
                .sendKeys("called the customer");
        click(browser.findElement(By.id("decisionForm:confirm")));

        WebElement growl = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector(".ui-growl-message")));
        assertTrue(growl.getText().contains(order.number()), growl.getText());
        assertEquals(List.of("approved", "admin", "called the customer"), query("select status, reviewed_by,"
                + " review_note from fraud_assessments where order_id = ?::bigint", String.valueOf(order.id())));
        order.awaitStatus("confirmed");
    }

    @Test
    void anAdminCancelsAConfirmedOrderFromItsPageWithAReason() throws SQLException {
        Shop shop = Shop.open();
        Shop.Customer customer = shop.customer(21);
        Shop.Order order = shop.place(customer, customer.approvingCard(), shop.stock(new BigDecimal("12.00"), 3, 0), 1);
        order.awaitStatus("confirmed");
        signIn("admin", "admin123");
        browser.get(console("order.xhtml?id=" + order.id()));

        String item = query("select name from order_items where order_id = ?::bigint", String.valueOf(order.id()))
                .get(0);
        String timeline = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("timeline"))).getText();
        assertTrue(timeline.contains("1 × " + item), "the reservation names " + item + ": " + timeline);
        assertFalse(timeline.contains("variant "), "no variant id in the timeline: " + timeline);

        click(wait.until(ExpectedConditions.elementToBeClickable(By.id("actions:cancel"))));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("cancelForm:reason")))
                .sendKeys("customer called to cancel");
        click(browser.findElement(By.id("cancelForm:confirm")));

        WebElement growl = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector(".ui-growl-message")));
        assertTrue(growl.getText().contains(order.number() + " cancelled"), growl.getText());
        assertEquals(List.of("cancelled", "customer called to cancel"), query(
                "select status, cancel_reason from orders where id = ?::bigint", String.valueOf(order.id())));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("order-status"), "cancelled"));
        assertTrue(browser.findElements(By.id("actions:cancel")).isEmpty(), "a cancelled order offers no cancel");
    }

    @Test
    void anAdminRefundsPartOfADeliveredOrderAndCreatesAReturnFromItsPage() throws SQLException {
        Shop shop = Shop.open();
        Shop.Customer customer = shop.customer(22);
        Shop.Stocked lamp = shop.stock(new BigDecimal("40.00"), 5, 0);
        Shop.Order order = shop.deliver(customer, lamp, 2);
        signIn("admin", "admin123");
        browser.get(console("order.xhtml?id=" + order.id()));
        assertEquals(query("select concat_ws(' ', u.first_name, u.last_name) from customers c"
                + " join users u on u.id = c.user_id where c.id = ?::bigint", String.valueOf(customer.id)).get(0),
                browser.findElement(By.id("order-customer")).getText());

        click(wait.until(ExpectedConditions.elementToBeClickable(By.id("actions:refund"))));
        WebElement amount = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("refundForm:amount_input")));
        amount.sendKeys("5.00");
        browser.findElement(By.id("refundForm:reason")).sendKeys("scratch on the base");
        click(browser.findElement(By.id("refundForm:confirm")));

        WebElement growl = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector(".ui-growl-message")));
        assertTrue(growl.getText().contains("Refund of 5.00"), growl.getText());
        Eventually.untilTrue(() -> rows("select amount::text from transactions where order_id = " + order.id()
                + " and transaction_type = 'refund' and status = 'success'").equals(List.of("5.00")), PATIENCE,
                "the partial refund at the gateway");

        click(wait.until(ExpectedConditions.elementToBeClickable(By.id("actions:return"))));
        choose("returnForm:line", "li[data-label^='Test product']");
        choose("returnForm:reason", "li[data-label='damaged']");
        browser.findElement(By.id("returnForm:comment")).sendKeys("box crushed");
        click(browser.findElement(By.id("returnForm:confirm")));

        WebElement created = wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath(
                "//div[contains(@class,'ui-growl-message')][contains(., 'Return ')]")));
        List<String> rma = query("select return_number, quantity::text, reason, comments, requested_by from returns"
                + " where order_id = ?::bigint", String.valueOf(order.id()));
        assertEquals(List.of("1", "damaged", "box crushed", "admin"), rma.subList(1, 5));
        assertTrue(created.getText().contains(rma.get(0)), created.getText());
    }

    @Test
    void aMerchantDownloadsTheInvoiceLabelAndPackingSlipFromTheOrderPage() throws Exception {
        Shop shop = Shop.open();
        Shop.Order order = shop.deliver(shop.customer(23), shop.stock(new BigDecimal("25.00"), 2, 0), 1);
        order.awaitDocuments("invoice", 1);
        signIn("merchant1", "merchant123");
        browser.get(console("order.xhtml?id=" + order.id()));

        Map<String, String> expected = Map.of("invoice", "INVOICE", "packing_slip", "PACKING SLIP",
                "shipping_label", "TRACKING #");
        for (Map.Entry<String, String> kind : expected.entrySet()) {
            WebElement link = wait.until(ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector("a.document-" + kind.getKey())));
            String fileName = link.getAttribute("download");
            click(link);

            String text = Pdfs.text(Files.readAllBytes(session.downloaded(fileName)));
            assertTrue(text.contains(kind.getValue()), text);
            assertTrue(kind.getKey().equals("shipping_label") || text.contains(order.number()), text);
        }
    }

    @Test
    void aMerchantSendsTheConfirmationAgainFromTheOrderPageAndTheCustomerReceivesIt() throws Exception {
        Shop shop = Shop.open();
        Shop.Customer customer = shop.customer(25);
        Shop.Order order = shop.place(customer, customer.approvingCard(), shop.stock(new BigDecimal("11.00"), 2, 0), 1);
        order.awaitStatus("confirmed");
        String confirmation = order.number() + " is confirmed";
        shop.awaitMail(customer, confirmation);
        List<String> logged = Eventually.until(() -> Optional.of(rows("select id, attempts from customer_messages"
                + " where order_id = " + order.id() + " and template = 'order-confirmed' and status = 'sent'"))
                .filter(row -> !row.isEmpty()), PATIENCE, () -> "the confirmation of " + order.number() + " logged");
        String message = logged.get(0);
        int attempts = Integer.parseInt(logged.get(1));
        signIn("merchant1", "merchant123");
        browser.get(console("order.xhtml?id=" + order.id()));
        long received = MailInbox.shared().messagesTo(customer.email()).stream()
                .filter(m -> MailInbox.subject(m).contains(confirmation)).count();

        click(wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(
                ".mail-order-confirmed button.resend"))));
        click(wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(
                ".ui-confirm-dialog .ui-confirmdialog-yes"))));

        WebElement growl = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector(".ui-growl-message")));
        assertTrue(growl.getText().contains("sent again to " + customer.email()), growl.getText());
        Eventually.untilTrue(() -> MailInbox.shared().messagesTo(customer.email()).stream()
                .filter(m -> MailInbox.subject(m).contains(confirmation)).count() == received + 1, PATIENCE,
                "a second copy of the confirmation in the customer's inbox");
        assertEquals(List.of("sent", String.valueOf(attempts + 1), customer.email()), query("select status, attempts::text, recipient"
                + " from customer_messages where id = ?::bigint", message));
        assertEquals(List.of("order-confirmed e-mail sent again to " + customer.email() + " for merchant1"),
                query("select detail from order_events where order_id = ?::bigint and detail like '% sent again %'",
                        String.valueOf(order.id())));
    }

    @Test
    void theCsvExportHoldsTheOrdersTheFilterShowsAsTheApiListsThem() throws Exception {
        Shop shop = Shop.open();
        Shop.Customer customer = shop.customer(24);
        Shop.Order order = shop.place(customer, customer.approvingCard(), shop.stock(new BigDecimal("9.00"), 2, 0), 1);
        order.awaitStatus("confirmed");
        assertEquals(200, order.cancel("exported as cancelled").status());
        signIn("merchant1", "merchant123");
        click(browser.findElement(By.id("nav-orders")));

        choose("orders:status-filter", "li[data-label='cancelled']");
        new WebDriverWait(browser, PATIENCE).ignoring(StaleElementReferenceException.class)
                .withMessage(() -> order.number() + " not listed; the status filter reads '"
                        + browser.findElements(By.id("orders:status-filter_label")).stream().map(WebElement::getText)
                                .findFirst().orElse("") + "', the rows are "
                        + browser.findElements(By.cssSelector("[id='orders:table_data'] tr")).stream()
                                .map(WebElement::getText).toList())
                .until(driver -> driver.findElements(By.cssSelector("[id='orders:table_data'] a.order-link")).stream()
                        .anyMatch(link -> link.getText().equals(order.number())));
        click(browser.findElement(By.id("orders:export")));

        List<List<String>> exported = ConsoleBrowser.csvRows(session.downloaded("orders.csv")).stream()
                .map(row -> List.of(row.get("Order"), row.get("Status"),
                        new BigDecimal(row.get("Total")).setScale(2).toPlainString()))
                .toList();
        List<List<String>> listed = ApiClient.as("merchant1", "merchant123").get("/api/v1/orders?status=cancelled"
                        + "&size=100").json().getJsonArray("items").stream().map(item -> item.asJsonObject())
                .map(item -> List.of(item.getString("orderNumber"), item.getString("status"),
                        item.getJsonNumber("total").bigDecimalValue().setScale(2).toPlainString()))
                .toList();
        assertEquals(listed, exported);
        assertTrue(exported.stream().anyMatch(row -> row.get(0).equals(order.number())), exported.toString());
    }

    @Test
    void aSearchThatMatchesMoreOrdersThanItFollowsAsksToBeNarrowed() throws SQLException {
        assertTrue(Long.parseLong(query("select count(*) from orders", null).get(0)) > 200,
                "the demo data holds more orders than a search follows");
        signIn("admin", "admin123");
        click(browser.findElement(By.id("nav-shipments")));
        WebElement search = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("shipments:tabs:search")));

        click(search);
        search.sendKeys("AG-");
        WebElement notice = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("[id='shipments:tabs:table'] [id$=':search-capped']")));
        assertTrue(notice.getText().contains("Narrow the search"), notice.getText());

        String newest = query("select o.order_number from shipments s join orders o on o.id = s.order_id"
                + " order by s.created_at desc, s.id desc limit 1", null).get(0);
        search.clear();
        search.sendKeys(newest);
        wait.until(ExpectedConditions.invisibilityOfElementLocated(
                By.cssSelector("[id='shipments:tabs:table'] [id$=':search-capped']")));
        wait.until(driver -> driver.findElements(By.cssSelector("[id='shipments:tabs:table_data'] a.order-link"))
                .stream().map(WebElement::getText).toList().contains(newest));
    }

    @Test
    void theCsvExportOfPaymentsHoldsTheCustomersPaymentsOfTheDayAsTheDatabaseHasThem() throws Exception {
        Shop shop = Shop.open();
        Shop.Customer customer = shop.customer(26);
        Shop.Order order = shop.place(customer, customer.approvingCard(), shop.stock(new BigDecimal("14.00"), 2, 0), 1);
        order.awaitStatus("confirmed");
        signIn("merchant1", "merchant123");
        click(browser.findElement(By.id("nav-payments")));

        WebElement search = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("payments:search")));
        click(search);
        search.sendKeys(customer.email());
        String day = today("payments:period-from");
        assertEquals(day, today("payments:period-until"));
        wait.until(driver -> (Boolean) ((JavascriptExecutor) driver).executeScript("return PrimeFaces.ajax.Queue"
                + ".isEmpty()") && driver.findElements(By.cssSelector("[id='payments:table_data'] a.order-link"))
                .stream().map(WebElement::getText).toList().contains(order.number()));
        click(browser.findElement(By.id("payments:export")));

        List<List<String>> exported = ConsoleBrowser.csvRows(session.downloaded("payments.csv")).stream()
                .map(row -> List.of(row.get("Order"), row.get("Type"), row.get("Status"),
                        new BigDecimal(row.get("Amount")).setScale(2).toPlainString()))
                .toList();
        List<String> held = query("select t.order_number, lower(t.transaction_type), lower(t.status), t.amount::text"
                + " from transactions t join customers c on c.id = t.customer_id join users u on u.id = c.user_id"
                + " join merchants m on m.id = t.merchant_id join users owner on owner.id = m.user_id"
                + " where owner.username = 'merchant1' and u.email = ? and (t.created_at at time zone 'utc')::date"
                + " = '" + day + "'::date order by t.id desc", customer.email());
        List<List<String>> inTheDatabase = new ArrayList<>();
        for (int i = 0; i < held.size(); i += 4) {
            inTheDatabase.add(held.subList(i, i + 4));
        }
        assertEquals(inTheDatabase, exported);
        assertTrue(exported.stream().anyMatch(row -> row.get(0).equals(order.number())), exported.toString());
    }

    /** Picks today with the date picker's own button, as a person does; the day it filled in. */
    private String today(String pickerId) {
        click(browser.findElement(By.id(pickerId + "_input")));
        click(wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(
                "[id='" + pickerId + "_panel'] .ui-today-button"))));
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id(pickerId + "_panel")));
        return browser.findElement(By.id(pickerId + "_input")).getAttribute("value");
    }

    private void logIn(String username, String password) {
        session.logIn(username, password);
    }

    private void signIn(String username, String password) {
        session.signIn(username, password);
    }

    private void choose(String menuId, String itemSelector) {
        session.choose(menuId, itemSelector);
    }

    /**
     * Signs in the way a new user does: opens the console's address, is sent to the login page, and sends the form
     * with Enter; the console then shows the page first asked for.
     */
    private void signInFromTheConsoleAddress(String username, String password) {
        browser.get(ApiClient.baseUrl() + "/console/");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login:username"))).sendKeys(username);
        browser.findElement(By.id("login:password")).sendKeys(password + Keys.ENTER);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("orders-count")));
    }

    void click(WebElement element) {
        session.click(element);
    }

    private List<String> skusInTheTable() {
        try {
            return browser.findElements(By.cssSelector("[id='products:table_data'] span.sku")).stream()
                    .map(WebElement::getText).toList();
        } catch (StaleElementReferenceException replacedByAnUpdate) {
            return List.of();
        }
    }

    private Map<String, BigDecimal> figuresOnThePage(Iterable<String> ids) {
        Map<String, BigDecimal> figures = new LinkedHashMap<>();
        for (String id : ids) {
            try {
                figures.put(id, new BigDecimal(browser.findElement(By.id(id)).getAttribute("data-value")));
            } catch (StaleElementReferenceException replacedByThePoll) {
                return Map.of();
            }
        }
        return figures;
    }

    /** The figures as the overview defines them, counted in SQL of our own. */
    private static Map<String, BigDecimal> platformFiguresInTheDatabase() throws SQLException {
        String earning = "status not in ('rejected', 'payment_failed', 'cancelled')";
        String lastDay = "created_at >= now() - interval '24 hours'";
        Map<String, String> sql = new LinkedHashMap<>();
        sql.put("orders-count", "select count(*) from orders");
        sql.put("orders-24h", "select count(*) from orders where " + lastDay);
        sql.put("pending-orders", "select count(*) from orders where status = 'pending'");
        sql.put("revenue", "select coalesce(sum(total), 0) from orders where " + earning);
        sql.put("revenue-24h", "select coalesce(sum(total), 0) from orders where " + earning + " and " + lastDay);
        sql.put("products-count", "select count(*) from products where status <> 'archived'");
        sql.put("customers-count", "select count(*) from customers");
        sql.put("merchants-count", "select count(*) from merchants");
        sql.put("active-alerts", "select count(*) from alerts where status = 'active'");
        sql.put("dead-letters-parked", "select count(*) from dead_letters where status = 'parked'");
        Map<String, BigDecimal> figures = new LinkedHashMap<>();
        try (Connection db = database()) {
            for (Map.Entry<String, String> figure : sql.entrySet()) {
                try (PreparedStatement statement = db.prepareStatement(figure.getValue());
                        ResultSet row = statement.executeQuery()) {
                    row.next();
                    figures.put(figure.getKey(), row.getBigDecimal(1));
                }
            }
        }
        return figures;
    }

    /** The query's values, for probes that poll: a failure to read is a failure of the test. */
    private static List<String> rows(String sql) {
        try {
            return query(sql, null);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean parkedAgain(String payload) {
        try {
            return query("select id from dead_letters where status = 'parked' and payload = ?", payload).size() == 1;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean sameFigures(Map<String, BigDecimal> expected, Map<String, BigDecimal> actual) {
        return expected.keySet().equals(actual.keySet()) && expected.entrySet().stream()
                .allMatch(e -> e.getValue().compareTo(actual.get(e.getKey())) == 0);
    }

    /** Every column of every row, as text, row after row. */
    private static List<String> query(String sql, String parameter) throws SQLException {
        try (Connection db = database(); PreparedStatement statement = db.prepareStatement(sql)) {
            if (parameter != null) {
                statement.setString(1, parameter);
            }
            try (ResultSet rows = statement.executeQuery()) {
                List<String> values = new ArrayList<>();
                int columns = rows.getMetaData().getColumnCount();
                while (rows.next()) {
                    for (int column = 1; column <= columns; column++) {
                        values.add(rows.getString(column));
                    }
                }
                return values;
            }
        }
    }

    static Connection database() throws SQLException {
        return Shop.database();
    }

    private static String console(String page) {
        return ConsoleBrowser.console(page);
    }
}
