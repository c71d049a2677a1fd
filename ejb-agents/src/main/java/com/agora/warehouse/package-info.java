/**
 * The Warehouse agent: turns a confirmed order into one pick list per warehouse, has it picked and packed (at once
 * in a robotic warehouse, by people through the API otherwise) and hands each packed parcel to the carriers.
 *
 * <p>Owns {@code pick_lists} and {@code pick_list_lines}; reads {@code warehouses}. Listens to
 * {@code OrderConfirmed} (whose lines carry their unit weights) and {@code OrderCancelled}. Publishes
 * {@code ParcelPacked}. Asks {@link com.agora.carrier.boundary.CarrierFacts} which parcels are already with a carrier
 * when an order is cancelled. Gives Transport Management {@link com.agora.warehouse.boundary.WarehouseFacts}.
 */
package com.agora.warehouse;
