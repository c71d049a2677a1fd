package com.agora.inventory.control;

import com.agora.inventory.entity.InventoryItem;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Low-stock alerts on the platform's alert board, raised and resolved as a stock row's availability moves. */
@Dependent
public class StockAlerts {

    @PersistenceContext(unitName = "agora")
    EntityManager em;

    /**
     * At most one active low-stock alert per stock row: the partial unique index on alerts enforces it.
     *
     * @return whether the row is low
     */
    public boolean raiseIfLow(InventoryItem row) {
        int available = row.getQuantity() - row.getReservedQuantity();
        if (!StockAdjustmentRules.isLow(available, row.getReorderPoint())) {
            return false;
        }
        em.createNativeQuery("insert into alerts (alert_type, severity, title, message, source, subject_type, subject_id)"
                        + " values ('low_stock', ?1, ?2, ?3, 'inventory', 'inventory', ?4)"
                        + " on conflict (alert_type, subject_type, subject_id) where status = 'active' do nothing")
                .setParameter(1, available == 0 ? "critical" : "warning")
                .setParameter(2, "Low stock for variant " + row.getVariantId())
                .setParameter(3, available + " unit(s) available in warehouse " + row.getWarehouseId()
                        + ", reorder point " + row.getReorderPoint() + ", suggested reorder " + row.getReorderQuantity())
                .setParameter(4, row.getId())
                .executeUpdate();
        return true;
    }

    public void resolveIfReplenished(InventoryItem row) {
        if (!StockAdjustmentRules.isLow(row.getQuantity() - row.getReservedQuantity(), row.getReorderPoint())) {
            em.createNativeQuery("update alerts set status = 'resolved', resolved_at = now(),"
                            + " resolution_notes = 'stock back above the reorder point'"
                            + " where alert_type = 'low_stock' and subject_type = 'inventory' and subject_id = ?1"
                            + " and status = 'active'")
                    .setParameter(1, row.getId())
                    .executeUpdate();
        }
    }
}
