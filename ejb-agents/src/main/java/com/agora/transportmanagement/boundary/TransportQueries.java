package com.agora.transportmanagement.boundary;

import com.agora.carrier.boundary.CarrierFacts;
import com.agora.carrier.boundary.CarrierViews.CarrierView;
import com.agora.carrier.boundary.CarrierViews.ShipmentFilter;
import com.agora.carrier.boundary.CarrierViews.ShipmentView;
import com.agora.kernel.error.Codes;
import com.agora.kernel.error.DomainProblem;
import com.agora.kernel.paging.Page;
import com.agora.kernel.paging.PageRequest;
import com.agora.kernel.security.Caller;
import com.agora.transportmanagement.boundary.TransportViews.PickupFilter;
import com.agora.transportmanagement.boundary.TransportViews.PickupView;
import com.agora.transportmanagement.boundary.TransportViews.ShipmentDetail;
import com.agora.transportmanagement.boundary.TransportViews.TrackingEventView;
import com.agora.transportmanagement.control.TransportStore;
import com.agora.transportmanagement.entity.Pickup;
import com.agora.transportmanagement.entity.PickupStatus;
import com.agora.transportmanagement.entity.TrackingEvent;
import com.agora.warehouse.boundary.WarehouseFacts;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Shipments with their tracking, and the day's pickups, for the API and the consoles. */
@Stateless
public class TransportQueries {

    @Inject
    TransportStore store;

    @EJB
    CarrierFacts carriers;

    @EJB
    WarehouseFacts warehouses;

    public Page<ShipmentView> listShipments(Caller caller, ShipmentFilter filter, PageRequest page) {
        return carriers.shipments(caller, filter, page);
    }

    /** A shipment with its tracking history; other merchants' shipments are reported as absent. */
    public ShipmentDetail findShipment(Caller caller, long id) {
        ShipmentView shipment = carriers.shipment(id)
                .filter(s -> s.merchantId() != null && caller.mayActFor(s.merchantId()))
                .orElseThrow(() -> DomainProblem.notFound("shipment", id));
        return new ShipmentDetail(shipment, store.trackingOf(id).stream().map(TransportQueries::view).toList());
    }

    /** Pickups, the latest day first; for operations. */
    public Page<PickupView> listPickups(Caller caller, PickupFilter filter, PageRequest page) {
        requireOperations(caller);
        PickupStatus status = filter.status() == null || filter.status().isBlank() ? null
                : Codes.parse(PickupStatus.class, "status", filter.status());
        Page<Pickup> found = store.pickups(filter.date(), status, page);
        Map<Long, List<Long>> shipments = store.shipmentsOf(found.items().stream().map(Pickup::getId).toList());
        Map<Long, String> carrierCodes = carrierCodes();
        Map<Long, String> warehouseCodes = warehouses.warehouseCodes();
        return found.map(p -> view(p, shipments.getOrDefault(p.getId(), List.of()), carrierCodes, warehouseCodes));
    }

    /** One pickup as operations see it; for the agent's own beans. */
    public PickupView pickup(Pickup pickup) {
        return view(pickup, store.shipmentsOf(List.of(pickup.getId())).getOrDefault(pickup.getId(), List.of()),
                carrierCodes(), warehouses.warehouseCodes());
    }

    static void requireOperations(Caller caller) {
        if (!caller.seesAllMerchants()) {
            throw DomainProblem.forbidden("pickups are for operations: admins and integrators");
        }
    }

    private Map<Long, String> carrierCodes() {
        return carriers.carriers().stream().collect(Collectors.toMap(CarrierView::id, CarrierView::code));
    }

    private static PickupView view(Pickup p, List<Long> shipmentIds, Map<Long, String> carrierCodes,
            Map<Long, String> warehouseCodes) {
        return new PickupView(p.getId(), p.getCarrierId(), carrierCodes.get(p.getCarrierId()), p.getWarehouseId(),
                warehouseCodes.get(p.getWarehouseId()), p.getPickupDate(), Codes.code(p.getStatus()),
                shipmentIds, p.getCollectedAt(), p.getCollectedBy());
    }

    static TrackingEventView view(TrackingEvent e) {
        return new TrackingEventView(e.getId(), e.getShipmentId(), e.getTrackingNumber(), Codes.code(e.getStatus()),
                e.getLocation(), e.getDetail(), e.getReportedBy(), e.getOccurredAt(), e.getReceivedAt());
    }
}
