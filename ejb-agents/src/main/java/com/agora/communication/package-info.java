/**
 * The Customer Communication agent: tells the customer by e-mail when an order is confirmed, cancelled, shipped,
 * delivered and refunded, and keeps the log of every message.
 *
 * <p>Owns {@code customer_messages}; writes its steps on the kernel's order timeline. Listens to
 * {@code OrderConfirmed}, {@code OrderCancelled}, {@code OrderShipped}, {@code OrderDelivered} and
 * {@code PaymentRefunded}. Publishes nothing. Asks {@code CustomerFacts} for the recipient, and
 * {@link com.agora.order.boundary.OrderFacts} only to check who may read an order's messages (an API query).
 */
package com.agora.communication;
