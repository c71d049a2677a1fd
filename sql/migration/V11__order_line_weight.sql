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
