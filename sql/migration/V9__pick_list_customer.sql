-- Version 9: a pick list knows whose parcel it is for, customer as well as merchant, so the parcel's events
-- carry it to the documents made for that customer without asking the Order agent (issue 7).
alter table pick_lists add column customer_id bigint;
update pick_lists p set customer_id = o.customer_id from orders o where o.id = p.order_id;
alter table pick_lists alter column customer_id set not null;
