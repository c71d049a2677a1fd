-- The outbox becomes insert-only: what the relay has still to send is the set of positions in a narrow table of its
-- own, and relaying deletes them there.
--
-- Before, relaying set outbox_events.relayed_at. That column is in the predicate of the relay's partial index, so
-- PostgreSQL could not update the row in place: every relayed event rewrote its whole row (the envelope included)
-- and added an entry to each index of the table. The relay's scan for unrelayed rows then walked the dead entries
-- this left in the partial index until a vacuum of the whole table removed them: under load that scan took 10 ms on
-- average and was the costliest statement of the platform, by far.
--
-- The queue repeats each event's type and target: the relay skips the events of agents that have no room (their
-- rows wait here, often hundreds of them, ahead of the others), and it tells them apart in this narrow table without
-- reading the outbox row of each.
create table outbox_unrelayed (
    position    bigint       primary key,
    event_type  varchar(80)  not null,
    target      varchar(50)
);

insert into outbox_unrelayed (position, event_type, target)
select position, event_type, target from outbox_events where relayed_at is null;

drop index outbox_events_unrelayed_idx;
alter table outbox_events drop column relayed_at;
