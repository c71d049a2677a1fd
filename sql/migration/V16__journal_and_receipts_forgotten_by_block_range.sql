-- Every hour the kernel forgets events and receipts older than the journal's retention (OutboxStore.forgetBefore),
-- by their time. Two indexes served that badly:
--
-- * outbox_events.recorded_at had none, so the hourly delete read the whole journal: on a machine that had carried
--   a few million orders, 8.7 GB every hour, in the middle of whatever load was running.
-- * processed_messages.processed_at had a B-tree, and every receipt added an entry to it, about twenty per order,
--   all at its right edge, where concurrent batches wait for each other's page lock. It was read once an hour.
--
-- Both tables are written in time order, so a block-range index finds their old rows from a few pages of minimum
-- and maximum per range of table pages. An insert into a range not yet summarised costs it nothing; a full range is
-- summarised in the background (autosummarize) or by vacuum. A range that is not summarised is always read, which
-- keeps the result right and only costs the delete those pages.
create index outbox_events_recorded_at_brin on outbox_events using brin (recorded_at) with (autosummarize = on);

drop index processed_messages_processed_at_idx;
create index processed_messages_processed_at_brin on processed_messages using brin (processed_at)
    with (autosummarize = on);
