/**
 * The Customer Communication agent: tells the customer by e-mail when an order is confirmed, cancelled, shipped,
 * delivered and refunded, and keeps the log of every message.
 *
 * <p>Owns {@code customer_messages}; writes its steps on the kernel's order timeline. Listens to
 * {@code OrderConfirmed}, {@code OrderCancelled}, {@code OrderShipped}, {@code OrderDelivered} and
 * {@code PaymentRefunded}, each of which carries the customer's e-mail and name as the order recorded them.
 * Publishes nothing. Does one thing on request: send a message of the log again, for which it asks
 * {@code CustomerFacts} for the customer's current address; asks {@link com.agora.order.boundary.OrderFacts} only
 * to check who may read an order's messages or send one again.
 */
package com.agora.customercommunication;
