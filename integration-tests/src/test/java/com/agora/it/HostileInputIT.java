package com.agora.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.agora.it.ApiClient.Reply;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What an attacker tried (issue 9), as stories with their end states read back: numbers that do not fit, text with
 * NUL characters, pages past any offset, guessing passwords, and a flood of requests without a token.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HostileInputIT {

    @Deployment(testable = false)
    static EnterpriseArchive platform() {
        return Deployments.platform();
    }

    static Shop shop;

    @BeforeAll
    static void openTheShop() {
        shop = Shop.open();
    }

    /** The wrong passwords here also count against the tests' own address; the stories after these start clean. */
    @AfterAll
    static void forgetTheFailedSignInsOfThisAddress() {
        shop.admin.delete("/api/v1/auth/locks/address/127.0.0.1");
    }

    @Test
    void stockAdjustmentsWithNumbersThatDoNotFitOrHaveFractionsAreRefusedAndChangeNothing() {
        Shop.Stocked variant = shop.stock(new BigDecimal("4.00"), 5, 0);
        long inventoryId = shop.stockRows(variant).get(0).getJsonNumber("inventoryId").longValue();
        Map<String, String> hostileChanges = Map.of(
                "4294967297", "quantityChange",
                "99999999999999999999", "quantityChange",
                "2.9", "quantityChange",
                "\"3\"", "quantityChange",
                "1e400", "quantityChange");

        hostileChanges.forEach((value, field) -> {
            Reply refused = shop.merchant.post("/api/v1/inventory/adjustments", "{\"inventoryId\": " + inventoryId
                    + ", \"type\": \"restock\", \"reason\": \"hostile\", \"quantityChange\": " + value + "}", Map.of());
            assertProblem(refused, 400, field);
        });
        Reply fractionalRow = shop.merchant.post("/api/v1/inventory/adjustments", "{\"inventoryId\": " + inventoryId
                + ".9, \"type\": \"restock\", \"reason\": \"hostile\", \"quantityChange\": 1}", Map.of());
        assertProblem(fractionalRow, 400, "inventoryId");
        Reply unknownField = shop.merchant.post("/api/v1/inventory/adjustments", "{\"inventoryId\": " + inventoryId
                + ", \"type\": \"restock\", \"reason\": \"hostile\", \"quantityChange\": 1, \"units\": 1}", Map.of());
        assertProblem(unknownField, 400, "units");

        assertEquals(List.of(5, 0), shop.onHandAndReserved(variant));
    }

    @Test
    void orderLinesAndCardsWithFractionsOverflowsOrNonBooleansAreRefusedAndNothingIsStored() {
        Shop.Stocked variant = shop.stock(new BigDecimal("2.00"), 5, 0);
        Shop.Customer customer = shop.customer(4);
        long ordersBefore = orderCount();

        for (String quantity : List.of("4294967297", "2.9", "-0.5", "true")) {
            Reply refused = shop.integrator.post("/api/v1/orders", "{\"customerId\": " + customer.id
                    + ", \"items\": [{\"variantId\": " + variant.variantId() + ", \"quantity\": " + quantity + "}]}",
                    Map.of());
            assertProblem(refused, 400, "items[0].quantity");
        }
        int cardsBefore = cardCount(customer.id);
        Reply fractionalMonth = shop.integrator.post("/api/v1/payment-methods", "{\"customerId\": " + customer.id
                + ", \"cardNumber\": \"4242424242424242\", \"expiryMonth\": 12.9, \"expiryYear\": 2030}", Map.of());
        assertProblem(fractionalMonth, 400, "expiryMonth");
        Reply yes = shop.integrator.post("/api/v1/payment-methods", "{\"customerId\": " + customer.id
                + ", \"cardNumber\": \"4242424242424242\", \"expiryMonth\": 12, \"expiryYear\": 2030,"
                + " \"makeDefault\": \"yes\"}", Map.of());
        assertProblem(yes, 400, "makeDefault");

        assertEquals(ordersBefore, orderCount());
        assertEquals(cardsBefore, cardCount(customer.id));
        assertEquals(List.of(5, 0), shop.onHandAndReserved(variant));
    }

    @Test
    void aQuantitySentTwiceIsRefusedRatherThanReadAsEitherAndNothingIsOrderedOrAdjusted() {
        Shop.Stocked variant = shop.stock(new BigDecimal("3.00"), 5, 0);
        Shop.Customer customer = shop.customer(6);
        long inventoryId = shop.stockRows(variant).get(0).getJsonNumber("inventoryId").longValue();
        long ordersBefore = orderCount();

        Reply order = shop.integrator.post("/api/v1/orders", "{\"customerId\": " + customer.id + ", \"items\": [{"
                + "\"variantId\": " + variant.variantId() + ", \"quantity\": 1, \"quantity\": 5}]}", Map.of());
        Reply adjustment = shop.merchant.post("/api/v1/inventory/adjustments", "{\"inventoryId\": " + inventoryId
                + ", \"type\": \"restock\", \"reason\": \"twice\", \"quantityChange\": 1, \"quantityChange\": 500}",
                Map.of());

        assertProblem(order, 400, "items[0].quantity");
        assertProblem(adjustment, 400, "quantityChange");
        assertEquals(ordersBefore, orderCount());
        assertEquals(List.of(5, 0), shop.onHandAndReserved(variant));
    }

    @Test
    void aNulCharacterInAUsernameAFilterOrANameIsRefusedBeforeItReachesTheDatabase() {
        Reply token = ApiClient.anonymous().post("/api/v1/auth/token",
                Json.createObjectBuilder().add("username", "adm\u0000in").add("password", "admin123").build());
        assertProblem(token, 400, "username");

        Reply filter = shop.merchant.get("/api/v1/products?q=head%00phones");
        assertProblem(filter, 400, "q");
        Reply loneSurrogate = shop.merchant.post("/api/v1/products",
                "{\"sku\": \"NUL-1\", \"name\": \"Half \\ud800 a pair\", \"price\": 1.00}", Map.of());
        assertProblem(loneSurrogate, 400, "name");
        Reply nul = shop.merchant.post("/api/v1/products", "{\"sku\": \"NUL-1\", \"name\": \"Nul\\u0000\", \"price\": 1}",
                Map.of());
        assertProblem(nul, 400, "name");

        assertEquals(0, shop.merchant.get("/api/v1/products?q=NUL-1").json().getInt("total"));
    }

    @Test
    void aPageNumberPastEveryPossibleOffsetIsRefusedOnEveryPagedList() {
        for (String list : List.of("/api/v1/products", "/api/v1/orders", "/api/v1/inventory",
                "/api/v1/inventory/adjustments", "/api/v1/returns", "/api/v1/pick-lists")) {
            Reply reply = shop.admin.get(list + "?page=2147483647&size=100");
            if (reply.status() == 200) {
                assertEquals(0, reply.json().getJsonArray("items").size(), list + ": " + reply.body());
            } else {
                assertProblem(reply, 400, "page");
            }
            assertProblem(shop.admin.get(list + "?page=2147483648"), 400, null);
            assertProblem(shop.admin.get(list + "?page=1.5"), 400, null);
        }
    }

    @Test
    void theAdjustmentsListShowsTheSaleTheInventoryAgentWroteForAShippedOrder() {
        Shop.Stocked variant = shop.stock(new BigDecimal("6.00"), 3, 0);
        Shop.Customer customer = shop.customer(5);
        Shop.Order order = shop.place(customer, customer.approvingCard(), variant, 1);
        order.awaitStatus("confirmed");
        order.pickAndPackEverything();
        order.awaitStatus("shipped");
        long inventoryId = shop.stockRows(variant).get(0).getJsonNumber("inventoryId").longValue();

        JsonObject newest = Eventually.until(() -> {
            Reply page = shop.merchant.get("/api/v1/inventory/adjustments?inventoryId=" + inventoryId + "&size=1");
            assertEquals(200, page.status(), page.body());
            JsonObject first = page.json().getJsonArray("items").getJsonObject(0);
            return Optional.of(first).filter(newestRow -> !newestRow.getString("type").equals("restock"));
        }, Shop.AGENTS_TIMEOUT, () -> "the stock consumed by shipping " + order.number());

        assertEquals("system", newest.getString("performedBy"), newest.toString());
        assertEquals("sale", newest.getString("type"), newest.toString());
        assertEquals(-1, newest.getInt("quantityChange"), newest.toString());
    }

    @Test
    void theSixthWrongPasswordWithinAMinuteIsThrottledAndTheRightOneIsRefusedUntilAnAdminLiftsTheLock() {
        String username = "customer7";
        ApiClient anonymous = ApiClient.anonymous();
        for (int attempt = 1; attempt <= 5; attempt++) {
            assertProblem(login(anonymous, username, "guess" + attempt), 401, null);
        }

        Reply sixth = login(anonymous, username, "guess6");
        Reply right = login(anonymous, username, "customer123");

        assertProblem(sixth, 429, null);
        assertTrue(Integer.parseInt(sixth.headers().get("retry-after").get(0)) > 0, sixth.headers().toString());
        assertProblem(right, 429, null);
        assertEquals(Map.of("failure", 5L, "throttled", 2L), attempts(username));
        JsonObject lock = shop.admin.get("/api/v1/auth/locks").array().stream().map(JsonValue::asJsonObject)
                .filter(l -> l.getString("subject").equals(username)).findFirst().orElseThrow();
        assertEquals("account", lock.getString("kind"));
        assertEquals(5, lock.getInt("failures"));
    }

    @Test
    void anAdminLiftsALockAndTheRightPasswordGetsInAgain() {
        String username = "customer8";
        ApiClient anonymous = ApiClient.anonymous();
        for (int attempt = 1; attempt <= 5; attempt++) {
            login(anonymous, username, "guess" + attempt);
        }
        assertProblem(login(anonymous, username, "customer123"), 429, null);

        assertEquals(204, shop.admin.delete("/api/v1/auth/locks/account/" + username).status());

        assertEquals(200, login(anonymous, username, "customer123").status());
        assertTrue(shop.admin.get("/api/v1/auth/locks").array().stream()
                .noneMatch(l -> l.asJsonObject().getString("subject").equals(username)));
        assertProblem(shop.admin.delete("/api/v1/auth/locks/account/" + username), 404, null);
    }

    @Test
    void aHundredRequestsWithoutOrWithAForgedTokenLeaveTheServerLogQuiet() throws IOException {
        Path log = Path.of(System.getProperty("agora.server.log"));
        ApiClient anonymous = ApiClient.anonymous();
        ApiClient forged = ApiClient.withToken("eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJhZG1pbiJ9.c2lnbmF0dXJl");
        long before = Files.size(log);

        for (int i = 0; i < 50; i++) {
            assertProblem(anonymous.get(List.of("/api/v1/orders", "/api/v1/products/1", "/api/v1/inventory",
                    "/api/v1/system/dead-letters", "/api/v1/returns").get(i % 5)), 401, null);
            assertProblem(forged.get("/api/v1/orders/" + i), 401, null);
        }

        long grown = Files.size(log) - before;
        assertTrue(grown < 20 * 1024, "the server log grew by " + grown + " bytes");
        String added = Files.readString(log).substring((int) Math.min(before, Files.size(log)));
        assertFalse(added.contains("\tat "), "no stack trace in the log: " + added);
    }

    @Test
    void theApiRefusesAnOversizedBodyAndSendsNoVersionsAndNoSniffing() {
        String huge = "{\"customerId\": 1, \"customerNotes\": \"" + "x".repeat(2 * 1024 * 1024) + "\", \"items\": []}";

        Reply tooLarge = shop.integrator.post("/api/v1/orders", huge, Map.of());

        assertProblem(tooLarge, 413, null);
        Reply any = shop.integrator.get("/api/v1/orders?size=1");
        assertEquals(List.of("nosniff"), any.headers().get("x-content-type-options"));
        assertFalse(any.headers().containsKey("x-powered-by"), any.headers().toString());
        any.headers().getOrDefault("server", List.of()).forEach(server ->
                assertFalse(server.matches(".*\\d.*"), "Server header names a version: " + server));
    }

    @Test
    void whatTheWebContainerRefusesOnItsOwnUnderApiIsAProblemDocumentThatNamesNoServer() {
        Map<String, Integer> refusals = Map.of(
                "GET /api/ HTTP/1.0", 404,
                "GET /api/v2/orders HTTP/1.0", 404,
                "GET /api/WEB-INF/web.xml HTTP/1.0", 404,
                "GET /api/v1/orders/..%2f..%2fconsole HTTP/1.0", 404,
                "DELETE /api/orders.json HTTP/1.0", 403);

        refusals.forEach((requestLine, status) -> {
            Reply refused = RawHttp.send(requestLine);
            assertProblem(refused, status, null);
            assertFalse(refused.json().getString("title").isBlank(), requestLine + ": " + refused.body());
            assertEquals(List.of("nosniff"), refused.headers().get("x-content-type-options"), requestLine);
            assertNamesNoServer(requestLine, refused);
        });
    }

    /**
     * Payara refuses these before it chooses a web application (Grizzly's parser, then the URI check of its connector
     * that runs ahead of any context, valve or filter), so no error page of ours, and no send-error_400 of the virtual
     * server either, is ever consulted: the status is all they carry. README, "Perimeter", says which they are.
     */
    @Test
    void whatPayaraRefusesBeforeChoosingAnApplicationCarriesAStatusAndNothingElse() {
        Map<List<String>, Integer> refusals = Map.of(
                List.of("GET /api/v1/orders/%00 HTTP/1.0"), 400,
                List.of("GET /api/v1/orders/a%5Cb HTTP/1.0"), 400,
                List.of("GET /api/v1/orders/%C0%AF HTTP/1.0"), 400,
                List.of("GET /api/v1/orders HTTP/9.9"), 505,
                List.of("GET /api/v1/orders HTTP/1.0", "X-Padding: " + "a".repeat(20_000)), 400,
                List.of("GET /api/v1/orders HTTP/1.0", "X-Control: a\u0001b"), 400);

        refusals.forEach((request, status) -> {
            Reply refused = RawHttp.send(request.get(0), request.subList(1, request.size()).toArray(String[]::new));
            String label = request.get(0) + " " + request.size();
            assertEquals(status, refused.status(), label + ": " + refused.headers());
            assertEquals("", refused.body(), label);
            assertNamesNoServer(label, refused);
        });
    }

    private static void assertNamesNoServer(String request, Reply reply) {
        String answer = reply.headers() + reply.body();
        for (String name : List.of("Payara", "GlassFish", "Grizzly", "<html")) {
            assertFalse(answer.contains(name), request + " names " + name + ": " + answer);
        }
    }

    @Test
    void theConsoleLoginIsThrottledLikeTheTokenEndpointAndItsPagesCarryTheSecurityHeaders() {
        String username = "merchant3";
        ConsoleLogin console = new ConsoleLogin();
        HttpResponse<String> page = console.page();
        assertTrue(page.headers().firstValue("content-security-policy").orElse("").contains("frame-ancestors"),
                page.headers().toString());
        assertEquals("nosniff", page.headers().firstValue("x-content-type-options").orElse(""));
        assertTrue(page.headers().allValues("set-cookie").stream().allMatch(c -> c.contains("SameSite=Lax")),
                page.headers().allValues("set-cookie").toString());
        for (int attempt = 1; attempt <= 5; attempt++) {
            HttpResponse<String> refused = console.signIn(username, "guess" + attempt);
            assertEquals(200, refused.statusCode());
            assertTrue(refused.body().contains("Unknown user name or wrong password."), refused.body());
        }

        HttpResponse<String> locked = console.signIn(username, "merchant123");

        assertEquals(429, locked.statusCode(), locked.body());
        assertTrue(locked.headers().firstValue("retry-after").isPresent(), locked.headers().toString());
        assertTrue(locked.body().contains("Too many failed sign-ins."), locked.body());
        assertEquals(Map.of("failure", 5L, "throttled", 1L), attempts(username));
        assertEquals(204, shop.admin.delete("/api/v1/auth/locks/account/" + username).status());
        int signedIn = console.signIn(username, "merchant123").statusCode();
        assertTrue(signedIn == 302 || signedIn == 303, "redirected into the console: " + signedIn);
    }

    /** The console's login form as a browser without JavaScript posts it: the session cookie and the view state. */
    static final class ConsoleLogin {

        private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .connectTimeout(Duration.ofSeconds(5)).build();
        private final String url = ApiClient.baseUrl() + "/console/login.xhtml";

        HttpResponse<String> page() {
            return exchange(HttpRequest.newBuilder(URI.create(url)).GET());
        }

        HttpResponse<String> signIn(String username, String password) {
            Matcher viewState = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"")
                    .matcher(page().body());
            assertTrue(viewState.find(), "the login page has a view state");
            String form = Map.of("login", "login", "login:username", username, "login:password", password,
                            "login:sign-in", "", "jakarta.faces.ViewState", viewState.group(1)).entrySet().stream()
                    .map(f -> f.getKey() + "=" + URLEncoder.encode(f.getValue(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
            return exchange(HttpRequest.newBuilder(URI.create(url))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)));
        }

        private HttpResponse<String> exchange(HttpRequest.Builder request) {
            try {
                return http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private static Reply login(ApiClient client, String username, String password) {
        return client.post("/api/v1/auth/token",
                Json.createObjectBuilder().add("username", username).add("password", password).build());
    }

    /** A problem document with the status, naming the field among its errors when one is given. */
    static void assertProblem(Reply reply, int status, String field) {
        assertEquals(status, reply.status(), reply.body());
        assertTrue(reply.contentType().startsWith("application/problem+json"), reply.contentType() + " " + reply.body());
        JsonObject problem = reply.json();
        assertEquals(status, problem.getInt("status"), reply.body());
        assertFalse(reply.body().contains("Exception") || reply.body().contains("\tat "), reply.body());
        if (field != null) {
            assertTrue(problem.getJsonArray("errors").stream().map(JsonValue::asJsonObject)
                    .anyMatch(e -> e.getString("field").equals(field)), "names " + field + ": " + reply.body());
        }
    }

    private static long orderCount() {
        return shop.admin.get("/api/v1/orders?size=1").json().getJsonNumber("total").longValue();
    }

    private static int cardCount(long customerId) {
        return (int) count("select count(*) from payment_methods where customer_id = ?", customerId);
    }

    private static Map<String, Long> attempts(String username) {
        try (Connection db = Shop.database();
             PreparedStatement query = db.prepareStatement(
                     "select outcome, count(*) from login_attempts where username = ? group by outcome")) {
            query.setString(1, username);
            try (ResultSet rows = query.executeQuery()) {
                Map<String, Long> counts = new java.util.TreeMap<>();
                while (rows.next()) {
                    counts.put(rows.getString(1), rows.getLong(2));
                }
                return counts;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long count(String sql, long id) {
        try (Connection db = Shop.database(); PreparedStatement query = db.prepareStatement(sql)) {
            query.setLong(1, id);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
