/**
 * The Inventory agent: stock per variant and warehouse, all-or-nothing reservations for orders, adjustments with
 * their audit trail, and low-stock alerts.
 *
 * <p>Owns {@code inventory}, {@code stock_reservations}, {@code inventory_adjustments} and {@code warehouses}, and
 * raises low-stock rows on {@code alerts}. Listens to {@code OrderPlaced}, {@code OrderCancelled},
 * {@code OrderShipped} and {@code RestockRequested}. Publishes {@code StockReserved}, {@code StockUnavailable} and
 * {@code StockRestocked}. Asks no agent; its lists and adjustments still join the catalog's product tables for
 * names and merchants.
 */
package com.agora.inventory;
