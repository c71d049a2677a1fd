package com.agora.events;

/**
 * The order will not be fulfilled. Every agent that holds something for it gives it back: Inventory releases the
 * stock, Payment voids the authorization, Warehouse cancels open pick lists, Customer Communication tells the
 * customer why.
 */
public record OrderCancelled(long orderId, String orderNumber, long customerId, CustomerContact customer,
        Outcome outcome, String reason) {

    public enum Outcome {
        /** Cancelled by the customer, a merchant or an admin before shipment. */
        CANCELLED,
        /** Fraud Detection rejected the order, automatically or after review. */
        FRAUD_REJECTED,
        /** The payment was declined or the gateway did not answer in time. */
        PAYMENT_FAILED
    }
}
