-- Reserving stock changes a row's available quantity, and the low-stock index's condition reads that column, so
-- PostgreSQL could never update a stock row in place (HOT): every reservation added an entry to each of the
-- table's six indexes and left as many dead ones. Measured under load before this change: about two such updates
-- per order, a dozen index entries, on the few rows every order locks (V14 did the same for orders).
--
-- No query needs it: the dashboard's low-stock list joins every stock row of active products anyway, and the stock
-- list's low-stock filter compares quantity minus reserved with the reorder point, which never matched the index.
drop index inventory_low_stock_idx;
