-- An order's row is updated four times on its way to shipped (reserved, confirmed, processing, shipped), a stock
-- reservation's and a pick list's once or twice. PostgreSQL updates a row in place (a HOT update: no new entry in
-- any index) only when no indexed column changes and the row's page has room for the new version. Measured under
-- load before this change: 10% of the orders' updates were in place, about half of the reservations' and a third
-- of the pick lists'; every other update added an entry to each of the table's indexes (eight for orders) and left
-- as many dead ones for vacuum.
--
-- The status index is what made every status change an index write. Its queries do without it: the order list
-- filters by status while it walks the orders newest first (orders_created_at_idx, or the merchant's index), and
-- the overview counts all orders anyway.
drop index orders_status_idx;

-- Room on each page for the next versions of its rows; it applies to pages written from now on.
alter table orders set (fillfactor = 70);
alter table stock_reservations set (fillfactor = 80);
alter table pick_lists set (fillfactor = 80);
