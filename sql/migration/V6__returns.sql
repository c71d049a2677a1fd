-- Version 6: the Returns agent (issue 3). A return merchandise authorization (RMA) covers some units of one order
-- line and runs requested -> approved -> received -> inspected -> refunded -> completed, or ends rejected or
-- cancelled. The agent keeps what it learned about the order when the return was requested (merchant, variant,
-- warehouse, refund amount), so later steps never have to read the Order agent's tables.

-- The prototype's codes become the RMA status machine: "pending" is a request waiting for a decision.
alter table returns drop constraint returns_status_check;
update returns set status = 'requested' where status = 'pending';
alter table returns alter column status set default 'requested';
alter table returns add constraint returns_status_check check (status in
    ('requested', 'approved', 'rejected', 'received', 'inspected', 'refunded', 'refund_failed', 'completed',
     'cancelled'));

-- An exchange and a replacement are the same thing to the business: the customer gets the goods again.
alter table returns drop constraint returns_type_check;
update returns set return_type = 'exchange' where return_type = 'replacement';
alter table returns add constraint returns_type_check check (return_type in ('refund', 'exchange'));

alter table returns
    -- Isolation: a merchant sees and decides the returns of its own orders only.
    add column merchant_id          bigint references merchants (id),
    add column variant_id           bigint,
    -- The warehouse the parcel goes back to, and where a passed unit is restocked.
    add column warehouse_id         bigint references warehouses (id),
    add column requested_by         varchar(100),
    -- Whether the automatic rules approved the request, or why they left it to a person.
    add column decision_rule        text,
    add column decided_by           varchar(100),
    add column decided_at           timestamptz,
    add column decision_note        text,
    add column received_by          varchar(100),
    add column inspection_result    varchar(10),
    add column inspection_note      text,
    add column inspected_by         varchar(100),
    add column inspected_at         timestamptz,
    add column refund_requested_at  timestamptz,
    add column refunded_at          timestamptz,
    add column refund_transaction_id bigint,
    add column refund_failure       text,
    add column restock_requested_at timestamptz,
    add column restocked_at         timestamptz,
    add column replacement_requested_at timestamptz,
    add column replacement_order_id bigint references orders (id) on delete set null,
    add column replacement_order_number varchar(32),
    add column version              bigint not null default 0,
    add constraint returns_inspection_result_check check (inspection_result in ('passed', 'failed'));

update returns r set merchant_id = o.merchant_id from orders o where o.id = r.order_id and r.merchant_id is null;
update returns r set variant_id = i.variant_id from order_items i where i.id = r.order_item_id and r.variant_id is null;
alter table returns alter column merchant_id set not null;

create index returns_merchant_created_idx on returns (merchant_id, created_at);

-- The reason is a closed set of codes the automatic rules can weigh; the customer's own words go to comments.
update returns set comments = concat_ws(E'\n', comments, reason), reason = 'other'
    where reason not in ('damaged', 'defective', 'wrong_item', 'not_as_described', 'no_longer_needed', 'other');
alter table returns add constraint returns_reason_check check (reason in
    ('damaged', 'defective', 'wrong_item', 'not_as_described', 'no_longer_needed', 'other'));
