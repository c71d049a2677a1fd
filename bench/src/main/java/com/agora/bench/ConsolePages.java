package com.agora.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * How long each console page takes to load when a person comes back to it: signs in as each user (the admin and
 * a merchant by default) in headless Chromium, the browser the console tests use, loads every page the user's
 * navigation offers twice and reports the second, warm load by the browser's own navigation timing
 * ({@code performance.getEntriesByType('navigation')}): time to the first byte, to DOMContentLoaded and to the end
 * of the load event, against the budget of 500 ms. Options: {@code --base-url}, {@code --users}
 * (user:password, comma separated), {@code --width}, {@code --height}, {@code --budget-ms}, {@code --report} (a
 * Markdown file to write), {@code --dry-run=true} (print the plan, open no browser).
 */
public final class ConsolePages {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Duration PATIENCE = Duration.ofSeconds(30);
    /** The pages of the console's navigation; "order" is the newest order the user's Orders list shows. */
    private static final List<String> EVERYONES = List.of("index", "products", "orders", "order", "payments",
            "shipments", "returns", "api");
    private static final List<String> ADMINS_TOO = List.of("agents", "fraud-review", "dead-letters", "messages");

    private ConsolePages() {
    }

    /** One warm load: milliseconds from the start of the navigation. */
    record Load(String user, String page, long firstByte, long domReady, long loaded) {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> o;
        try {
            o = Options.read(Map.of("base-url", "http://localhost:8080", "users",
                    "admin:admin123,merchant1:merchant123", "width", "1440", "height", "900", "budget-ms", "500",
                    "report", "", "dry-run", "false"), args);
        } catch (Options.UsageException e) {
            System.err.println(e.getMessage() == null ? "see the class comment of ConsolePages" : e.getMessage());
            System.exit(2);
            return;
        }
        String base = o.get("base-url").replaceAll("/+$", "") + "/console/";
        long budget = Long.parseLong(o.get("budget-ms"));
        List<Load> loads = new ArrayList<>();
        for (String credentials : o.get("users").split(",")) {
            String[] user = credentials.trim().split(":", 2);
            List<String> pages = pagesOf(user[0]);
            if (Boolean.parseBoolean(o.get("dry-run"))) {
                System.out.println(user[0] + ": " + String.join(", ", pages.stream().map(p -> base + p
                        + (p.equals("order") ? ".xhtml?id=(the newest on Orders)" : ".xhtml")).toList()));
                continue;
            }
            WebDriver browser = open(Integer.parseInt(o.get("width")), Integer.parseInt(o.get("height")));
            try {
                signIn(browser, base, user);
                for (String page : pages) {
                    String address = page.equals("order") ? newestOrder(browser, base) : base + page + ".xhtml";
                    if (address == null) {
                        continue;
                    }
                    load(browser, address);
                    loads.add(timing(load(browser, address), user[0], page));
                }
            } finally {
                browser.quit();
            }
        }
        if (loads.isEmpty()) {
            return;
        }
        String md = report(loads, budget, o.get("base-url"));
        System.out.print(md);
        if (!o.get("report").isBlank()) {
            Files.writeString(Path.of(o.get("report")), md, StandardCharsets.UTF_8);
        }
    }

    /** The pages a user's navigation offers: admins see the platform's operations pages as well. */
    static List<String> pagesOf(String username) {
        List<String> pages = new ArrayList<>(EVERYONES);
        if (username.equals("admin")) {
            pages.addAll(ADMINS_TOO);
        }
        return pages;
    }

    static String report(List<Load> loads, long budget, String baseUrl) {
        StringBuilder md = new StringBuilder("# Console pages, warm load\n\n")
                .append("Second load of each page in headless Chromium against ").append(baseUrl)
                .append(", by the browser's navigation timing (ms from the start of the navigation). Budget: ")
                .append(budget).append(" ms to the end of the load event.\n\n")
                .append("| user | page | first byte | DOMContentLoaded | loaded | within ").append(budget)
                .append(" ms |\n|---|---|---:|---:|---:|---|\n");
        for (Load l : loads) {
            md.append("| ").append(l.user()).append(" | ").append(l.page()).append(" | ").append(l.firstByte())
                    .append(" | ").append(l.domReady()).append(" | ").append(l.loaded()).append(" | ")
                    .append(l.loaded() <= budget ? "yes" : "**no**").append(" |\n");
        }
        long over = loads.stream().filter(l -> l.loaded() > budget).count();
        md.append("\n").append(over == 0 ? "Every page within budget." : over + " of " + loads.size()
                + " pages over budget.").append("\n");
        return md.toString();
    }

    private static WebDriver open(int width, int height) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=" + width + "," + height);
        // An explicit driver keeps Selenium Manager from ever looking for (or downloading) one.
        return new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build(), options);
    }

    private static void signIn(WebDriver browser, String base, String[] user) {
        browser.get(base + "login.xhtml");
        WebDriverWait wait = new WebDriverWait(browser, PATIENCE);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login:username"))).sendKeys(user[0]);
        browser.findElement(By.id("login:password")).sendKeys(user[1]);
        browser.findElement(By.id("login:sign-in")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("signed-in-user")));
    }

    /** The address of the first order on the user's Orders page, or null when it lists none. */
    private static String newestOrder(WebDriver browser, String base) {
        load(browser, base + "orders.xhtml");
        return browser.findElements(By.cssSelector("a.order-link")).stream().findFirst()
                .map(link -> link.getAttribute("href")).orElse(null);
    }

    private static WebDriver load(WebDriver browser, String address) {
        browser.get(address);
        new WebDriverWait(browser, PATIENCE).until(driver -> (Boolean) ((JavascriptExecutor) driver).executeScript(
                "const n = performance.getEntriesByType('navigation')[0];"
                        + "return document.readyState === 'complete' && !!n && n.loadEventEnd > 0;"));
        return browser;
    }

    @SuppressWarnings("unchecked")
    private static Load timing(WebDriver browser, String user, String page) {
        Map<String, Number> n = (Map<String, Number>) ((JavascriptExecutor) browser).executeScript(
                "const n = performance.getEntriesByType('navigation')[0];"
                        + "return {firstByte: n.responseStart, domReady: n.domContentLoadedEventEnd,"
                        + " loaded: n.loadEventEnd};");
        return new Load(user, page, Math.round(n.get("firstByte").doubleValue()),
                Math.round(n.get("domReady").doubleValue()), Math.round(n.get("loaded").doubleValue()));
    }
}
