/**
 * The Warehouse agent: turns a confirmed order into one pick list per warehouse, has it picked and packed (at once
 * in a robotic warehouse, by people through the API otherwise), hands each packed parcel to the carriers and records
 * when one takes it.
 *
 * <p>Owns {@code pick_lists} and {@code pick_list_lines}; reads {@code warehouses}. Listens to
 * {@code OrderConfirmed} (whose lines carry their unit weights), {@code OrderCancelled} and {@code ShipmentCreated}
 * (a carrier has the parcel: the pick list is shipped). Publishes {@code ParcelPacked}. Asks no agent. Gives
 * Transport Management {@link com.agora.warehouse.boundary.WarehouseFacts}.
 */
package com.agora.warehouse;
