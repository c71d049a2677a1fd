package com.agora.customercommunication.control;

import com.agora.events.OrderCancelled;
import com.agora.events.OrderConfirmed;
import com.agora.events.OrderDelivered;
import com.agora.events.OrderShipped;
import com.agora.events.PaymentRefunded;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** What the customer is told at each step of an order: the events of the flow turned into filled-in templates. */
public final class CustomerMails {

    private final MailTemplates templates;
    /** A day as the customer reads it: the shop's day, as on the invoice. */
    private final DateTimeFormatter day;

    public CustomerMails(MailTemplates templates, ZoneId shopZone) {
        this.templates = templates;
        this.day = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH).withZone(shopZone);
    }

    public RenderedMail confirmed(String customerName, OrderConfirmed order) {
        String items = order.parcels().stream().flatMap(p -> p.lines().stream())
                .map(l -> "  " + l.quantity() + " x " + l.name() + " (" + l.sku() + ")")
                .collect(Collectors.joining("\n"));
        int parcels = order.parcels().size();
        return templates.render(MailTemplate.ORDER_CONFIRMED, Map.of("customerName", customerName,
                "orderNumber", order.orderNumber(), "items", items, "total", money(order.total()),
                "currency", order.currency(),
                "parcels", parcels > 1 ? "\nIt ships in " + parcels + " parcels from different warehouses.\n" : ""));
    }

    public RenderedMail cancelled(String customerName, OrderCancelled cancelled) {
        MailTemplate template = MailTemplate.forCancellation(cancelled.outcome());
        String reason = cancelled.reason() == null || cancelled.reason().isBlank()
                ? defaultReason(cancelled.outcome()) : cancelled.reason().strip();
        Map<String, String> fields = template == MailTemplate.FRAUD_REJECTED
                ? Map.of("customerName", customerName, "orderNumber", cancelled.orderNumber())
                : Map.of("customerName", customerName, "orderNumber", cancelled.orderNumber(), "reason", reason);
        return templates.render(template, fields);
    }

    public RenderedMail shipped(String customerName, OrderShipped shipped) {
        String links = shipped.shipments().stream()
                .map(s -> "  " + s.carrierCode().toUpperCase(Locale.ROOT) + " " + s.trackingNumber()
                        + (s.trackingUrl() == null || s.trackingUrl().isBlank() ? "" : ": " + s.trackingUrl()))
                .collect(Collectors.joining("\n"));
        int parcels = shipped.shipments().size();
        return templates.render(MailTemplate.ORDER_SHIPPED, Map.of("customerName", customerName,
                "orderNumber", shipped.orderNumber(), "parcels", parcels > 1 ? " in " + parcels + " parcels" : "",
                "trackingLinks", links));
    }

    public RenderedMail delivered(String customerName, OrderDelivered delivered) {
        return templates.render(MailTemplate.ORDER_DELIVERED, Map.of("customerName", customerName,
                "orderNumber", delivered.orderNumber(), "deliveredOn", day.format(delivered.deliveredAt())));
    }

    public RenderedMail refunded(String customerName, PaymentRefunded refund) {
        String state = refund.fullyRefunded() ? "Your order is now refunded in full."
                : "So far " + money(refund.refundedInTotal()) + " " + refund.currency()
                + " of this order has been refunded.";
        return templates.render(MailTemplate.PAYMENT_REFUNDED, Map.of("customerName", customerName,
                "orderNumber", refund.orderNumber(), "amount", money(refund.amount()), "currency", refund.currency(),
                "refundState", state));
    }

    /** The customer hears of every step once per order, whatever repeats the step's event... */
    public static final String ONCE_PER_ORDER = "order";

    /** ...except refunds, which recur: one message per refund transaction. */
    public static String referenceOf(PaymentRefunded refund) {
        return "refund-" + refund.transactionId();
    }

    /**
     * Names one message of an order for good (its Message-ID): the order, the template and the reference, as in
     * the message log's key.
     */
    public static String occasionOf(long orderId, String template, String reference) {
        return "order-" + orderId + "." + template + "." + reference;
    }

    /**
     * A message sent again on request, as its attempt number: a new occasion, so no mail system drops it as a
     * repeat of the first.
     */
    public static String resendOf(long orderId, String template, String reference, int attempt) {
        return occasionOf(orderId, template, reference) + ".resent-" + attempt;
    }

    private static String defaultReason(OrderCancelled.Outcome outcome) {
        return switch (outcome) {
            case PAYMENT_FAILED -> "the payment was declined";
            case FRAUD_REJECTED -> "it did not pass our security checks";
            case CANCELLED -> "at your or the merchant's request";
        };
    }

    private static String money(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }
}
