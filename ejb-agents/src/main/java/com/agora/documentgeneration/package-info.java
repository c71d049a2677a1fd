/**
 * The Document Generation agent: a shipping label and a packing slip for every parcel when its shipment is created,
 * the invoice when the whole order has shipped, each made once and kept as issued.
 *
 * <p>Owns {@code documents}; writes its steps on the kernel's order timeline. Listens to {@code ShipmentCreated}
 * (which carries the parcel's order, destination and contents) and {@code OrderShipped} (which carries the order as
 * charged, with the seller's name and the billing address). Publishes nothing. Asks
 * {@link com.agora.order.boundary.OrderFacts} only to check who may list an order's documents (an API query).
 */
package com.agora.documentgeneration;
