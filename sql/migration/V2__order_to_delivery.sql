-- Version 2: the order runs from placement to delivery through the agents (issue 3). This file holds the
-- Order agent's part; the other agents of the flow add their own tables in V3 to V6.

-- The full order status machine: stock held, fraud review, payment failure.
alter table orders drop constraint orders_status_check;
alter table orders add constraint orders_status_check check (status in
    ('pending', 'reserved', 'under_review', 'confirmed', 'processing', 'shipped', 'delivered',
     'rejected', 'payment_failed', 'cancelled', 'refunded'));

alter table orders
    -- The customer's stored payment method the order is charged to (owned by the Payment agent).
    add column payment_method_id bigint,
    -- Where the order was placed from, for velocity checks by Fraud Detection.
    add column client_ip         varchar(45),
    add column service_level     varchar(20) not null default 'standard',
    add constraint orders_service_level_check check (service_level in ('standard', 'express', 'overnight'));

-- The Order agent's copy of where its stock is held: one parcel per warehouse.
create table order_allocations (
    id             bigserial primary key,
    order_id       bigint      not null references orders (id) on delete cascade,
    variant_id     bigint      not null,
    warehouse_id   bigint      not null,
    warehouse_code varchar(20) not null,
    quantity       integer     not null,
    constraint order_allocations_quantity_check check (quantity > 0)
);
create index order_allocations_order_id_idx on order_allocations (order_id);

-- The Order agent's view of its parcels' shipments (the Carrier agent owns the shipments themselves): the order
-- has shipped when every warehouse's parcel has one, and is delivered when all of them are.
create table order_shipments (
    id              bigserial primary key,
    order_id        bigint       not null references orders (id) on delete cascade,
    shipment_id     bigint       not null,
    warehouse_id    bigint       not null,
    carrier_code    varchar(20)  not null,
    tracking_number varchar(100) not null,
    tracking_url    varchar(500),
    status          varchar(20)  not null default 'created',
    delivered_at    timestamptz,
    constraint order_shipments_shipment_key unique (shipment_id),
    constraint order_shipments_order_warehouse_key unique (order_id, warehouse_id),
    constraint order_shipments_status_check check (status in ('created', 'in_transit', 'delivered', 'exception'))
);
