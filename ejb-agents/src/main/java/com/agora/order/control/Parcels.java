package com.agora.order.control;

import com.agora.events.OrderConfirmed;
import com.agora.order.entity.OrderAllocation;
import com.agora.order.entity.OrderLine;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * How an order leaves the warehouses: one parcel per warehouse holding its stock, with the order's lines cut to
 * the units held there. A variant split across two warehouses appears in both parcels with its share.
 */
public final class Parcels {

    private Parcels() {
    }

    public static List<OrderConfirmed.Parcel> of(Collection<OrderLine> lines, Collection<OrderAllocation> allocations) {
        Map<Long, OrderLine> lineOfVariant = lines.stream()
                .collect(Collectors.toMap(OrderLine::getVariantId, Function.identity(), (a, b) -> a));
        Map<Long, List<OrderAllocation>> byWarehouse = new LinkedHashMap<>();
        allocations.stream()
                .sorted((a, b) -> a.getWarehouseCode().compareTo(b.getWarehouseCode()))
                .forEach(a -> byWarehouse.computeIfAbsent(a.getWarehouseId(), w -> new ArrayList<>()).add(a));
        List<OrderConfirmed.Parcel> parcels = new ArrayList<>();
        byWarehouse.forEach((warehouseId, held) -> parcels.add(new OrderConfirmed.Parcel(warehouseId,
                held.get(0).getWarehouseCode(), held.stream().map(a -> {
                    OrderLine line = lineOfVariant.get(a.getVariantId());
                    if (line == null) {
                        throw new IllegalStateException("stock is held for variant " + a.getVariantId()
                                + ", which the order does not contain");
                    }
                    return new OrderConfirmed.Line(line.getId(), line.getProductId(), line.getVariantId(),
                            line.getSku(), line.getName(), a.getQuantity(), line.getUnitWeightKg());
                }).toList())));
        return parcels;
    }

    /** Number of parcels the order ships in: shipped once each has a shipment. */
    public static long count(Collection<OrderAllocation> allocations) {
        return allocations.stream().map(OrderAllocation::getWarehouseId).distinct().count();
    }
}
