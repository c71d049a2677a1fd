/**
 * The Returns agent: return merchandise authorizations within the return window of delivery, decided by its
 * automatic rules or by the merchant, followed through receipt and inspection to a refund or a replacement and a
 * restock.
 *
 * <p>Owns {@code returns}. Listens to {@code PaymentRefunded}, {@code RefundFailed}, {@code StockRestocked} and
 * {@code ReplacementPlaced}. Publishes {@code RefundRequested}, {@code ReplacementRequested} and
 * {@code RestockRequested}. Asks {@link com.agora.order.boundary.OrderFacts} when a return is requested and when a
 * refund is requested (API commands, not events: the refund request carries the customer's contact on to the mail)
 * and for the orders a search of the returns list means.
 */
package com.agora.returns;
