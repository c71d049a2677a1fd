-- Version 3: the Payment and Fraud Detection agents of the order flow (issue 3).

-- Stored cards never hold the number: the gateway's token, the last four digits, the expiry and a SHA-256
-- fingerprint of the number, which lets Fraud Detection count how often one card is used across accounts.
alter table payment_methods
    add column gateway     varchar(50),
    add column fingerprint char(64),
    add constraint payment_methods_fingerprint_check check (fingerprint ~ '^[0-9a-f]{64}$');
create index payment_methods_fingerprint_idx on payment_methods (fingerprint);

-- Payment's own copy of whose money an order is: merchants see only their orders' transactions and failed
-- attempts are counted per customer, without reading the Order agent's tables. A refund asked for by a return
-- names it, so a replayed request refunds once.
alter table transactions
    add column order_number varchar(50),
    add column merchant_id bigint,
    add column customer_id bigint,
    add column return_id   bigint;
create index transactions_merchant_id_idx on transactions (merchant_id);
create index transactions_customer_failed_idx on transactions (customer_id, created_at)
    where transaction_type = 'authorization' and status = 'failed';
-- One authorization per order, and at most one successful capture and one successful void per authorization:
-- a replayed event can never charge or release twice.
create unique index transactions_one_authorization_idx on transactions (order_id)
    where transaction_type = 'authorization';
create unique index transactions_one_capture_idx on transactions (parent_transaction_id)
    where transaction_type = 'capture' and status = 'success';
create unique index transactions_one_void_idx on transactions (parent_transaction_id)
    where transaction_type = 'void' and status = 'success';
create unique index transactions_one_refund_per_return_idx on transactions (return_id)
    where transaction_type = 'refund' and status = 'success' and return_id is not null;

create table fraud_assessments (
    id               bigserial primary key,
    order_id         bigint         not null,
    order_number     varchar(50),
    customer_id      bigint         not null,
    merchant_id      bigint,
    email            varchar(255),
    card_fingerprint char(64),
    client_ip        varchar(45),
    amount           numeric(12, 2) not null,
    currency         char(3)        not null default 'USD',
    score            integer        not null,
    risk_level       varchar(10)    not null,
    status           varchar(10)    not null,
    -- The rules that fired, one sentence per line, in the order they were applied.
    reasons          text           not null default '',
    reviewed_by      varchar(100),
    reviewed_at      timestamptz,
    review_note      text,
    created_at       timestamptz    not null default now(),
    constraint fraud_assessments_order_id_key unique (order_id),
    constraint fraud_assessments_score_check check (score between 0 and 100),
    constraint fraud_assessments_risk_level_check check (risk_level in ('low', 'medium', 'high')),
    constraint fraud_assessments_status_check check (status in ('cleared', 'review', 'approved', 'rejected')),
    constraint fraud_assessments_reviewed_check check ((reviewed_at is null) = (reviewed_by is null))
);
-- The velocity rules count recent assessments per customer, card, e-mail and client address.
create index fraud_assessments_customer_idx on fraud_assessments (customer_id, created_at);
create index fraud_assessments_card_idx on fraud_assessments (card_fingerprint, created_at);
create index fraud_assessments_email_idx on fraud_assessments (email, created_at);
create index fraud_assessments_client_ip_idx on fraud_assessments (client_ip, created_at);
create index fraud_assessments_review_idx on fraud_assessments (created_at) where status = 'review';
