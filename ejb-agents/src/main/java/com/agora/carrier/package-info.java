/**
 * The Carrier agent: buys a label for every packed parcel from the cheapest active carrier that keeps the promised
 * service level, and keeps each shipment's status as the carriers report it.
 *
 * <p>Owns {@code carriers}, {@code carrier_rates} and {@code shipments}. Listens to {@code ParcelPacked} (which
 * carries the merchant, the parcel's origin and its destination as the order recorded it) and
 * {@code ShipmentTracked}. Publishes {@code ShipmentCreated}, with the destination address and the parcel's contents
 * as packed, for the parcel's paperwork (and for the warehouse, which records the parcel shipped).
 * Asks {@link com.agora.order.boundary.OrderFacts}, for the
 * orders a search of the shipments list means; reads from the kernel's order timeline whether the order was
 * cancelled meanwhile. Gives Transport Management {@link com.agora.carrier.boundary.CarrierFacts}.
 */
package com.agora.carrier;
