package com.agora.warehouse.control;

import com.agora.events.OrderConfirmed;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns the parcels of a confirmed order into pick lists: one per warehouse, each line weighed as the order
 * states it (or at the default unit weight where the catalog had none), so the carrier can be chosen by weight.
 */
public final class ParcelPlanner {

    private final BigDecimal defaultUnitWeightKg;

    public ParcelPlanner(BigDecimal defaultUnitWeightKg) {
        this.defaultUnitWeightKg = defaultUnitWeightKg;
    }

    public record PlannedLine(long orderLineId, long productId, long variantId, String sku, String name, int quantity,
            BigDecimal unitWeightKg) {
    }

    public record PlannedPickList(long warehouseId, String warehouseCode, List<PlannedLine> lines) {

        public int units() {
            return lines.stream().mapToInt(PlannedLine::quantity).sum();
        }

        public BigDecimal weightKg() {
            return lines.stream().map(l -> l.unitWeightKg().multiply(BigDecimal.valueOf(l.quantity())))
                    .reduce(BigDecimal.ZERO, BigDecimal::add).setScale(3, RoundingMode.HALF_UP);
        }
    }

    /**
     * One pick list per warehouse, in the order the parcels came; a warehouse named twice gets one pick list
     * with the lines of both, and empty lines are left out.
     */
    public List<PlannedPickList> plan(List<OrderConfirmed.Parcel> parcels) {
        Map<Long, String> codes = new LinkedHashMap<>();
        Map<Long, List<PlannedLine>> lines = new LinkedHashMap<>();
        for (OrderConfirmed.Parcel parcel : parcels) {
            codes.putIfAbsent(parcel.warehouseId(), parcel.warehouseCode());
            for (OrderConfirmed.Line line : parcel.lines()) {
                if (line.quantity() <= 0) {
                    continue;
                }
                lines.computeIfAbsent(parcel.warehouseId(), w -> new ArrayList<>()).add(new PlannedLine(
                        line.orderLineId(), line.productId(), line.variantId(), line.sku(), line.name(),
                        line.quantity(), line.unitWeightKg() != null ? line.unitWeightKg() : defaultUnitWeightKg));
            }
        }
        return lines.entrySet().stream()
                .map(e -> new PlannedPickList(e.getKey(), codes.get(e.getKey()), List.copyOf(e.getValue())))
                .toList();
    }
}
