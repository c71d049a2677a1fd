package com.agora.warehouse.boundary;

import com.agora.kernel.calendar.ShopCalendar;
import com.agora.kernel.error.Codes;
import com.agora.kernel.error.DomainProblem;
import com.agora.kernel.paging.Page;
import com.agora.kernel.paging.PageRequest;
import com.agora.kernel.security.Caller;
import com.agora.warehouse.boundary.WarehouseViews.LineView;
import com.agora.warehouse.boundary.WarehouseViews.PickListFilter;
import com.agora.warehouse.boundary.WarehouseViews.PickListView;
import com.agora.warehouse.boundary.WarehouseViews.UtilisationView;
import com.agora.warehouse.control.FloorRules;
import com.agora.warehouse.control.WarehouseStore;
import com.agora.warehouse.control.WarehouseStore.Load;
import com.agora.warehouse.entity.PickList;
import com.agora.warehouse.entity.PickListLine;
import com.agora.warehouse.entity.PickListStatus;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;

/** Pick lists and warehouse load, for the API and the consoles. */
@Stateless
public class WarehouseQueries {

    @Inject
    WarehouseStore store;

    @Inject
    ShopCalendar calendar;

    public Page<PickListView> listPickLists(Caller caller, PickListFilter filter, PageRequest page) {
        PickListStatus status = filter.status() == null || filter.status().isBlank() ? null
                : Codes.parse(PickListStatus.class, "status", filter.status());
        Page<PickList> found = store.pickLists(caller.seesAllMerchants() ? null : caller.ownMerchantId(),
                filter.orderId(), filter.warehouseId(), status, page);
        Map<Long, List<PickListLine>> lines = store.linesOf(found.items().stream().map(PickList::getId).toList());
        Map<Long, String> codes = store.warehouseCodes();
        return found.map(p -> view(p, codes, lines.getOrDefault(p.getId(), List.of())));
    }

    /** Other merchants' pick lists are reported as absent. */
    public PickListView findPickList(Caller caller, long id) {
        PickList pickList = store.pickList(id, false).filter(p -> caller.mayActFor(p.getMerchantId()))
                .orElseThrow(() -> DomainProblem.notFound("pick list", id));
        return view(pickList, Map.of(pickList.getWarehouseId(), store.warehouse(pickList.getWarehouseId()).getCode()),
                store.linesOf(List.of(pickList.getId())).getOrDefault(pickList.getId(), List.of()));
    }

    /** Today's load of every warehouse (the shop's day), busiest first among those with a capacity on record. */
    public List<UtilisationView> utilisation() {
        Map<Long, Load> today = store.loadSince(calendar.startOfToday());
        Map<Long, Long> waiting = store.unitsWaiting();
        return store.warehouses().stream()
                .map(w -> {
                    Load load = today.get(w.getId());
                    long units = load == null ? 0 : load.units();
                    long pickLists = load == null ? 0 : load.pickLists();
                    return new UtilisationView(w.getId(), w.getCode(), w.getName(), w.isActive(), w.getCapacity(),
                            units, pickLists, waiting.getOrDefault(w.getId(), 0L),
                            FloorRules.utilisationPercent(units, w.getCapacity()));
                })
                .toList();
    }

    private static PickListView view(PickList p, Map<Long, String> codes, List<PickListLine> lines) {
        return new PickListView(p.getId(), p.getOrderId(), p.getOrderNumber(), p.getMerchantId(), p.getWarehouseId(),
                codes.get(p.getWarehouseId()), Codes.code(p.getStatus()), p.getServiceLevel(),
                p.getUnits(), p.getWeightKg(), p.getPickedBy(), p.getPackedBy(), p.getCreatedAt(), p.getPickedAt(),
                p.getPackedAt(), p.getCancelledAt(), p.getShippedAt(), lines.stream().map(l -> new LineView(
                        l.getOrderLineId(), l.getVariantId(), l.getSku(), l.getName(), l.getQuantity(),
                        l.getUnitWeightKg())).toList());
    }
}
