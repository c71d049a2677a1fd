package com.agora.customercommunication.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.agora.events.CustomerContact;
import com.agora.events.OrderCancelled.Outcome;
import com.agora.events.OrderCancelled;
import com.agora.events.OrderConfirmed;
import com.agora.events.OrderDelivered;
import com.agora.events.OrderShipped;
import com.agora.events.PaymentRefunded;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CustomerMailsTest {

    private static final CustomerContact ADA = new CustomerContact("ada@example.com", "Ada Lovelace");
    private static final MailTemplates TEMPLATES = new MailTemplates();
    private final CustomerMails mails = new CustomerMails(TEMPLATES, ZoneOffset.UTC);

    @Test
    void confirmationListsTheItemsAndTheTotal() {
        OrderConfirmed confirmed = new OrderConfirmed(7, "AG-00000007", 1, 2, ADA, 3, null, "standard",
                new BigDecimal("45.6"), "USD", List.of(new OrderConfirmed.Parcel(1, "WH-EAST", List.of(
                        new OrderConfirmed.Line(11, 100, 1000, "MUG-01", "Stoneware mug", 2,
                                new BigDecimal("0.350")))),
                        new OrderConfirmed.Parcel(2, "WH-WEST", List.of(
                                new OrderConfirmed.Line(12, 101, 1001, "TEA-7", "Green tea", 1, null)))));

        RenderedMail mail = mails.confirmed("Ada Lovelace", confirmed);

        assertEquals(MailTemplate.ORDER_CONFIRMED, mail.template());
        assertEquals("Your Agora order AG-00000007 is confirmed", mail.subject());
        assertTrue(mail.body().startsWith("Hello Ada Lovelace,"), mail.body());
        assertTrue(mail.body().contains("  2 x Stoneware mug (MUG-01)\n  1 x Green tea (TEA-7)"), mail.body());
        assertTrue(mail.body().contains("Total: 45.60 USD"), mail.body());
        assertTrue(mail.body().contains("ships in 2 parcels"), mail.body());
        assertFalse(mail.body().contains("{{"), mail.body());
    }

    @Test
    void eachCancellationOutcomeHasItsOwnText() {
        RenderedMail declined = mails.cancelled("Ada", new OrderCancelled(7, "AG-7", 2, ADA, Outcome.PAYMENT_FAILED,
                "card declined"));
        RenderedMail fraud = mails.cancelled("Ada", new OrderCancelled(7, "AG-7", 2, ADA, Outcome.FRAUD_REJECTED,
                "risk score 91"));
        RenderedMail cancelled = mails.cancelled("Ada", new OrderCancelled(7, "AG-7", 2, ADA, Outcome.CANCELLED, null));

        assertEquals(MailTemplate.PAYMENT_FAILED, declined.template());
        assertEquals("We could not take payment for order AG-7", declined.subject());
        assertTrue(declined.body().contains("for your order AG-7: card declined."), declined.body());
        assertEquals(MailTemplate.FRAUD_REJECTED, fraud.template());
        assertFalse(fraud.body().contains("risk score"), "the customer is not told how fraud is scored");
        assertEquals(MailTemplate.ORDER_CANCELLED, cancelled.template());
        assertTrue(cancelled.body().contains("(at your or the merchant's request)"), cancelled.body());
    }

    @Test
    void shipmentMailLinksEveryParcelsTracking() {
        OrderShipped shipped = new OrderShipped(7, "AG-7", 1, null, 2, ADA, null, Instant.parse("2026-11-20T09:00:00Z"),
                List.of(new OrderShipped.Line("MUG-01", "Mug", 1, new BigDecimal("10.00"), new BigDecimal("10.00"))),
                new BigDecimal("10.00"), BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, new BigDecimal("10.00"),
                "USD", List.of(
                new OrderShipped.Shipment(1, "ups", "1Z999", "https://ups.example/track?n=1Z999"),
                new OrderShipped.Shipment(2, "dhl", "JD0001", null)));

        RenderedMail mail = mails.shipped("Ada", shipped);

        assertEquals("Your order AG-7 is on its way", mail.subject());
        assertTrue(mail.body().contains("has shipped in 2 parcels."), mail.body());
        assertTrue(mail.body().contains("  UPS 1Z999: https://ups.example/track?n=1Z999\n  DHL JD0001\n"), mail.body());
    }

    @Test
    void theDeliveryDayIsTheShopsDay() {
        // 23:30 UTC on 30 November is already 1 December in Paris.
        CustomerMails parisShop = new CustomerMails(TEMPLATES, ZoneId.of("Europe/Paris"));

        RenderedMail delivered = parisShop.delivered("Ada", new OrderDelivered(7, "AG-7", 2, ADA,
                Instant.parse("2026-11-30T23:30:00Z")));

        assertTrue(delivered.body().contains("was delivered on 1 December 2026."), delivered.body());
    }

    @Test
    void deliveryAndRefundMails() {
        RenderedMail delivered = mails.delivered("Ada", new OrderDelivered(7, "AG-7", 2, ADA,
                Instant.parse("2026-11-25T10:15:30Z")));
        RenderedMail partial = mails.refunded("Ada", new PaymentRefunded(7, "AG-7", 11, ADA, "EUR", 3L, 99,
                new BigDecimal("5"), new BigDecimal("15.5"), false));
        RenderedMail full = mails.refunded("Ada", new PaymentRefunded(7, "AG-7", 11, ADA, "EUR", null, 100,
                new BigDecimal("20.00"), new BigDecimal("20.00"), true));

        assertTrue(delivered.body().contains("was delivered on 25 November 2026."), delivered.body());
        assertEquals("Refund of 5.00 EUR for order AG-7", partial.subject());
        assertTrue(partial.body().contains("So far 15.50 EUR of this order has been refunded."), partial.body());
        assertTrue(full.body().contains("refunded in full"), full.body());
        assertEquals("refund-99", CustomerMails.referenceOf(new PaymentRefunded(7, "AG-7", 11, ADA, "EUR", null, 99,
                BigDecimal.ONE, BigDecimal.ONE, true)));
    }

    @Test
    void aMissingOrAnUnknownFieldIsAnErrorNotAGapInTheMail() {
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
                () -> TEMPLATES.render(MailTemplate.ORDER_DELIVERED, Map.of("customerName", "Ada",
                        "orderNumber", "AG-7")));
        assertTrue(missing.getMessage().contains("deliveredOn"), missing.getMessage());
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> TEMPLATES.render(MailTemplate.FRAUD_REJECTED, Map.of("customerName", "Ada",
                        "orderNumber", "AG-7", "score", "91")));
        assertTrue(unknown.getMessage().contains("score"), unknown.getMessage());
    }

    @Test
    void fieldValuesAreTakenLiterally() {
        RenderedMail mail = mails.cancelled("Ada $1 {{x}}", new OrderCancelled(7, "AG-7", 2, ADA, Outcome.CANCELLED,
                "price $2 \\ too high"));

        assertTrue(mail.body().startsWith("Hello Ada $1 {{x}},"), mail.body());
        assertTrue(mail.body().contains("(price $2 \\ too high)"), mail.body());
    }

    @Test
    void aLoggedMessageFindsItsTemplateAgainByTheCodeStoredWithIt() {
        for (MailTemplate template : MailTemplate.values()) {
            assertEquals(template, MailTemplate.ofCode(template.code()));
        }
        assertThrows(IllegalArgumentException.class, () -> MailTemplate.ofCode("order_confirmed"));
    }
}
