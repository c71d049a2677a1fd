-- Version 5: the Document Generation and Customer Communication agents (issue 3).
-- Like every agent table, order_id and the other references carry no foreign key: agents do not share tables.

-- Owned by the Document Generation agent: the PDFs it made, stored as they were handed out, so a download
-- years later shows exactly what the customer got.
create table documents (
    id          bigserial primary key,
    order_id    bigint       not null,
    merchant_id bigint       not null,
    customer_id bigint       not null,
    -- The parcel a label or a packing slip belongs to; an invoice covers the whole order and has none.
    shipment_id bigint,
    kind        varchar(20)  not null,
    file_name   varchar(120) not null,
    content     bytea        not null,
    size_bytes  integer      not null,
    created_at  timestamptz  not null default now(),
    constraint documents_kind_check check (kind in ('invoice', 'packing_slip', 'shipping_label')),
    constraint documents_shipment_check check ((kind = 'invoice') = (shipment_id is null)),
    constraint documents_size_check check (size_bytes = octet_length(content))
);
-- One document of a kind per parcel (per order for the invoice): a replayed event finds it instead of making a
-- second file. coalesce, because a plain unique constraint treats every null shipment_id as distinct.
create unique index documents_order_kind_shipment_key on documents (order_id, kind, coalesce(shipment_id, 0));
create index documents_merchant_id_idx on documents (merchant_id);
create index documents_customer_id_idx on documents (customer_id);

-- Owned by the Customer Communication agent: every e-mail it tried to send, with the outcome. A customer hears
-- about each step of an order once, however often the step's event arrives (a replay, a repeated cancellation);
-- "reference" tells apart the steps that do recur, such as one message per refund ('refund-<transaction id>';
-- 'order' for the once-per-order messages).
create table customer_messages (
    id          bigserial primary key,
    order_id    bigint       not null,
    customer_id bigint       not null,
    reference   varchar(60)  not null,
    recipient   varchar(255),
    template    varchar(40)  not null,
    subject     varchar(255) not null,
    body        text         not null,
    status      varchar(10)  not null,
    error       text,
    attempts    integer      not null,
    created_at  timestamptz  not null default now(),
    sent_at     timestamptz,
    constraint customer_messages_occasion_key unique (order_id, template, reference),
    constraint customer_messages_template_check check (template in
        ('order-confirmed', 'payment-failed', 'fraud-rejected', 'order-cancelled', 'order-shipped',
         'order-delivered', 'payment-refunded')),
    constraint customer_messages_status_check check (status in ('sent', 'failed')),
    constraint customer_messages_attempts_check check (attempts >= 1),
    constraint customer_messages_sent_check check ((status = 'sent') = (sent_at is not null))
);
create index customer_messages_order_id_idx on customer_messages (order_id);
create index customer_messages_created_at_idx on customer_messages (created_at);
create index customer_messages_status_idx on customer_messages (status);
