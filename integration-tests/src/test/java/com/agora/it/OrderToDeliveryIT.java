package com.agora.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.agora.it.Shop.Order;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.Comparator;
import java.math.BigDecimal;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * One scenario per path an order can take, end to end in the real server: the agents talk over real JMS, keep their
 * books in real PostgreSQL, send mail to a real SMTP server in this JVM and write real PDFs. Each scenario asserts
 * the end state on every ledger: stock, money, statuses, timeline, e-mail and documents.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OrderToDeliveryIT {

    @Deployment(testable = false)
    static EnterpriseArchive platform() {
        return Deployments.platform();
    }

    static Shop shop;

    @BeforeAll
    static void open() {
        shop = Shop.open();
    }

    @Test
    void happyPathFromPlacementToDelivery() {
        Shop.Stocked shirt = shop.stock(new BigDecimal("40.00"), 5, 0);
        Shop.Customer customer = shop.customer(11);

        Order order = shop.place(customer, customer.approvingCard(), shirt, 2);
        order.awaitStatus("confirmed");
        assertEquals(List.of(5, 2), shop.onHandAndReserved(shirt), "two of the five units on hand are held");
        shop.awaitMail(customer, order.number() + " is confirmed");

        order.pickAndPackEverything();
        JsonObject shipped = order.awaitStatus("shipped");
        assertEquals("paid", order.awaitPaymentStatus("paid").getString("paymentStatus"));
        assertEquals(List.of(3, 0), shop.onHandAndReserved(shirt), "the units left: a sale, nothing held");
        JsonObject money = order.payments();
        assertMoney(money, order.total(), order.total(), BigDecimal.ZERO);
        assertEquals(List.of("authorization success", "capture success"), transactions(money), "charged once");

        String tracking = shipped.getJsonArray("shipments").getJsonObject(0).getString("trackingNumber");
        String invoice = order.documentText("invoice");
        assertTrue(invoice.contains(order.number()) && invoice.contains(order.total().toPlainString()), invoice);
        assertEquals(tracking, order.labelBarcode(tracking));
        String shipmentMail = shop.awaitMail(customer, order.number() + " is on its way");
        assertTrue(shipmentMail.contains(tracking), shipmentMail);

        order.track(tracking, "in_transit");
        order.awaitTimeline("ShipmentInTransit");
        order.track(tracking, "delivered");
        JsonObject delivered = order.awaitStatus("delivered");
        assertTrue(delivered.containsKey("deliveredAt") && !delivered.isNull("deliveredAt"), delivered.toString());
        shop.awaitMail(customer, order.number() + " has been delivered");
        order.assertTimelineContains("OrderPlaced", "StockReserved", "FraudCleared", "PaymentAuthorized",
                "ParcelPacked", "ShipmentCreated", "OrderShipped", "StockConsumed", "PaymentCaptured",
                "DocumentGenerated", "CustomerNotified", "ShipmentDelivered", "OrderDelivered");
        assertEquals(409, order.trackReply(tracking, "in_transit").status(), "nothing moves after delivery");
    }

    @Test
    void anOrderSplitAcrossTwoWarehousesShipsInTwoParcels() {
        Shop.Stocked mug = shop.stock(new BigDecimal("15.00"), 3, 4);
        Shop.Customer customer = shop.customer(12);

        Order order = shop.place(customer, customer.approvingCard(), mug, 6);
        order.awaitStatus("confirmed");
        assertEquals(2, order.awaitPickLists().size(), "one pick list per warehouse");

        order.pickAndPackEverything();
        JsonObject shipped = order.awaitStatus("shipped");
        assertEquals(2, shipped.getJsonArray("shipments").size(), shipped.toString());
        assertEquals(List.of(1, 0), shop.onHandAndReserved(mug));
        order.awaitDocuments("shipping_label", 2);
        order.awaitDocuments("packing_slip", 2);
        order.awaitPaymentStatus("paid");
        assertMoney(order.payments(), order.total(), order.total(), BigDecimal.ZERO);
    }

    @Test
    void aFraudReviewThatIsApprovedGoesOnToPayment() {
        Shop.Customer customer = shop.customer(13);
        Shop.Stocked watch = shop.stock(shop.reviewAmount(), 2, 0);

        Order order = shop.place(customer, customer.approvingCard(), watch, 1);
        order.awaitStatus("under_review");
        assertEquals(List.of(2, 1), shop.onHandAndReserved(watch), "stock stays held during the review");

        shop.decideReview(order, true, "called the customer, all fine");
        order.awaitStatus("confirmed");
        order.assertTimelineContains("FraudReviewRequired", "FraudCleared", "PaymentAuthorized");
        assertMoney(order.payments(), order.total(), BigDecimal.ZERO, BigDecimal.ZERO);
    }

    @Test
    void aFraudReviewThatIsRejectedReleasesTheStockAndChargesNothing() {
        Shop.Customer customer = shop.customer(14);
        Shop.Stocked watch = shop.stock(shop.reviewAmount(), 2, 0);

        Order order = shop.place(customer, customer.approvingCard(), watch, 1);
        order.awaitStatus("under_review");
        shop.decideReview(order, false, "card reported stolen");

        order.awaitStatus("rejected");
        order.awaitTimeline("StockReleased");
        assertEquals(List.of(2, 0), shop.onHandAndReserved(watch));
        assertEquals(404, order.paymentsReply().status(), "Payment never saw the order");
        shop.awaitMail(customer, order.number() + " could not be accepted");
    }

    @Test
    void aDeclinedPaymentReleasesTheStockAndTellsTheCustomer() {
        Shop.Stocked lamp = shop.stock(new BigDecimal("30.00"), 4, 0);
        Shop.Customer customer = shop.customer(15);

        Order order = shop.place(customer, customer.card("4000000000000002"), lamp, 1);

        JsonObject failed = order.awaitStatus("payment_failed");
        assertEquals("failed", failed.getString("paymentStatus"));
        order.awaitTimeline("StockReleased");
        assertEquals(List.of(4, 0), shop.onHandAndReserved(lamp));
        JsonObject money = order.payments();
        assertMoney(money, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);
        assertEquals(List.of("authorization failed"), transactions(money));
        shop.awaitMail(customer, "could not take payment for order " + order.number());
    }

    @Test
    void aPaymentGatewayTimeoutEndsLikeADecline() {
        Shop.Stocked lamp = shop.stock(new BigDecimal("30.00"), 4, 0);
        Shop.Customer customer = shop.customer(16);

        Order order = shop.place(customer, customer.card("4000000000000259"), lamp, 1);

        order.awaitStatus("payment_failed");
        order.awaitTimeline("PaymentTimedOut");
        order.awaitTimeline("StockReleased");
        assertEquals(List.of(4, 0), shop.onHandAndReserved(lamp));
        assertMoney(order.payments(), BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);
    }

    @Test
    void cancellingAfterAuthorizationVoidsThePaymentAndReleasesTheStock() {
        Shop.Stocked chair = shop.stock(new BigDecimal("80.00"), 3, 0);
        Shop.Customer customer = shop.customer(17);

        Order order = shop.place(customer, customer.approvingCard(), chair, 2);
        order.awaitStatus("confirmed");
        assertEquals(1, order.awaitPickLists().size());

        assertEquals(200, order.cancel("changed my mind").status());
        order.awaitPaymentStatus("voided");
        order.awaitTimeline("StockReleased");
        assertEquals(List.of(3, 0), shop.onHandAndReserved(chair));
        JsonObject money = order.payments();
        assertMoney(money, order.total(), BigDecimal.ZERO, BigDecimal.ZERO);
        assertEquals(List.of("authorization success", "void success"), transactions(money),
                "the authorization was released, nothing was charged");
        Eventually.untilTrue(() -> order.pickLists().stream().allMatch(p -> p.getString("status").equals("cancelled")),
                Shop.AGENTS_TIMEOUT, "the pick lists cancelled: " + order.pickLists());
    }

    @Test
    void aReturnThatPassesInspectionIsRefundedAndRestocked() {
        Shop.Stocked kettle = shop.stock(new BigDecimal("50.00"), 4, 0);
        Shop.Customer customer = shop.customer(18);
        Order order = shop.deliver(customer, kettle, 2);

        JsonObject rma = order.requestReturn(1, "damaged");
        rma = shop.awaitReturnStatus(rma, "approved");
        shop.receiveReturn(rma);
        shop.inspectReturn(rma, true);

        JsonObject refunded = order.awaitPaymentStatus("partially_refunded");
        BigDecimal refund = new BigDecimal("54.00");
        assertMoney(order.payments(), order.total(), order.total(), refund);
        order.awaitTimeline("StockRestocked");
        String restocked = order.current().getJsonArray("timeline").stream().map(JsonValue::asJsonObject)
                .filter(step -> step.getString("eventType").equals("StockRestocked"))
                .map(step -> step.getString("detail")).findFirst().orElseThrow();
        assertTrue(restocked.startsWith("1 unit(s) of " + rma.getString("returnNumber") + " back on hand in "),
                "the restock names the return and the warehouse, not their ids: " + restocked);
        assertEquals(List.of(3, 0), shop.onHandAndReserved(kettle), "one of the two units is back on the shelf");
        shop.awaitMail(customer, "for order " + order.number());
        assertFalse(refunded.getString("status").isEmpty());
    }

    @Test
    void aReturnThatFailsInspectionIsRefundedButNotRestocked() {
        Shop.Stocked kettle = shop.stock(new BigDecimal("50.00"), 4, 0);
        Shop.Customer customer = shop.customer(19);
        Order order = shop.deliver(customer, kettle, 1);

        JsonObject rma = order.requestReturn(1, "defective");
        rma = shop.awaitReturnStatus(rma, "approved");
        shop.receiveReturn(rma);
        shop.inspectReturn(rma, false);

        order.awaitPaymentStatus("partially_refunded");
        assertMoney(order.payments(), order.total(), order.total(), order.total().subtract(BigDecimal.TEN));
        assertEquals(List.of(3, 0), shop.onHandAndReserved(kettle), "a failed unit does not go back on the shelf");
        order.assertTimelineLacks("StockRestocked");
    }

    /** Each attempt on the order's money as "type status", oldest first. */
    private static List<String> transactions(JsonObject payments) {
        return payments.getJsonArray("transactions").stream().map(JsonValue::asJsonObject)
                .sorted(Comparator.comparing(t -> t.getJsonNumber("id").longValue()))
                .map(t -> t.getString("type") + " " + t.getString("status")).toList();
    }

    private static void assertMoney(JsonObject payments, BigDecimal authorized, BigDecimal captured,
            BigDecimal refunded) {
        assertEquals(0, authorized.compareTo(payments.getJsonNumber("authorized").bigDecimalValue()), payments.toString());
        assertEquals(0, captured.compareTo(payments.getJsonNumber("captured").bigDecimalValue()), payments.toString());
        assertEquals(0, refunded.compareTo(payments.getJsonNumber("refunded").bigDecimalValue()), payments.toString());
    }
}
