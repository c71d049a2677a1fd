/**
 * The Payment agent: stores customers' cards as gateway tokens and moves an order's money through the payment
 * gateway: authorize after fraud screening, capture on shipment, void or refund on cancellation, refund on request.
 *
 * <p>Owns {@code payment_methods} and {@code transactions} (one row per gateway attempt). Listens to
 * {@code PaymentRequested}, {@code OrderShipped}, {@code OrderCancelled} and {@code RefundRequested}. Publishes
 * {@code PaymentAuthorized}, {@code PaymentFailed}, {@code PaymentCaptured}, {@code PaymentVoided},
 * {@code PaymentRefunded} (with the order's number, customer, the contact the refund request carried, and currency),
 * {@code RefundFailed} and {@code RefundRequested}. Asks {@code CustomerFacts} when a card is stored for someone
 * else, and for the customers a search of the payments list names, and {@link com.agora.order.boundary.OrderFacts}
 * for the customer's contact when an admin refunds (an API command). Gives the Order agent
 * {@link com.agora.payment.boundary.PaymentFacts}.
 */
package com.agora.payment;
