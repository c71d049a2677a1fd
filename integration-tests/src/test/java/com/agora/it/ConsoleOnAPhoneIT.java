package com.agora.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
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
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The console on a phone, 390 × 844 px: the navigation waits behind the menu button, the lists stack their cells so
 * they can be read without scrolling sideways, and an order can be found and opened with the thumb alone.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@EnabledIf(value = "chromiumIsInstalled", disabledReason = "needs Debian's chromium at /usr/bin/chromium")
class ConsoleOnAPhoneIT {

    @Deployment(testable = false)
    static EnterpriseArchive platform() {
        return Deployments.platform();
    }

    static boolean chromiumIsInstalled() {
        return ConsoleBrowser.chromiumIsInstalled();
    }

    private ConsoleBrowser phone;

    @BeforeEach
    void pickUpThePhone() throws IOException {
        phone = ConsoleBrowser.open(390, 844);
    }

    @AfterEach
    void putThePhoneAway() throws IOException {
        if (phone != null) {
            phone.close();
        }
    }

    @Test
    void aMerchantOpensTheMenuGoesToOrdersAndReadsAnOrdersNumberStatusAndCustomer() throws SQLException {
        Shop shop = Shop.open();
        Shop.Customer customer = shop.customer(27);
        Shop.Order order = shop.place(customer, customer.approvingCard(), shop.stock(new BigDecimal("8.00"), 2, 0), 1);
        order.awaitStatus("confirmed");
        phone.signIn("merchant1", "merchant123");
        assertTrue(sidebarRightEdge() <= 0, "the navigation waits off screen until it is asked for");

        phone.click(phone.driver.findElement(By.id("menu-toggle")));
        phone.click(phone.wait.until(ExpectedConditions.elementToBeClickable(By.id("nav-orders"))));
        WebElement search = phone.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("orders:search")));
        assertEquals(0, phone.sidewaysOverflow(), "the orders list scrolls sideways");
        phone.click(search);
        search.sendKeys(order.number());
        // As a person waits for the list to narrow: the newest order is on the unfiltered list too, and the search
        // redraws the table only 400 ms after the last key.
        WebElement link = new WebDriverWait(phone.driver, ConsoleBrowser.PATIENCE)
                .ignoring(StaleElementReferenceException.class).until(driver -> {
            List<WebElement> links = driver.findElements(By.cssSelector("[id='orders:table_data'] a.order-link"));
            boolean narrowed = !links.isEmpty() && links.stream().allMatch(l -> l.getText().equals(order.number()));
            return narrowed && (Boolean) ((JavascriptExecutor) driver).executeScript(
                    "return PrimeFaces.ajax.Queue.isEmpty()") ? links.get(0) : null;
        });
        phone.click(link);

        String status = phone.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("order-status")))
                .getText();
        assertEquals("Order " + order.number(), phone.driver.findElement(By.cssSelector(".topbar h1")).getText());
        // The test domain's warehouse picks by hand, so a confirmed order stays confirmed while the test reads it.
        assertEquals(List.of(status), row("select status from orders where id = ?", order.id()));
        assertEquals(row("select concat_ws(' ', u.first_name, u.last_name) from customers c join users u"
                + " on u.id = c.user_id where c.id = ?", customer.id).get(0),
                phone.driver.findElement(By.id("order-customer")).getText());
        assertTrue(phone.driver.findElement(By.id("order-customer")).isDisplayed());
        assertEquals(0, phone.sidewaysOverflow(), "the order page scrolls sideways");
    }

    @Test
    void noPageOfTheAdministratorScrollsSideways() throws SQLException {
        phone.signIn("admin", "admin123");
        String newestOrder = row("select max(id) from orders").get(0);

        List<String> tooWide = new ArrayList<>();
        for (String page : List.of("index.xhtml", "agents.xhtml", "products.xhtml", "orders.xhtml",
                "order.xhtml?id=" + newestOrder, "payments.xhtml", "fraud-review.xhtml", "shipments.xhtml",
                "returns.xhtml", "dead-letters.xhtml", "messages.xhtml", "api.xhtml", "no-such-page.xhtml")) {
            phone.driver.get(ConsoleBrowser.console(page));
            phone.wait.until(driver -> "complete".equals(((JavascriptExecutor) driver)
                    .executeScript("return document.readyState")));
            long overflow = phone.sidewaysOverflow();
            if (overflow > 0) {
                tooWide.add(page + " by " + overflow + " px");
            }
        }
        assertEquals(List.of(), tooWide);
    }

    /** How far right the sidebar reaches: at or below 0 it is entirely off screen. */
    private double sidebarRightEdge() {
        return ((Number) ((JavascriptExecutor) phone.driver).executeScript(
                "return document.querySelector('.sidebar').getBoundingClientRect().right;")).doubleValue();
    }

    /** The one row a query finds, its columns as text. */
    private static List<String> row(String sql, Object... parameters) throws SQLException {
        try (Connection db = Shop.database(); PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet found = statement.executeQuery()) {
                found.next();
                List<String> columns = new ArrayList<>();
                for (int column = 1; column <= found.getMetaData().getColumnCount(); column++) {
                    columns.add(found.getString(column));
                }
                return columns;
            }
        }
    }
}
