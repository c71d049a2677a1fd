-- Version 12: Fraud Detection scores from its own history rather than asking Payment inside its event
-- transaction (issue 7). The order records the fingerprint of the card it is charged to when it is placed,
-- and Fraud Detection keeps the failed authorizations Payment reports (PaymentFailed), one row per attempt,
-- to count a customer's recent failures. Both are filled from what Payment holds today.
alter table orders add column card_fingerprint char(64);
update orders o set card_fingerprint = m.fingerprint from payment_methods m where m.id = o.payment_method_id;

create table fraud_failed_payments (
    transaction_id bigint      primary key,
    customer_id    bigint      not null,
    order_id       bigint      not null,
    failed_at      timestamptz not null
);
create index fraud_failed_payments_customer_idx on fraud_failed_payments (customer_id, failed_at);

insert into fraud_failed_payments (transaction_id, customer_id, order_id, failed_at)
select id, customer_id, order_id, created_at
  from transactions
 where transaction_type = 'authorization' and status = 'failed';

-- Payment no longer answers that count; its partial index only slowed down recording failed attempts.
drop index transactions_customer_failed_idx;
