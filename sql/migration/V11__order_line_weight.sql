-- Version 11: the Warehouse agent plans its parcels from the order's events alone (issue 7).

-- Each order line keeps what one unit weighed in the catalog when the order was placed (the variant's weight, else
-- its product's; null when neither is on record, and the warehouse then weighs the unit at its default), so
-- OrderConfirmed carries it and the warehouse no longer asks the catalog. Lines placed before take today's catalog.
alter table order_items add column unit_weight_kg numeric(10, 3);
update order_items i set unit_weight_kg = coalesce(v.weight, p.weight)
from product_variants v
join products p on p.id = v.product_id
where v.id = i.variant_id;
alter table order_items add constraint order_items_unit_weight_check check (unit_weight_kg >= 0);

-- The warehouse records when a carrier takes a parcel (ShipmentCreated), so a cancellation takes back what is still
-- on its floor without asking the Carrier agent. A pick list may become shipped after it was cancelled: the carrier
-- can take the parcel just before the cancellation commits (FloorRules.PICK_LIST says why).
alter table pick_lists add column shipped_at timestamptz;
alter table pick_lists drop constraint pick_lists_status_check;
alter table pick_lists add constraint pick_lists_status_check
    check (status in ('open', 'picked', 'packed', 'shipped', 'cancelled'));
-- Parcels that already have a shipment were shipped, cancelled or not.
update pick_lists p set status = 'shipped', shipped_at = s.created_at
from shipments s
where s.pick_list_id = p.id;
