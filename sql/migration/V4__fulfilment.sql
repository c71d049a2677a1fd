-- Version 4: fulfilment (issue 3). The Warehouse agent turns a confirmed order into pick lists, the Carrier agent
-- rate-shops and creates shipments, the Transport Management agent groups them into daily pickups and records
-- the carriers' tracking updates.

-- ---------------------------------------------------------------------------------------------------
-- Warehouse: one pick list per parcel, that is per order and warehouse
-- ---------------------------------------------------------------------------------------------------
create table pick_lists (
    id             bigserial primary key,
    order_id       bigint        not null references orders (id) on delete cascade,
    order_number   varchar(32)   not null,
    merchant_id    bigint        not null,
    warehouse_id   bigint        not null references warehouses (id),
    shipping_address_id bigint   not null,
    service_level  varchar(20)   not null,
    status         varchar(20)   not null default 'open',
    units          integer       not null,
    weight_kg      numeric(10, 3) not null,
    picked_by      varchar(100),
    packed_by      varchar(100),
    created_at     timestamptz   not null default now(),
    picked_at      timestamptz,
    packed_at      timestamptz,
    cancelled_at   timestamptz,
    updated_at     timestamptz   not null default now(),
    -- A replayed OrderConfirmed finds the pick list it made the first time.
    constraint pick_lists_order_warehouse_key unique (order_id, warehouse_id),
    constraint pick_lists_status_check check (status in ('open', 'picked', 'packed', 'cancelled')),
    constraint pick_lists_service_level_check check (service_level in ('standard', 'express', 'overnight')),
    constraint pick_lists_units_check check (units > 0),
    constraint pick_lists_weight_check check (weight_kg >= 0)
);
create index pick_lists_warehouse_created_idx on pick_lists (warehouse_id, created_at);
create index pick_lists_merchant_id_idx on pick_lists (merchant_id);
create trigger pick_lists_set_updated_at before update on pick_lists
    for each row execute function set_updated_at();

create table pick_list_lines (
    id            bigserial primary key,
    pick_list_id  bigint        not null references pick_lists (id) on delete cascade,
    order_line_id bigint        not null,
    product_id    bigint        not null,
    variant_id    bigint        not null,
    sku           varchar(100)  not null,
    name          varchar(255)  not null,
    quantity      integer       not null,
    unit_weight_kg numeric(10, 3) not null,
    constraint pick_list_lines_quantity_check check (quantity > 0)
);
create index pick_list_lines_pick_list_id_idx on pick_list_lines (pick_list_id);

-- ---------------------------------------------------------------------------------------------------
-- Carrier: the carriers themselves are reference data now (a platform without carriers cannot ship), so
-- their rate tables can be inserted right here. The demo data inserts the same rows with "on conflict do
-- nothing" and is a no-op for them.
-- ---------------------------------------------------------------------------------------------------
insert into carriers (name, code, tracking_url_template, api_endpoint, supported_services, created_at)
values ('UPS', 'UPS', 'https://www.ups.com/track?tracknum={tracking_number}', 'https://onlinetools.ups.com/api',
        '["ground", "3_day_select", "2nd_day_air", "next_day_air"]', now()),
       ('FedEx', 'FEDEX', 'https://www.fedex.com/fedextrack/?trknbr={tracking_number}', 'https://apis.fedex.com',
        '["ground", "home_delivery", "express_saver", "2day", "priority_overnight"]', now()),
       ('USPS', 'USPS', 'https://tools.usps.com/go/TrackConfirmAction?tLabels={tracking_number}',
        'https://apis.usps.com', '["ground_advantage", "priority_mail", "priority_mail_express"]', now())
on conflict (code) do nothing;

-- One price per carrier, service level, zone and weight bracket: a parcel pays the row of the smallest
-- bracket that holds its weight. Zone 1 is within a state, 2 within a country, 3 abroad.
create table carrier_rates (
    id            bigserial primary key,
    carrier_id    bigint        not null references carriers (id) on delete cascade,
    service_level varchar(20)   not null,
    zone          integer       not null,
    max_weight_kg numeric(10, 3) not null,
    price         numeric(12, 2) not null,
    transit_days  integer       not null,
    created_at    timestamptz   not null default now(),
    constraint carrier_rates_bracket_key unique (carrier_id, service_level, zone, max_weight_kg),
    constraint carrier_rates_service_level_check check (service_level in ('standard', 'express', 'overnight')),
    constraint carrier_rates_zone_check check (zone between 1 and 3),
    constraint carrier_rates_weight_check check (max_weight_kg > 0),
    constraint carrier_rates_price_check check (price >= 0),
    constraint carrier_rates_transit_check check (transit_days > 0)
);

-- The tariffs are shaped so that no carrier is cheapest everywhere: USPS for light parcels (it stops at 30 kg),
-- UPS for heavy standard parcels, FedEx for heavy express and overnight ones.
insert into carrier_rates (carrier_id, service_level, zone, max_weight_kg, price, transit_days)
select c.id, s.level, z.zone, b.max_kg,
       round((t.base + t.per_zone * (z.zone - 1) + t.per_kg * b.max_kg) * s.factor * t.level_factor[s.ord], 2),
       s.transit[z.zone]
from carriers c
join (values ('UPS',   6.50, 2.50, 0.90, array[1.00, 1.00, 1.00]),
             ('FEDEX', 7.20, 2.20, 0.80, array[1.10, 0.90, 0.92]),
             ('USPS',  4.90, 1.80, 1.10, array[0.95, 1.05, 1.10])) t(code, base, per_zone, per_kg, level_factor)
  on t.code = c.code
cross join (values ('standard', 1, 1.00, array[2, 4, 8]),
                   ('express', 2, 1.80, array[1, 2, 4]),
                   ('overnight', 3, 3.20, array[1, 1, 2])) s(level, ord, factor, transit)
cross join (values (1), (2), (3)) z(zone)
cross join (values (1.0), (5.0), (20.0), (30.0), (70.0)) b(max_kg)
where not (c.code = 'USPS' and b.max_kg > 30)
on conflict (carrier_id, service_level, zone, max_weight_kg) do nothing;

-- A shipment is one parcel: one pick list of one warehouse, and it knows its merchant for isolation.
alter table shipments
    add column pick_list_id  bigint,
    add column warehouse_id  bigint references warehouses (id),
    add column merchant_id   bigint,
    add column carrier_code  varchar(20),
    add column tracking_url  varchar(500),
    add column zone          integer,
    -- When the carrier last reported: a report older than that arrived late and must not undo a newer one.
    add column tracked_at    timestamptz,
    add constraint shipments_pick_list_id_key unique (pick_list_id);
create index shipments_merchant_id_idx on shipments (merchant_id);
-- "exception" is a carrier's report that something went wrong on the way (damaged label, nobody home); the
-- parcel usually still arrives, so it is not "failed".
alter table shipments drop constraint shipments_status_check;
alter table shipments add constraint shipments_status_check
    check (status in ('pending', 'in_transit', 'exception', 'delivered', 'failed', 'returned'));

-- Tracking numbers come from a sequence: unique without a retry loop, whatever the concurrency.
create sequence tracking_number_seq start with 100000001;

-- ---------------------------------------------------------------------------------------------------
-- Transport Management: daily pickups per carrier and warehouse, and the tracking history
-- ---------------------------------------------------------------------------------------------------
create table pickups (
    id           bigserial primary key,
    carrier_id   bigint       not null references carriers (id),
    warehouse_id bigint       not null references warehouses (id),
    pickup_date  date         not null,
    status       varchar(20)  not null default 'scheduled',
    collected_at timestamptz,
    collected_by varchar(100),
    created_at   timestamptz  not null default now(),
    updated_at   timestamptz  not null default now(),
    constraint pickups_carrier_warehouse_date_key unique (carrier_id, warehouse_id, pickup_date),
    constraint pickups_status_check check (status in ('scheduled', 'collected'))
);
create index pickups_date_idx on pickups (pickup_date);
create trigger pickups_set_updated_at before update on pickups
    for each row execute function set_updated_at();

create table pickup_shipments (
    id          bigserial primary key,
    pickup_id   bigint      not null references pickups (id) on delete cascade,
    shipment_id bigint      not null references shipments (id) on delete cascade,
    created_at  timestamptz not null default now(),
    constraint pickup_shipments_shipment_key unique (shipment_id)
);
create index pickup_shipments_pickup_id_idx on pickup_shipments (pickup_id);

create table tracking_events (
    id              bigserial primary key,
    shipment_id     bigint       not null references shipments (id) on delete cascade,
    tracking_number varchar(100) not null,
    status          varchar(20)  not null,
    location        varchar(255),
    detail          varchar(1000),
    reported_by     varchar(100),
    occurred_at     timestamptz  not null,
    received_at     timestamptz  not null default now(),
    constraint tracking_events_status_check check (status in ('in_transit', 'delivered', 'exception'))
);
create index tracking_events_shipment_id_idx on tracking_events (shipment_id, occurred_at);
-- A parcel is delivered once: a second "delivered" for the same shipment is refused even under concurrency.
create unique index tracking_events_delivered_key on tracking_events (shipment_id) where status = 'delivered';
