-- Each agent owns its tables; the rows written for every order name other agents' rows by id only.
--
-- A foreign key is checked on every insert by a query into the referenced table that also locks the referenced row
-- (FOR KEY SHARE). The rows written for every order referenced rows of other agents that every order shares: the
-- merchant, the customer and their addresses, the ordered variants and products, the warehouses and carriers.
-- Under load, concurrent orders took share locks on the same few rows, and a profile of PostgreSQL at 16 clients put
-- the foreign-key checks (these and the keys within agents) at 5-6% of its CPU. The agents check what they reference
-- before they write (the Order agent prices the variants through the Product agent's Facts and takes the addresses
-- from the Customer agent's), and no agent deletes the rows these keys protected. An order keeps its own copy of
-- both addresses (V10), so losing "on delete set null" of its address ids loses nothing it shows. The keys within
-- one agent's tables stay.
alter table orders drop constraint orders_customer_id_fkey;
alter table orders drop constraint orders_merchant_id_fkey;
alter table orders drop constraint orders_shipping_address_id_fkey;
alter table orders drop constraint orders_billing_address_id_fkey;
alter table order_items drop constraint order_items_product_id_fkey;
alter table order_items drop constraint order_items_variant_fkey;
alter table pick_lists drop constraint pick_lists_order_id_fkey;
alter table shipments drop constraint shipments_order_id_fkey;
alter table shipments drop constraint shipments_warehouse_id_fkey;
alter table transactions drop constraint transactions_order_id_fkey;
alter table pickups drop constraint pickups_carrier_id_fkey;
alter table pickups drop constraint pickups_warehouse_id_fkey;
alter table pickup_shipments drop constraint pickup_shipments_shipment_id_fkey;
