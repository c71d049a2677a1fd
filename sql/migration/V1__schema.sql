-- Agora schema, version 1.
--
-- This file is the only source of DDL: EclipseLink is configured never to generate schema, so every
-- constraint the application relies on lives here. The data model follows the 24 tables of the Python
-- prototype, corrected where the prototype let inconsistent data in, plus the kernel tables used by the
-- messaging infrastructure (order timeline, reservations, de-duplication, dead letters, idempotency).
--
-- Conventions: bigserial "id" keys (EclipseLink uses IDENTITY), timestamptz everywhere, numeric(12,2)
-- for money, jsonb for free-form documents, lowercase string codes guarded by CHECK constraints so the
-- Java enums and the database agree on the same closed sets.

-- ---------------------------------------------------------------------------------------------------
-- Shared machinery
-- ---------------------------------------------------------------------------------------------------

-- One function for all tables, so "updated_at" cannot drift from reality no matter who writes the row
-- (JPA, native SQL, psql during an incident).
create function set_updated_at() returns trigger
    language plpgsql as
$$
begin
    new.updated_at := now();
    return new;
end;
$$;

-- Order and return numbers come from sequences: the prototype derived them from count(*) + 1, which
-- produced duplicates under concurrency and after deletes.
create sequence order_number_seq;
create sequence return_number_seq;

-- ---------------------------------------------------------------------------------------------------
-- Identity
-- ---------------------------------------------------------------------------------------------------

create table users (
    id            bigserial primary key,
    email         varchar(255) not null,
    username      varchar(100) not null,
    password_hash varchar(255) not null,
    role          varchar(20)  not null default 'customer',
    first_name    varchar(100),
    last_name     varchar(100),
    phone         varchar(50),
    is_active     boolean      not null default true,
    is_verified   boolean      not null default false,
    last_login    timestamptz,
    created_at    timestamptz  not null default now(),
    updated_at    timestamptz  not null default now(),
    constraint users_email_key unique (email),
    constraint users_username_key unique (username),
    constraint users_role_check check (role in ('admin', 'merchant', 'customer', 'integrator'))
);
create index users_role_idx on users (role);

-- ---------------------------------------------------------------------------------------------------
-- Merchants and catalogue
-- ---------------------------------------------------------------------------------------------------

create table merchants (
    id              bigserial primary key,
    user_id         bigint        not null references users (id) on delete cascade,
    business_name   varchar(255)  not null,
    business_type   varchar(100),
    tax_id          varchar(50),
    website         varchar(500),
    description     text,
    logo_url        varchar(500),
    rating          numeric(3, 2),
    total_sales     numeric(14, 2) not null default 0,
    total_orders    integer       not null default 0,
    commission_rate numeric(5, 2) not null default 10.00,
    status          varchar(20)   not null default 'active',
    created_at      timestamptz   not null default now(),
    updated_at      timestamptz   not null default now(),
    constraint merchants_user_id_key unique (user_id),
    constraint merchants_status_check check (status in ('active', 'suspended', 'pending')),
    constraint merchants_rating_check check (rating between 0 and 5),
    constraint merchants_totals_check check (total_sales >= 0 and total_orders >= 0),
    constraint merchants_commission_check check (commission_rate between 0 and 100)
);
create index merchants_status_idx on merchants (status);

create table categories (
    id          bigserial primary key,
    parent_id   bigint       references categories (id) on delete set null,
    name        varchar(150) not null,
    slug        varchar(180) not null,
    description text,
    image_url   varchar(500),
    is_active   boolean      not null default true,
    sort_order  integer      not null default 0,
    created_at  timestamptz  not null default now(),
    updated_at  timestamptz  not null default now(),
    constraint categories_slug_key unique (slug),
    constraint categories_not_own_parent check (parent_id is null or parent_id <> id)
);
create index categories_parent_id_idx on categories (parent_id);

create table products (
    id                bigserial primary key,
    -- Deleting a merchant must not silently erase products that order history points to.
    merchant_id       bigint        not null references merchants (id),
    category_id       bigint        references categories (id) on delete set null,
    sku               varchar(100)  not null,
    name              varchar(255)  not null,
    slug              varchar(300)  not null,
    description       text,
    short_description varchar(500),
    price             numeric(12, 2) not null,
    cost              numeric(12, 2),
    compare_at_price  numeric(12, 2),
    weight            numeric(10, 3),
    dimensions        jsonb,
    images            jsonb,
    status            varchar(20)   not null default 'draft',
    is_featured       boolean       not null default false,
    rating            numeric(3, 2),
    review_count      integer       not null default 0,
    view_count        integer       not null default 0,
    sales_count       integer       not null default 0,
    tags              jsonb,
    metadata          jsonb,
    version           bigint        not null default 0,
    created_at        timestamptz   not null default now(),
    updated_at        timestamptz   not null default now(),
    constraint products_sku_key unique (sku),
    constraint products_slug_key unique (slug),
    constraint products_status_check
        check (status in ('draft', 'active', 'inactive', 'out_of_stock', 'archived')),
    constraint products_price_check check (price >= 0),
    constraint products_cost_check check (cost >= 0),
    constraint products_compare_at_price_check check (compare_at_price >= 0),
    constraint products_weight_check check (weight >= 0),
    constraint products_rating_check check (rating between 0 and 5),
    constraint products_counters_check check (review_count >= 0 and view_count >= 0 and sales_count >= 0)
);
create index products_merchant_id_idx on products (merchant_id);
create index products_category_id_idx on products (category_id);
create index products_status_idx on products (status);
create index products_created_at_idx on products (created_at);
-- Catalogue search matches on lower(name) / sku prefixes; text_pattern_ops lets LIKE 'abc%' use the
-- index whatever the database collation is.
create index products_lower_name_idx on products (lower(name) text_pattern_ops);
create index products_lower_sku_idx on products (lower(sku) text_pattern_ops);

-- Every product is sold through at least one variant: stock and order lines always reference a variant,
-- and a variant with a null price inherits the product price.
create table product_variants (
    id               bigserial primary key,
    product_id       bigint        not null references products (id) on delete cascade,
    sku              varchar(100)  not null,
    name             varchar(255)  not null,
    price            numeric(12, 2),
    cost             numeric(12, 2),
    compare_at_price numeric(12, 2),
    weight           numeric(10, 3),
    image_url        varchar(500),
    attributes       jsonb,
    is_default       boolean       not null default false,
    created_at       timestamptz   not null default now(),
    updated_at       timestamptz   not null default now(),
    constraint product_variants_sku_key unique (sku),
    -- Target of the composite foreign keys below, which stop a row naming a variant of another product.
    constraint product_variants_id_product_key unique (id, product_id),
    constraint product_variants_price_check check (price >= 0),
    constraint product_variants_cost_check check (cost >= 0),
    constraint product_variants_compare_at_price_check check (compare_at_price >= 0),
    constraint product_variants_weight_check check (weight >= 0),
    -- Deferred to commit so that moving the default flag from one variant to another can be flushed
    -- in any statement order.
    constraint product_variants_one_default
        exclude using btree (product_id with =) where (is_default) deferrable initially deferred
);
create index product_variants_product_id_idx on product_variants (product_id);

-- ---------------------------------------------------------------------------------------------------
-- Warehouses and stock
-- ---------------------------------------------------------------------------------------------------

create table warehouses (
    id                  bigserial primary key,
    name                varchar(255) not null,
    code                varchar(20)  not null,
    address             varchar(500),
    city                varchar(100),
    state               varchar(100),
    country             varchar(100),
    postal_code         varchar(20),
    phone               varchar(50),
    email               varchar(255),
    manager_name        varchar(200),
    capacity            integer,
    current_utilization integer      not null default 0,
    is_active           boolean      not null default true,
    metadata            jsonb,
    created_at          timestamptz  not null default now(),
    updated_at          timestamptz  not null default now(),
    constraint warehouses_code_key unique (code),
    constraint warehouses_capacity_check check (capacity >= 0),
    constraint warehouses_utilization_check check (current_utilization >= 0)
);

create table inventory (
    id                 bigserial primary key,
    product_id         bigint      not null references products (id) on delete cascade,
    variant_id         bigint      not null,
    warehouse_id       bigint      not null references warehouses (id) on delete cascade,
    -- On hand: reserved units are still physically in the warehouse until the order ships.
    quantity           integer     not null default 0,
    reserved_quantity  integer     not null default 0,
    available_quantity integer generated always as (quantity - reserved_quantity) stored,
    reorder_point      integer     not null default 10,
    reorder_quantity   integer     not null default 50,
    last_restock_date  timestamptz,
    last_count_date    timestamptz,
    version            bigint      not null default 0,
    created_at         timestamptz not null default now(),
    updated_at         timestamptz not null default now(),
    constraint inventory_variant_fkey foreign key (variant_id, product_id)
        references product_variants (id, product_id) on delete cascade,
    constraint inventory_variant_warehouse_key unique (variant_id, warehouse_id),
    -- Target of the stock_reservations foreign key, which pins a reservation to the exact stock row.
    constraint inventory_id_variant_warehouse_key unique (id, variant_id, warehouse_id),
    constraint inventory_quantity_check check (quantity >= 0),
    constraint inventory_reserved_check check (reserved_quantity >= 0 and reserved_quantity <= quantity),
    constraint inventory_reorder_check check (reorder_point >= 0 and reorder_quantity >= 0)
);
create index inventory_product_id_idx on inventory (product_id);
create index inventory_warehouse_id_idx on inventory (warehouse_id);
-- Low-stock scans only ever look at the few rows at or below their reorder point.
create index inventory_low_stock_idx on inventory (warehouse_id) where available_quantity <= reorder_point;

create table inventory_adjustments (
    id              bigserial primary key,
    inventory_id    bigint       not null references inventory (id) on delete cascade,
    adjustment_type varchar(20)  not null,
    quantity_change integer      not null,
    reason          text         not null,
    reference_id    varchar(100),
    performed_by    bigint       references users (id) on delete set null,
    created_at      timestamptz  not null default now(),
    constraint inventory_adjustments_type_check
        check (adjustment_type in ('restock', 'sale', 'damage', 'return', 'correction')),
    constraint inventory_adjustments_change_check check (quantity_change <> 0)
);
create index inventory_adjustments_inventory_id_idx on inventory_adjustments (inventory_id);
create index inventory_adjustments_performed_by_idx on inventory_adjustments (performed_by);
create index inventory_adjustments_created_at_idx on inventory_adjustments (created_at);

-- ---------------------------------------------------------------------------------------------------
-- Customers
-- ---------------------------------------------------------------------------------------------------

create table customers (
    id                  bigserial primary key,
    user_id             bigint        not null references users (id) on delete cascade,
    customer_group      varchar(50)   not null default 'regular',
    total_orders        integer       not null default 0,
    total_spent         numeric(14, 2) not null default 0,
    average_order_value numeric(12, 2),
    lifetime_value      numeric(14, 2),
    last_order_date     timestamptz,
    notes               text,
    tags                jsonb,
    metadata            jsonb,
    created_at          timestamptz   not null default now(),
    updated_at          timestamptz   not null default now(),
    constraint customers_user_id_key unique (user_id),
    constraint customers_totals_check check (total_orders >= 0 and total_spent >= 0)
);
create index customers_customer_group_idx on customers (customer_group);

-- Keyed by customer rather than by user (as the prototype did): an address book belongs to the buyer
-- profile, and orders reference customers.
create table addresses (
    id            bigserial primary key,
    customer_id   bigint       not null references customers (id) on delete cascade,
    address_type  varchar(20)  not null default 'shipping',
    first_name    varchar(100),
    last_name     varchar(100),
    company       varchar(255),
    address_line1 varchar(255) not null,
    address_line2 varchar(255),
    city          varchar(100) not null,
    state         varchar(100),
    country       varchar(100) not null,
    postal_code   varchar(20)  not null,
    phone         varchar(50),
    is_default    boolean      not null default false,
    created_at    timestamptz  not null default now(),
    updated_at    timestamptz  not null default now(),
    constraint addresses_type_check check (address_type in ('shipping', 'billing', 'both'))
);
create index addresses_customer_id_idx on addresses (customer_id);

-- ---------------------------------------------------------------------------------------------------
-- Orders
-- ---------------------------------------------------------------------------------------------------

create table orders (
    id                  bigserial primary key,
    order_number        varchar(32)   not null,
    customer_id         bigint        not null references customers (id),
    merchant_id         bigint        not null references merchants (id),
    status              varchar(20)   not null default 'pending',
    payment_status      varchar(20)   not null default 'pending',
    fulfillment_status  varchar(20)   not null default 'unfulfilled',
    subtotal            numeric(12, 2) not null,
    tax                 numeric(12, 2) not null default 0,
    shipping_cost       numeric(12, 2) not null default 0,
    discount            numeric(12, 2) not null default 0,
    total               numeric(12, 2) not null,
    currency            char(3)       not null default 'USD',
    notes               text,
    customer_notes      text,
    cancel_reason       text,
    metadata            jsonb,
    -- An address book entry may be edited or removed later; the order keeps its totals and lines, and
    -- loses only the pointer.
    shipping_address_id bigint        references addresses (id) on delete set null,
    billing_address_id  bigint        references addresses (id) on delete set null,
    confirmed_at        timestamptz,
    shipped_at          timestamptz,
    delivered_at        timestamptz,
    cancelled_at        timestamptz,
    version             bigint        not null default 0,
    created_at          timestamptz   not null default now(),
    updated_at          timestamptz   not null default now(),
    constraint orders_order_number_key unique (order_number),
    constraint orders_status_check check (status in
        ('pending', 'confirmed', 'rejected', 'processing', 'shipped', 'delivered', 'cancelled', 'refunded')),
    constraint orders_payment_status_check check (payment_status in
        ('pending', 'authorized', 'paid', 'failed', 'voided', 'refunded', 'partially_refunded')),
    constraint orders_fulfillment_status_check check (fulfillment_status in
        ('unfulfilled', 'partially_fulfilled', 'fulfilled', 'returned')),
    constraint orders_amounts_check
        check (subtotal >= 0 and tax >= 0 and shipping_cost >= 0 and discount >= 0 and total >= 0),
    constraint orders_total_check check (total = subtotal + tax + shipping_cost - discount),
    constraint orders_currency_check check (currency ~ '^[A-Z]{3}$')
);
create index orders_merchant_created_idx on orders (merchant_id, created_at);
create index orders_customer_id_idx on orders (customer_id);
create index orders_status_idx on orders (status);
create index orders_created_at_idx on orders (created_at);
create index orders_shipping_address_id_idx on orders (shipping_address_id);
create index orders_billing_address_id_idx on orders (billing_address_id);

-- sku and name are snapshots taken at order time, so later catalogue edits do not rewrite history.
create table order_items (
    id          bigserial primary key,
    order_id    bigint        not null references orders (id) on delete cascade,
    product_id  bigint        not null references products (id),
    variant_id  bigint        not null,
    sku         varchar(100)  not null,
    name        varchar(255)  not null,
    quantity    integer       not null,
    unit_price  numeric(12, 2) not null,
    total_price numeric(12, 2) not null,
    tax         numeric(12, 2) not null default 0,
    discount    numeric(12, 2) not null default 0,
    metadata    jsonb,
    created_at  timestamptz   not null default now(),
    constraint order_items_variant_fkey foreign key (variant_id, product_id)
        references product_variants (id, product_id),
    constraint order_items_quantity_check check (quantity > 0),
    constraint order_items_amounts_check
        check (unit_price >= 0 and total_price >= 0 and tax >= 0 and discount >= 0)
);
create index order_items_order_id_idx on order_items (order_id);
create index order_items_product_id_idx on order_items (product_id);
create index order_items_variant_id_idx on order_items (variant_id);

-- ---------------------------------------------------------------------------------------------------
-- Shipping and returns
-- ---------------------------------------------------------------------------------------------------

create table carriers (
    id                    bigserial primary key,
    name                  varchar(100) not null,
    code                  varchar(20)  not null,
    -- Contains the literal token {tracking_number}, replaced when a tracking link is rendered.
    tracking_url_template varchar(500),
    api_endpoint          varchar(500),
    api_key_encrypted     text,
    is_active             boolean      not null default true,
    supported_services    jsonb,
    created_at            timestamptz  not null default now(),
    updated_at            timestamptz  not null default now(),
    constraint carriers_code_key unique (code)
);

create table shipments (
    id                      bigserial primary key,
    order_id                bigint        not null references orders (id) on delete cascade,
    carrier_id              bigint        references carriers (id) on delete set null,
    tracking_number         varchar(100),
    service_type            varchar(50),
    status                  varchar(20)   not null default 'pending',
    estimated_delivery_date timestamptz,
    actual_delivery_date    timestamptz,
    shipping_cost           numeric(12, 2),
    weight                  numeric(10, 3),
    dimensions              jsonb,
    from_address            jsonb,
    to_address              jsonb,
    created_at              timestamptz   not null default now(),
    updated_at              timestamptz   not null default now(),
    constraint shipments_tracking_number_key unique (tracking_number),
    constraint shipments_status_check
        check (status in ('pending', 'in_transit', 'delivered', 'failed', 'returned')),
    constraint shipments_cost_check check (shipping_cost >= 0),
    constraint shipments_weight_check check (weight >= 0)
);
create index shipments_order_id_idx on shipments (order_id);
create index shipments_carrier_id_idx on shipments (carrier_id);
create index shipments_status_idx on shipments (status);
create index shipments_created_at_idx on shipments (created_at);

create table returns (
    id            bigserial primary key,
    return_number varchar(32)   not null,
    order_id      bigint        not null references orders (id) on delete cascade,
    order_item_id bigint        references order_items (id) on delete set null,
    customer_id   bigint        not null references customers (id),
    reason        text          not null,
    quantity      integer       not null default 1,
    return_type   varchar(20)   not null default 'refund',
    status        varchar(20)   not null default 'pending',
    refund_amount numeric(12, 2),
    resolution    text,
    comments      text,
    admin_notes   text,
    approved_at   timestamptz,
    received_at   timestamptz,
    completed_at  timestamptz,
    created_at    timestamptz   not null default now(),
    updated_at    timestamptz   not null default now(),
    constraint returns_return_number_key unique (return_number),
    constraint returns_quantity_check check (quantity > 0),
    constraint returns_type_check check (return_type in ('refund', 'exchange', 'replacement')),
    constraint returns_status_check
        check (status in ('pending', 'approved', 'rejected', 'received', 'completed', 'cancelled')),
    constraint returns_refund_amount_check check (refund_amount >= 0)
);
create index returns_order_id_idx on returns (order_id);
create index returns_order_item_id_idx on returns (order_item_id);
create index returns_customer_id_idx on returns (customer_id);
create index returns_status_idx on returns (status);
create index returns_created_at_idx on returns (created_at);

-- ---------------------------------------------------------------------------------------------------
-- Payments
-- ---------------------------------------------------------------------------------------------------

create table payment_methods (
    id              bigserial primary key,
    customer_id     bigint       not null references customers (id) on delete cascade,
    type            varchar(20)  not null,
    provider        varchar(50),
    last_four       char(4),
    expiry_month    smallint,
    expiry_year     smallint,
    is_default      boolean      not null default false,
    token_encrypted text,
    created_at      timestamptz  not null default now(),
    updated_at      timestamptz  not null default now(),
    constraint payment_methods_type_check
        check (type in ('credit_card', 'debit_card', 'paypal', 'bank_transfer', 'wallet')),
    constraint payment_methods_last_four_check check (last_four ~ '^[0-9]{4}$'),
    constraint payment_methods_expiry_month_check check (expiry_month between 1 and 12),
    constraint payment_methods_expiry_year_check check (expiry_year between 2000 and 2100)
);
create index payment_methods_customer_id_idx on payment_methods (customer_id);

create table transactions (
    id                     bigserial primary key,
    order_id               bigint        not null references orders (id) on delete cascade,
    payment_method_id      bigint        references payment_methods (id) on delete set null,
    -- A capture, void or refund acts on an earlier authorization or charge; the link makes the money
    -- trail of an order reconstructible.
    parent_transaction_id  bigint        references transactions (id),
    transaction_type       varchar(20)   not null,
    status                 varchar(20)   not null default 'pending',
    amount                 numeric(12, 2) not null,
    currency               char(3)       not null default 'USD',
    gateway                varchar(50),
    gateway_transaction_id varchar(255),
    error_message          text,
    metadata               jsonb,
    created_at             timestamptz   not null default now(),
    updated_at             timestamptz   not null default now(),
    constraint transactions_type_check
        check (transaction_type in ('authorization', 'capture', 'void', 'refund', 'charge')),
    constraint transactions_status_check check (status in ('pending', 'success', 'failed', 'cancelled')),
    constraint transactions_amount_check check (amount >= 0),
    constraint transactions_currency_check check (currency ~ '^[A-Z]{3}$')
);
create index transactions_order_id_idx on transactions (order_id);
create index transactions_payment_method_id_idx on transactions (payment_method_id);
create index transactions_parent_transaction_id_idx on transactions (parent_transaction_id);
create index transactions_status_idx on transactions (status);
create index transactions_created_at_idx on transactions (created_at);
create index transactions_gateway_transaction_id_idx on transactions (gateway_transaction_id);

-- ---------------------------------------------------------------------------------------------------
-- Sales channels
-- ---------------------------------------------------------------------------------------------------

create table marketplace_channels (
    id                bigserial primary key,
    name              varchar(100) not null,
    code              varchar(50)  not null,
    type              varchar(20)  not null,
    api_endpoint      varchar(500),
    api_key_encrypted text,
    is_active         boolean      not null default true,
    sync_enabled      boolean      not null default false,
    last_sync_at      timestamptz,
    metadata          jsonb,
    created_at        timestamptz  not null default now(),
    updated_at        timestamptz  not null default now(),
    constraint marketplace_channels_code_key unique (code),
    constraint marketplace_channels_type_check check (type in ('marketplace', 'social', 'website', 'pos'))
);

create table product_channel_listings (
    id             bigserial primary key,
    product_id     bigint        not null references products (id) on delete cascade,
    channel_id     bigint        not null references marketplace_channels (id) on delete cascade,
    external_id    varchar(255),
    price          numeric(12, 2),
    quantity       integer,
    status         varchar(20)   not null default 'pending',
    last_synced_at timestamptz,
    created_at     timestamptz   not null default now(),
    updated_at     timestamptz   not null default now(),
    constraint product_channel_listings_product_channel_key unique (product_id, channel_id),
    constraint product_channel_listings_status_check
        check (status in ('pending', 'active', 'inactive', 'error')),
    constraint product_channel_listings_price_check check (price >= 0),
    constraint product_channel_listings_quantity_check check (quantity >= 0)
);
create index product_channel_listings_channel_id_idx on product_channel_listings (channel_id);
create index product_channel_listings_status_idx on product_channel_listings (status);

-- ---------------------------------------------------------------------------------------------------
-- Operations: metrics, alerts, configuration, workflows, audit
-- ---------------------------------------------------------------------------------------------------

-- Append-only time series: recorded_at is the only timestamp that matters.
create table agent_metrics (
    id           bigserial primary key,
    agent_id     varchar(50)    not null,
    metric_type  varchar(100)   not null,
    metric_value numeric(18, 4) not null,
    metadata     jsonb,
    recorded_at  timestamptz    not null default now()
);
create index agent_metrics_agent_type_recorded_idx on agent_metrics (agent_id, metric_type, recorded_at);
create index agent_metrics_recorded_at_idx on agent_metrics (recorded_at);

create table alerts (
    id               bigserial primary key,
    alert_type       varchar(50)  not null,
    severity         varchar(20)  not null default 'info',
    title            varchar(255) not null,
    message          text,
    source           varchar(50),
    subject_type     varchar(50),
    subject_id       bigint,
    status           varchar(20)  not null default 'active',
    acknowledged_by  bigint       references users (id) on delete set null,
    acknowledged_at  timestamptz,
    resolved_by      bigint       references users (id) on delete set null,
    resolved_at      timestamptz,
    resolution_notes text,
    created_at       timestamptz  not null default now(),
    updated_at       timestamptz  not null default now(),
    constraint alerts_severity_check check (severity in ('info', 'warning', 'error', 'critical')),
    constraint alerts_status_check check (status in ('active', 'acknowledged', 'resolved')),
    constraint alerts_subject_check check ((subject_type is null) = (subject_id is null))
);
create index alerts_status_idx on alerts (status);
create index alerts_severity_idx on alerts (severity);
create index alerts_source_idx on alerts (source);
create index alerts_created_at_idx on alerts (created_at);
create index alerts_acknowledged_by_idx on alerts (acknowledged_by);
create index alerts_resolved_by_idx on alerts (resolved_by);
-- Agents re-evaluate conditions repeatedly (e.g. every stock change); this makes "raise" idempotent so
-- a subject has at most one open alert of a kind, while resolved history is kept.
create unique index alerts_one_active_per_subject
    on alerts (alert_type, subject_type, subject_id) where status = 'active';

create table system_config (
    id           bigserial primary key,
    config_key   varchar(100) not null,
    config_value jsonb        not null,
    description  text,
    is_encrypted boolean      not null default false,
    updated_by   bigint       references users (id) on delete set null,
    created_at   timestamptz  not null default now(),
    updated_at   timestamptz  not null default now(),
    constraint system_config_config_key_key unique (config_key)
);
create index system_config_updated_by_idx on system_config (updated_by);

create table workflows (
    id               bigserial primary key,
    name             varchar(255) not null,
    description      text,
    trigger_type     varchar(50)  not null,
    trigger_config   jsonb,
    actions          jsonb        not null default '[]'::jsonb,
    is_active        boolean      not null default true,
    execution_count  integer      not null default 0,
    last_executed_at timestamptz,
    created_by       bigint       references users (id) on delete set null,
    created_at       timestamptz  not null default now(),
    updated_at       timestamptz  not null default now(),
    constraint workflows_name_key unique (name),
    constraint workflows_execution_count_check check (execution_count >= 0)
);
create index workflows_trigger_type_idx on workflows (trigger_type);
create index workflows_created_by_idx on workflows (created_by);

create table audit_log (
    id          bigserial primary key,
    user_id     bigint       references users (id) on delete set null,
    action      varchar(100) not null,
    entity_type varchar(50)  not null,
    entity_id   bigint,
    old_values  jsonb,
    new_values  jsonb,
    ip_address  varchar(45),
    user_agent  text,
    created_at  timestamptz  not null default now()
);
create index audit_log_user_id_idx on audit_log (user_id);
create index audit_log_entity_idx on audit_log (entity_type, entity_id);
create index audit_log_created_at_idx on audit_log (created_at);

-- ---------------------------------------------------------------------------------------------------
-- Kernel and agent tables
-- ---------------------------------------------------------------------------------------------------

-- The order timeline: one row per thing that happened to an order, written by whichever agent did it.
create table order_events (
    id          bigserial primary key,
    order_id    bigint      not null references orders (id) on delete cascade,
    agent       varchar(50) not null,
    event_type  varchar(80) not null,
    detail      text,
    occurred_at timestamptz not null default now()
);
create index order_events_order_occurred_idx on order_events (order_id, occurred_at);

-- Owned by the Inventory agent. order_id has no foreign key on purpose: agents do not share tables, and
-- the reservation may be written before (or without) the order row being visible to this agent.
create table stock_reservations (
    id           bigserial primary key,
    order_id     bigint      not null,
    inventory_id bigint      not null,
    variant_id   bigint      not null,
    warehouse_id bigint      not null,
    quantity     integer     not null,
    status       varchar(20) not null default 'reserved',
    created_at   timestamptz not null default now(),
    released_at  timestamptz,
    constraint stock_reservations_inventory_fkey foreign key (inventory_id, variant_id, warehouse_id)
        references inventory (id, variant_id, warehouse_id),
    constraint stock_reservations_quantity_check check (quantity > 0),
    constraint stock_reservations_status_check check (status in ('reserved', 'released', 'consumed'))
);
create index stock_reservations_order_id_idx on stock_reservations (order_id);
create index stock_reservations_inventory_id_idx on stock_reservations (inventory_id);

-- Consumer-side de-duplication for at-least-once delivery: a consumer records the event id in the same
-- transaction as its effects, so a redelivered message is recognised and skipped.
create table processed_messages (
    consumer     varchar(50) not null,
    event_id     uuid        not null,
    processed_at timestamptz not null default now(),
    primary key (consumer, event_id)
);
create index processed_messages_processed_at_idx on processed_messages (processed_at);

create table dead_letters (
    id          bigserial primary key,
    destination varchar(120) not null,
    consumer    varchar(50)  not null,
    event_id    uuid,
    event_type  varchar(80),
    payload     text         not null,
    reason      text         not null,
    attempts    integer      not null,
    status      varchar(20)  not null default 'parked',
    parked_at   timestamptz  not null default now(),
    resolved_at timestamptz,
    resolved_by varchar(100),
    constraint dead_letters_status_check check (status in ('parked', 'replayed', 'discarded')),
    constraint dead_letters_attempts_check check (attempts >= 0)
);
create index dead_letters_status_parked_idx on dead_letters (status, parked_at);

-- Lets API callers retry a create safely: the same key returns the resource created the first time,
-- and request_hash detects a key reused with a different body.
create table idempotency_keys (
    caller          varchar(100) not null,
    idempotency_key varchar(200) not null,
    request_hash    varchar(64)  not null,
    resource_type   varchar(50)  not null,
    resource_id     bigint       not null,
    created_at      timestamptz  not null default now(),
    primary key (caller, idempotency_key)
);
create index idempotency_keys_created_at_idx on idempotency_keys (created_at);

-- ---------------------------------------------------------------------------------------------------
-- updated_at triggers
-- ---------------------------------------------------------------------------------------------------

-- Installed by discovery rather than listed by hand, so a table created above with an updated_at column
-- cannot be forgotten.
do
$$
declare
    t record;
begin
    for t in
        select c.table_name
        from information_schema.columns c
        join information_schema.tables tb
          on tb.table_schema = c.table_schema and tb.table_name = c.table_name
        where c.table_schema = current_schema()
          and c.column_name = 'updated_at'
          and tb.table_type = 'BASE TABLE'
        order by c.table_name
    loop
        execute format(
            'create trigger %I before update on %I for each row execute function set_updated_at()',
            t.table_name || '_set_updated_at', t.table_name);
    end loop;
end;
$$;

-- ---------------------------------------------------------------------------------------------------
-- Views
-- ---------------------------------------------------------------------------------------------------

-- Stock per sellable unit and warehouse (the prototype's view was per product; stock is per variant).
create view product_inventory_view as
select p.id                                     as product_id,
       p.sku                                    as product_sku,
       p.name                                   as product_name,
       p.merchant_id,
       p.status                                 as product_status,
       v.id                                     as variant_id,
       v.sku                                    as variant_sku,
       v.name                                   as variant_name,
       w.id                                     as warehouse_id,
       w.code                                   as warehouse_code,
       w.name                                   as warehouse_name,
       i.id                                     as inventory_id,
       i.quantity,
       i.reserved_quantity,
       i.available_quantity,
       i.reorder_point,
       i.reorder_quantity,
       i.available_quantity <= i.reorder_point  as needs_reorder,
       i.last_restock_date,
       i.updated_at
from inventory i
join product_variants v on v.id = i.variant_id
join products p on p.id = i.product_id
join warehouses w on w.id = i.warehouse_id;

create view order_summary_view as
select o.id,
       o.order_number,
       o.customer_id,
       o.merchant_id,
       m.business_name                          as merchant_name,
       u.email                                  as customer_email,
       nullif(trim(concat_ws(' ', u.first_name, u.last_name)), '') as customer_name,
       o.status,
       o.payment_status,
       o.fulfillment_status,
       o.subtotal,
       o.tax,
       o.shipping_cost,
       o.discount,
       o.total,
       o.currency,
       coalesce(li.item_count, 0)               as item_count,
       coalesce(li.unit_count, 0)               as unit_count,
       o.created_at,
       o.updated_at
from orders o
join customers c on c.id = o.customer_id
join users u on u.id = c.user_id
join merchants m on m.id = o.merchant_id
left join lateral (
    select count(*)::integer as item_count, sum(oi.quantity)::integer as unit_count
    from order_items oi
    where oi.order_id = o.id
) li on true;

-- Revenue counts only orders that were not cancelled, rejected or refunded.
create view merchant_performance_view as
select m.id                                     as merchant_id,
       m.business_name,
       m.status,
       m.rating,
       coalesce(pc.product_count, 0)            as product_count,
       coalesce(pc.active_product_count, 0)     as active_product_count,
       coalesce(o30.order_count, 0)             as orders_last_30_days,
       coalesce(o30.revenue, 0)::numeric(14, 2) as revenue_last_30_days,
       m.total_orders,
       m.total_sales
from merchants m
left join lateral (
    select count(*)::integer                                   as product_count,
           (count(*) filter (where p.status = 'active'))::integer as active_product_count
    from products p
    where p.merchant_id = m.id
) pc on true
left join lateral (
    select count(*)::integer as order_count, sum(o.total) as revenue
    from orders o
    where o.merchant_id = m.id
      and o.created_at >= now() - interval '30 days'
      and o.status not in ('cancelled', 'rejected', 'refunded')
) o30 on true;
