/**
 * The Transport Management agent: gathers shipments into one pickup per carrier, warehouse and day, and takes the
 * carriers' tracking reports.
 *
 * <p>Owns {@code pickups}, {@code pickup_shipments} and {@code tracking_events}. Listens to
 * {@code ShipmentCreated}. Publishes {@code ShipmentTracked}. Asks {@link com.agora.carrier.boundary.CarrierFacts}
 * and {@link com.agora.warehouse.boundary.WarehouseFacts} for its API pages and to find a tracking number's
 * shipment (API commands, not events).
 */
package com.agora.transportmanagement;
