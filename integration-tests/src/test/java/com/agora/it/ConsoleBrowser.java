package com.agora.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Chromium window of a given size on the console, used as a person uses it: it clicks only what is drawn
 * inside the window and not covered, signs in through the login form, and keeps the files the console offers for
 * download where a test reads them back.
 */
final class ConsoleBrowser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Duration PATIENCE = Duration.ofSeconds(30);
    /** How long an element may take to slide or fade into place before a click on it counts as blind. */
    private static final Duration SETTLING = Duration.ofSeconds(2);

    final Path profile;
    final WebDriver driver;
    final WebDriverWait wait;

    private ConsoleBrowser(Path profile, WebDriver driver) {
        this.profile = profile;
        this.driver = driver;
        this.wait = new WebDriverWait(driver, PATIENCE);
    }

    static boolean chromiumIsInstalled() {
        return Files.isExecutable(CHROMIUM);
    }

    static ConsoleBrowser open(int width, int height) throws IOException {
        Path profile = Files.createTempDirectory("agora-console-it");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=" + width + "," + height, "--user-data-dir=" + profile);
        options.setExperimentalOption("prefs", Map.of("download.default_directory",
                profile.resolve("downloads").toString(), "download.prompt_for_download", false));
        // An explicit driver keeps Selenium Manager from ever looking for (or downloading) one.
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        return new ConsoleBrowser(profile, new ChromeDriver(service, options));
    }

    @Override
    public void close() throws IOException {
        driver.quit();
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }

    static String console(String page) {
        return ApiClient.baseUrl() + "/console/" + page;
    }

    void logIn(String username, String password) {
        driver.get(console("login.xhtml"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login:username"))).sendKeys(username);
        driver.findElement(By.id("login:password")).sendKeys(password);
        click(driver.findElement(By.id("login:sign-in")));
    }

    /** Signs in with the right password and waits for the first page, the overview, to be there. */
    void signIn(String username, String password) {
        logIn(username, password);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("orders-count")));
    }

    /** Opens a PrimeFaces drop-down, picks the item the selector finds, and waits until the list has closed. */
    void choose(String menuId, String itemSelector) {
        click(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(menuId))));
        WebElement item = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(
                "[id='" + menuId + "_items'] " + itemSelector)));
        String wanted = item.getAttribute("data-label");
        click(item);
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id(menuId + "_panel")));
        String shown = driver.findElement(By.id(menuId + "_label")).getText();
        assertEquals(wanted, shown, () -> "chose '" + wanted + "' in " + menuId + " but it shows '" + shown + "'");
    }

    /** The file the console offered for download, once the browser has finished writing it. */
    Path downloaded(String fileName) {
        Path file = profile.resolve("downloads").resolve(fileName);
        Eventually.untilTrue(() -> Files.isRegularFile(file) && !Files.exists(
                file.resolveSibling(fileName + ".crdownload")), PATIENCE, "the download of " + fileName);
        return file;
    }

    /** How far the page reaches beyond the window's right edge, in CSS pixels: 0 when nothing scrolls sideways. */
    long sidewaysOverflow() {
        return ((Number) ((JavascriptExecutor) driver).executeScript(
                "return Math.max(0, document.scrollingElement.scrollWidth - window.innerWidth);")).longValue();
    }

    /**
     * Clicks as a person would: only what is drawn inside the window and not covered by anything else. The page
     * may be scrolled up or down first, as a person scrolls; an element beside the window, clipped by its table or
     * hidden under a dialog fails the test, even though WebDriver itself would still click it.
     */
    void click(WebElement element) {
        JavascriptExecutor page = (JavascriptExecutor) driver;
        // A menu or dialog may still be sliding in, or a drop-down list scrolling itself to its selected item: what
        // a person sees once it has settled is what counts, so the element must be in view, clickable and in the
        // same place on two looks 100 ms apart; clicking mid-slide lands on whatever has moved under the pointer
        // (in a drop-down list, the neighbouring item).
        Instant settled = Instant.now().plus(SETTLING);
        bringIntoView(page, element);
        Object place = placeOf(page, element);
        Object problem = "has not been looked at twice";
        while (problem != null && Instant.now().isBefore(settled)) {
            sleep(Duration.ofMillis(100));
            bringIntoView(page, element);
            Object now = placeOf(page, element);
            problem = now.equals(place) ? obstruction(page, element) : "is still moving";
            place = now;
        }
        Object reason = problem;
        assertNull(reason, () -> "A person cannot click " + describe(element) + ": it " + reason);
        element.click();
    }

    /**
     * Up or down only, in a drop-down list and in the window, as a person scrolls; never sideways, which would hide a
     * table too wide for the window. Nothing moves when the element is already in view.
     */
    private static void bringIntoView(JavascriptExecutor page, WebElement element) {
        page.executeScript("const e = arguments[0];"
                + "for (let box = e.parentElement; box; box = box.parentElement) {"
                + " if (/(auto|scroll)/.test(getComputedStyle(box).overflowY) && box.scrollHeight > box.clientHeight) {"
                + "  const outer = box.getBoundingClientRect(), inner = e.getBoundingClientRect();"
                + "  if (inner.top < outer.top || inner.bottom > outer.bottom)"
                + "   box.scrollTop += inner.top - outer.top - (box.clientHeight - inner.height) / 2; } }"
                + "const r = e.getBoundingClientRect();"
                + "if (r.top < 0 || r.bottom > window.innerHeight)"
                + " window.scrollBy(0, r.top - window.innerHeight / 2 + r.height / 2);", element);
    }

    private static Object placeOf(JavascriptExecutor page, WebElement element) {
        return page.executeScript("const r = arguments[0].getBoundingClientRect();"
                + "return [r.left, r.top, r.width, r.height].join(' ');", element);
    }

    /** Why a person could not click the element where it is now, or null if they could. */
    private static Object obstruction(JavascriptExecutor page, WebElement element) {
        return page.executeScript("const e = arguments[0], r = e.getBoundingClientRect();"
                + "const width = document.documentElement.clientWidth, height = document.documentElement.clientHeight;"
                + "if (r.width === 0 || r.height === 0) return 'is not drawn';"
                + "if (r.left < 0 || r.top < 0 || r.right > width || r.bottom > height)"
                + " return 'lies outside the ' + width + ' x ' + height + ' window at ' + JSON.stringify(r);"
                + "const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);"
                + "if (!hit || !(hit === e || e.contains(hit)))"
                + " return 'is covered by ' + (hit ? hit.outerHTML.substring(0, 160) : 'nothing');"
                + "return null;", element);
    }

    static void sleep(Duration pause) {
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String describe(WebElement element) {
        String id = element.getAttribute("id");
        return element.getTagName() + (id == null || id.isEmpty() ? "" : "#" + id) + " '" + element.getText() + "'";
    }

    /**
     * The rows of a CSV file the console exported, each as its header's names to its fields. PrimeFaces writes every
     * field in double quotes, with quotes doubled inside, after a byte order mark that spreadsheets read as UTF-8.
     */
    static List<Map<String, String>> csvRows(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file).stream().filter(line -> !line.isBlank()).toList();
        List<String> header = csvFields(lines.get(0).replaceFirst("^\uFEFF", ""));
        List<Map<String, String>> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            List<String> fields = csvFields(line);
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                row.put(header.get(i), i < fields.size() ? fields.get(i) : "");
            }
            rows.add(row);
        }
        return rows;
    }

    private static List<String> csvFields(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"' && quoted && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                field.append('"');
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }
}
