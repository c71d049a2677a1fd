package com.agora.document.control;

import com.agora.order.boundary.OrderViews.AllocationView;
import com.agora.order.boundary.OrderViews.LineView;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** What one parcel holds: the order's units allocated to the warehouse it ships from. */
public final class ParcelContents {

    private ParcelContents() {
    }

    public static List<PackingSlip.Item> shippedFrom(long warehouseId, List<LineView> lines,
            List<AllocationView> allocations) {
        Map<Long, LineView> lineOfVariant = lines.stream()
                .collect(Collectors.toMap(LineView::variantId, Function.identity(), (a, b) -> a));
        return allocations.stream().filter(a -> a.warehouseId() == warehouseId).map(a -> {
            LineView line = lineOfVariant.get(a.variantId());
            if (line == null) {
                throw new IllegalStateException("variant " + a.variantId() + " is allocated but not ordered");
            }
            return new PackingSlip.Item(line.sku(), line.name(), a.quantity());
        }).sorted((a, b) -> a.sku().compareTo(b.sku())).toList();
    }
}
