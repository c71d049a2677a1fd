package com.agora.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
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
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
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

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Deployment(testable = false)
    static EnterpriseArchive platform() {
        return Deployments.platform();
    }

    static boolean chromiumIsInstalled() {
        return Files.isExecutable(CHROMIUM);
    }

    private Path profile;
    private WebDriver browser;
    private WebDriverWait wait;

    @BeforeEach
    void openBrowser() throws IOException {
        profile = Files.createTempDirectory("agora-console-it");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=1400,900", "--user-data-dir=" + profile);
        // An explicit driver keeps Selenium Manager from ever looking for (or downloading) one.
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        browser = new ChromeDriver(service, options);
        wait = new WebDriverWait(browser, PATIENCE);
    }

    @AfterEach
    void closeBrowser() throws IOException {
        if (browser != null) {
            browser.quit();
        }
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
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
    void theOverviewFollowsTheAgentsWithoutReloading() {
        logIn("admin", "admin123");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("orders-count")));
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
    void aMerchantSeesOnlyItsOwnProductsAndCannotOpenTheAgentsPage() throws SQLException {
        logIn("merchant1", "merchant123");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("orders-count")));
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

        browser.get(console("agents.xhtml"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("forbidden")));
        assertTrue(browser.findElements(By.id("agents:table")).isEmpty());
    }

    @Test
    void theAdministratorReadsTheCustomerMessageLogNewestFirstAndAMerchantCannot() throws SQLException {
        logIn("admin", "admin123");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("orders-count")));
        browser.get(console("messages.xhtml"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("messages:table")));

        List<String> subjects = browser.findElements(By.cssSelector("[id='messages:table_data'] span.subject"))
                .stream().map(WebElement::getText).toList();

        assertEquals(query("select subject from customer_messages order by created_at desc, id desc limit 20", null),
                subjects);
        browser.findElement(By.id("logout:log-out")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("login:username")));
        logIn("merchant1", "merchant123");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("orders-count")));
        assertTrue(browser.findElements(By.id("nav-messages")).isEmpty(), "a merchant is not offered the log");
        browser.get(console("messages.xhtml"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("forbidden")));
        assertTrue(browser.findElements(By.id("messages:table")).isEmpty());
    }

    @Test
    void anAdministratorPicksTheMerchantByName() throws SQLException {
        logIn("admin", "admin123");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("orders-count")));
        browser.get(console("products.xhtml"));
        wait.until(ExpectedConditions.elementToBeClickable(By.id("products:new-product"))).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("productDialog")));

        List<String> offered = browser.findElements(By.cssSelector("[id='productForm:merchant_input'] option"))
                .stream().map(option -> option.getAttribute("textContent").trim())
                .filter(label -> !label.startsWith("Choose")).toList();

        assertEquals(query("select business_name from merchants order by business_name", null), offered);
    }

    @Test
    void theProductDialogInsistsOnANameAndThenCreatesTheProduct() throws SQLException {
        logIn("merchant1", "merchant123");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("orders-count")));
        browser.get(console("products.xhtml"));
        wait.until(ExpectedConditions.elementToBeClickable(By.id("products:new-product"))).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("productDialog")));
        String sku = "UI-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();

        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("productForm:sku"))).sendKeys(sku);
        browser.findElement(By.id("productForm:price_input")).sendKeys("19.90");
        browser.findElement(By.id("productForm:save")).click();

        WebElement nameProblem = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("[id='productForm'] .ui-message-error")));
        assertTrue(nameProblem.getText().contains("Enter a name"), nameProblem.getText());
        assertTrue(browser.findElement(By.id("productDialog")).isDisplayed(), "the dialog stays open to correct");
        assertTrue(query("select sku from products where sku = ?", sku).isEmpty(), "nothing was saved");

        browser.findElement(By.id("productForm:name")).sendKeys("Desk lamp " + sku);
        browser.findElement(By.id("productForm:save")).click();

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
        logIn("admin", "admin123");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("orders-count")));
        wait.until(ExpectedConditions.elementToBeClickable(By.id("nav-shipments"))).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("shipments:tabs:table")));

        List<String> newest = query("select tracking_number from shipments order by created_at desc, id desc"
                + " limit 20", null);
        List<WebElement> links = browser.findElements(
                By.cssSelector("[id='shipments:tabs:table_data'] a.tracking-link"));
        assertEquals(newest, links.stream().map(WebElement::getText).toList());
        links.forEach(link -> assertTrue(link.getAttribute("href").contains(link.getText()),
                link.getAttribute("href")));
        browser.findElement(By.cssSelector("[id='shipments:tabs'] a[href*='pickups']")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("shipments:tabs:pickup-table")));
        assertEquals(Long.parseLong(query("select count(*) from pickups"
                        + " where pickup_date = (now() at time zone 'utc')::date", null).get(0)),
                browser.findElements(By.cssSelector("[id='shipments:tabs:pickup-table_data'] tr[data-ri]")).size());
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
        logIn("merchant1", "merchant123");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("orders-count")));

        browser.findElement(By.id("nav-returns")).click();
        WebElement row = wait.until(ExpectedConditions.presenceOfElementLocated(By.xpath(
                "//tbody[@id='returns:table_data']/tr[.//div[text()='" + returnNumber + "']]")));
        row.findElement(By.cssSelector("button.approve")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("decisionForm:note")))
                .sendKeys("regular customer");
        browser.findElement(By.id("decisionForm:confirm")).click();

        WebElement growl = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector(".ui-growl-message")));
        assertTrue(growl.getText().contains(returnNumber + " approved"), growl.getText());
        assertEquals(List.of("approved", "merchant1", "regular customer"), query(
                "select status, decided_by, decision_note from returns where return_number = ?", returnNumber));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.xpath(
                "//tbody[@id='returns:table_data']/tr[.//div[text()='" + returnNumber + "']]"), "approved"));
    }

    @Test
    void anAdminApprovesAnOrderWaitingInTheFraudReviewQueue() throws SQLException {
        Shop shop = Shop.open();
        Shop.Stocked watch = shop.stock(shop.reviewAmount(), 1, 0);
        Shop.Customer customer = shop.customer(20);
        Shop.Order order = shop.place(customer, customer.approvingCard(), watch, 1);
        order.awaitStatus("under_review");
        logIn("admin", "admin123");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("nav-fraud-review"))).click();

        WebElement row = wait.until(ExpectedConditions.presenceOfElementLocated(By.xpath(
                "//tbody[@id='reviews:table_data']/tr[.//a[text()='" + order.number() + "']]")));
        row.findElement(By.cssSelector("input[id$=':note']")).sendKeys("called the customer");
        row.findElement(By.cssSelector("button[id$=':approve']")).click();

        WebElement growl = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector(".ui-growl-message")));
        assertTrue(growl.getText().contains(order.number()), growl.getText());
        assertEquals(List.of("approved", "admin", "called the customer"), query("select status, reviewed_by,"
                + " review_note from fraud_assessments where order_id = ?::bigint", String.valueOf(order.id())));
        order.awaitStatus("confirmed");
    }

    private void logIn(String username, String password) {
        browser.get(console("login.xhtml"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login:username"))).sendKeys(username);
        browser.findElement(By.id("login:password")).sendKeys(password);
        browser.findElement(By.id("login:sign-in")).click();
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

    /** The password `./agora` generated for the database, next to the integration-tests module. */

    private static String console(String page) {
        return ApiClient.baseUrl() + "/console/" + page;
    }
}
