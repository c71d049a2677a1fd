package com.agora.carrier.boundary;

import com.agora.carrier.boundary.CarrierViews.CarrierView;
import com.agora.carrier.boundary.CarrierViews.ShipmentFilter;
import com.agora.carrier.boundary.CarrierViews.ShipmentView;
import com.agora.carrier.control.CarrierStore;
import com.agora.carrier.entity.Carrier;
import com.agora.carrier.entity.Shipment;
import com.agora.carrier.entity.ShipmentStatus;
import com.agora.kernel.error.Codes;
import com.agora.kernel.paging.Page;
import com.agora.kernel.paging.PageRequest;
import com.agora.kernel.security.Caller;
import com.agora.order.boundary.OrderFacts;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What other agents may read of carriers and shipments: Transport Management shows and tracks shipments. Read-only. */
@Stateless
public class CarrierFacts {

    @Inject
    CarrierStore store;

    @EJB
    OrderFacts orders;

    /** Shipments the caller may see, newest first; merchants see only their own. */
    public Page<ShipmentView> shipments(Caller caller, ShipmentFilter filter, PageRequest page) {
        ShipmentStatus status = filter.status() == null || filter.status().isBlank() ? null
                : Codes.parse(ShipmentStatus.class, "status", filter.status());
        Map<Long, Carrier> carriers = store.carriers();
        Long merchant = caller.seesAllMerchants() ? null : caller.ownMerchantId();
        return store.shipments(merchant, filter.orderId(), status, filter.search(),
                orders.ordersMatching(filter.search(), merchant, null), page).map(s -> view(s, carriers));
    }

    /** A shipment by id, whoever asks; callers apply their own visibility. */
    public Optional<ShipmentView> shipment(long id) {
        return store.shipment(id).map(this::view);
    }

    /** The shipment a carrier's tracking number names. */
    public Optional<ShipmentView> shipmentByTrackingNumber(String trackingNumber) {
        return store.shipmentByTrackingNumber(trackingNumber.trim()).map(this::view);
    }

    public List<CarrierView> carriers() {
        return store.carriers().values().stream().map(c -> new CarrierView(c.getId(), c.getCode(), c.getName(),
                c.isActive())).toList();
    }

    /** One shipment: reads its own carrier, not the whole carrier table that lists need. */
    private ShipmentView view(Shipment s) {
        Carrier carrier = s.getCarrierId() == null ? null : store.carrier(s.getCarrierId());
        return view(s, carrier == null ? Map.of() : Map.of(carrier.getId(), carrier));
    }

    private static ShipmentView view(Shipment s, Map<Long, Carrier> carriers) {
        Carrier carrier = s.getCarrierId() == null ? null : carriers.get(s.getCarrierId());
        return new ShipmentView(s.getId(), s.getOrderId(), s.getMerchantId(), s.getPickListId(), s.getWarehouseId(),
                s.getCarrierId(), s.getCarrierCode(), carrier == null ? null : carrier.getName(), s.getServiceLevel(),
                s.getTrackingNumber(), s.getTrackingUrl(), Codes.code(s.getStatus()), s.getZone(),
                s.getWeight(), s.getShippingCost(), s.getEstimatedDeliveryDate(), s.getActualDeliveryDate(),
                s.getCreatedAt());
    }
}
