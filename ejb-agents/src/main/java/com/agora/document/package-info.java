/**
 * The Document Generation agent: a shipping label and a packing slip for every parcel when its shipment is created,
 * the invoice when the whole order has shipped, each made once and kept as issued.
 *
 * <p>Owns {@code documents}; writes its steps on the kernel's order timeline. Listens to {@code ShipmentCreated}
 * and {@code OrderShipped}. Publishes nothing. Asks {@link com.agora.order.boundary.OrderFacts} for the order's
 * lines, allocations and amounts, and {@code CustomerFacts} and {@code MerchantFacts} for addresses and names.
 */
package com.agora.document;
