package com.agora.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.agora.it.ApiClient.Reply;
import jakarta.json.Json;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/**
 * Orders as the order saga leaves them once the carrier has delivered, written straight to the database as test
 * data for what happens after delivery (returns). Each has one line of a fresh merchant1 product with five units on
 * hand in each of the first two warehouses.
 */
final class DeliveredOrders {

    private static final BigDecimal TAX_RATE = new BigDecimal("0.08");

    @FunctionalInterface
    interface Database {
        Connection connect() throws SQLException;
    }

    record Purchase(long orderId, String orderNumber, long lineId, long variantId) {
    }

    private final ApiClient merchant;
    private final Database database;
    private final List<Long> warehouses;

    /** @param merchant1 merchant1's client, which creates and stocks the products */
    DeliveredOrders(ApiClient merchant1, Database database) {
        this.merchant = merchant1;
        this.database = database;
        this.warehouses = merchant1.get("/api/v1/inventory/warehouses").array().stream()
                .map(w -> w.asJsonObject().getJsonNumber("id").longValue()).toList();
    }

    long warehouse(int index) {
        return warehouses.get(index);
    }

    /**
     * @param deliveredAt when the order arrived, or null for an order still on its way
     * @param parcels {warehouseId, units} the line shipped from
     */
    Purchase arrange(String customer, BigDecimal unitPrice, int quantity, Instant deliveredAt, List<long[]> parcels)
            throws SQLException {
        return arrange(customer, unitPrice, quantity, deliveredAt, parcels, true);
    }

    /** @param paid whether the order's total was authorized and captured, as a shipped order's is */
    Purchase arrange(String customer, BigDecimal unitPrice, int quantity, Instant deliveredAt, List<long[]> parcels,
            boolean paid) throws SQLException {
        long[] product = product(unitPrice);
        BigDecimal subtotal = unitPrice.multiply(BigDecimal.valueOf(quantity));
        BigDecimal tax = subtotal.multiply(TAX_RATE).setScale(2, RoundingMode.HALF_UP);
        String number = "AG-IT-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        try (Connection db = database.connect()) {
            // With the customer, merchant and address recorded as the Order agent records them at placement.
            long orderId = insert(db, "insert into orders (order_number, customer_id, merchant_id, status,"
                    + " payment_status, fulfillment_status, subtotal, tax, shipping_cost, total, shipped_at,"
                    + " delivered_at, shipping_address_id, billing_address_id, customer_email, customer_name,"
                    + " customer_since, merchant_name, ship_to, bill_to) select ?, c.id, m.id, ?, 'paid',"
                    + " 'fulfilled', ?, ?, 0, ?, ?, ?, a.id, a.id, u.email, coalesce(nullif(trim(concat_ws(' ',"
                    + " u.first_name, u.last_name)), ''), u.email), u.created_at, m.business_name, a.printed,"
                    + " a.printed from customers c join users u on u.id = c.user_id"
                    + " join lateral (select a.id, printed_address(a) as printed from addresses a"
                    + " where a.customer_id = c.id"
                    + " order by is_default desc, id limit 1) a on true cross join (select m.id, m.business_name"
                    + " from merchants m join users mu on mu.id = m.user_id where mu.username = 'merchant1') m"
                    + " where u.username = ? returning id",
                    number, deliveredAt == null ? "shipped" : "delivered", subtotal, tax, subtotal.add(tax),
                    Timestamp.from(Instant.now().minus(40, ChronoUnit.DAYS)),
                    deliveredAt == null ? null : Timestamp.from(deliveredAt), customer);
            long lineId = insert(db, "insert into order_items (order_id, product_id, variant_id, sku, name, quantity,"
                    + " unit_price, total_price) values (?, ?, ?, 'IT-RMA', 'Returnable', ?, ?, ?) returning id",
                    orderId, product[0], product[1], quantity, unitPrice, subtotal);
            for (long[] parcel : parcels) {
                insert(db, "insert into order_allocations (order_id, variant_id, warehouse_id, warehouse_code,"
                        + " quantity) values (?, ?, ?, (select code from warehouses where id = ?), ?) returning id",
                        orderId, product[1], parcel[0], parcel[0], (int) parcel[1]);
            }
            if (paid) {
                // Charged as the Payment agent would have charged it, so refunds meet real money.
                long authorization = insert(db, "insert into transactions (order_id, order_number, merchant_id,"
                        + " customer_id, transaction_type, status, amount, gateway, gateway_transaction_id)"
                        + " select id, order_number, merchant_id, customer_id, 'authorization', 'success', total,"
                        + " 'test', 'arranged-auth-' || id from orders where id = ? returning id", orderId);
                insert(db, "insert into transactions (order_id, order_number, merchant_id, customer_id,"
                        + " parent_transaction_id, transaction_type, status, amount, gateway, gateway_transaction_id)"
                        + " select id, order_number, merchant_id, customer_id, ?, 'capture', 'success', total, 'test',"
                        + " 'arranged-capture-' || id from orders where id = ? returning id", authorization, orderId);
            }
            return new Purchase(orderId, number, lineId, product[1]);
        }
    }

    /** {productId, variantId} */
    private long[] product(BigDecimal price) {
        String sku = "RMA-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        Reply created = merchant.post("/api/v1/products", Json.createObjectBuilder()
                .add("sku", sku).add("name", "Returnable " + sku).add("price", price).add("status", "active").build());
        assertEquals(201, created.status(), created.body());
        long variantId = created.json().getJsonArray("variants").getJsonObject(0).getJsonNumber("id").longValue();
        for (int index = 0; index < 2; index++) {
            Reply stocked = merchant.post("/api/v1/inventory/adjustments", Json.createObjectBuilder()
                    .add("variantId", variantId).add("warehouseId", warehouse(index)).add("type", "restock")
                    .add("quantityChange", 5).add("reason", "returns test stock").build());
            assertEquals(201, stocked.status(), stocked.body());
        }
        return new long[] {created.json().getJsonNumber("id").longValue(), variantId};
    }

    private static long insert(Connection db, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet key = statement.executeQuery()) {
                key.next();
                return key.getLong(1);
            }
        }
    }
}
