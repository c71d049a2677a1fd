/**
 * The Order agent: places orders priced from the catalog, runs the order status machine
 * ({@link com.agora.order.control.OrderLifecycle}) as the other agents report back, and cancels with compensation.
 *
 * <p>Owns {@code orders}, {@code order_items}, {@code order_allocations} and {@code order_shipments}; writes its steps
 * on the kernel's order timeline. Listens to {@code StockReserved}, {@code StockUnavailable}, {@code FraudAssessed},
 * {@code PaymentAuthorized}, {@code PaymentFailed} (until confirmation, {@code OrderReactions}) and {@code
 * PaymentCaptured}, {@code PaymentVoided}, {@code PaymentRefunded}, {@code ShipmentCreated}, {@code ShipmentTracked},
 * {@code ReplacementRequested} (after, {@code OrderFulfilmentReactions}). Publishes {@code OrderPlaced}, {@code
 * FraudCheckRequested}, {@code PaymentRequested}, {@code OrderConfirmed}, {@code OrderShipped}, {@code OrderDelivered},
 * {@code OrderCancelled} and {@code ReplacementPlaced}. Asks, at placement only (an API command), {@link
 * com.agora.product.boundary.ProductFacts} for prices and unit weights, {@link com.agora.payment.boundary.PaymentFacts}
 * for the card, {@code CustomerFacts} for the customer's contact and addresses and {@code MerchantFacts} for the
 * seller's name; the order records them and its events carry them on, and a replacement is made from the original
 * order alone. Asks {@code CustomerFacts} also for the customers a search names. Gives Payment, Returns and the
 * consoles {@link com.agora.order.boundary.OrderFacts}.
 */
package com.agora.order;
