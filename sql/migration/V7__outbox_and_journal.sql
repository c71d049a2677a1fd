-- The kernel's transactional outbox, which is also the platform's event journal.
--
-- An agent's change and the events it causes commit together: publishing inserts rows here in the same local
-- transaction. After commit the relay sends the new rows to the subscribers' queues and marks them relayed; a
-- sweep re-sends what a crash left unrelayed (receipts make a repeat harmless). The rows stay as the committed
-- history that observer agents read with a cursor instead of taking a queue copy of every event.
create table outbox_events (
    position      bigserial    primary key,
    event_id      uuid         not null,
    event_type    varchar(80)  not null,
    aggregate_id  bigint       not null,
    source        varchar(50)  not null,
    -- null: every subscriber of the event type; an agent key: only that agent (a replayed dead letter)
    target        varchar(50),
    envelope      text         not null,
    recorded_at   timestamptz  not null default now(),
    -- The writing transaction's id. Readers of the journal only take rows whose transaction is older than every
    -- transaction still running, so a long transaction that commits late can never be skipped by a cursor.
    txid          xid8         not null default pg_current_xact_id(),
    relayed_at    timestamptz
);
create index outbox_events_unrelayed_idx on outbox_events (position) where relayed_at is null;
create index outbox_events_journal_idx on outbox_events (txid, position) where target is null;

-- Where each observer stands in the journal; it moves in the observer's own transaction with what it did.
create table journal_cursors (
    reader       varchar(50)  primary key,
    last_txid    xid8         not null default '0'::xid8,
    last_position bigint      not null default 0,
    updated_at   timestamptz  not null default now()
);

-- The order's timeline is the kernel's record of the steps agents took for an order, written in the transaction
-- of the step itself (with the event's receipt when the step is a reaction), so an agent's report no longer
-- travels to the Order agent as an event of its own. Steps may name an order this agent never saw (a replayed or
-- stray event), so the timeline does not depend on the orders table.
alter table order_events drop constraint order_events_order_id_fkey;
