package com.agora.console.fulfilment;

import com.agora.carrier.boundary.CarrierViews.ShipmentFilter;
import com.agora.carrier.boundary.CarrierViews.ShipmentView;
import com.agora.carrier.entity.ShipmentStatus;
import com.agora.console.faces.BoundaryDataModel;
import com.agora.console.faces.Feedback;
import com.agora.console.faces.ListFilter;
import com.agora.console.faces.Names;
import com.agora.console.faces.ShopSettings;
import com.agora.console.faces.StatusTags;
import com.agora.console.security.SignedInUser;
import com.agora.kernel.calendar.ShopCalendar;
import com.agora.kernel.paging.Page;
import com.agora.kernel.paging.PageRequest;
import com.agora.transportmanagement.boundary.TransportCommands;
import com.agora.transportmanagement.boundary.TransportQueries;
import com.agora.transportmanagement.boundary.TransportViews.PickupFilter;
import com.agora.transportmanagement.boundary.TransportViews.PickupView;
import com.agora.warehouse.boundary.WarehouseQueries;
import com.agora.warehouse.boundary.WarehouseViews.UtilisationView;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The shipments page: every parcel with its carrier, tracking link and status (merchants see their own), narrowed by
 * status, order, tracking number, customer and the days they were created, and exported as shown; for admins
 * also today's pickups per carrier and warehouse, which they mark collected, and how busy the warehouses are.
 */
@Named
@ViewScoped
public class ShipmentsView implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final List<String> STATUSES = StatusTags.codesOf(ShipmentStatus.class);

    @Inject
    TransportQueries transport;

    @Inject
    TransportCommands operations;

    @Inject
    WarehouseQueries warehouses;

    @Inject
    SignedInUser signedIn;

    private String status;
    private final ListFilter filter = new ListFilter("shipments:tabs:table");

    @Inject
    Names names;

    @Inject
    ShopSettings shop;

    @Inject
    ShopCalendar calendar;

    private final BoundaryDataModel<ShipmentView> shipments = new BoundaryDataModel<>((page, sort) -> {
        Page<ShipmentView> found = transport.listShipments(signedIn.caller(), new ShipmentFilter(null, status,
                filter.search(shop.zone())), page);
        names.learnOrders(found.items().stream().map(ShipmentView::orderId).toList());
        names.learnMerchants(found.items().stream().map(ShipmentView::merchantId).toList());
        return found;
    }, ShipmentView::id);

    public ListFilter getFilter() {
        return filter;
    }

    /** Today's pickups (the shop's day), for admins only: the boundary refuses everybody else. */
    public List<PickupView> getTodaysPickups() {
        if (!signedIn.isAdmin()) {
            return List.of();
        }
        return transport.listPickups(signedIn.caller(), new PickupFilter(calendar.today(), null),
                new PageRequest(1, PageRequest.MAX_SIZE)).items();
    }

    public List<UtilisationView> getUtilisation() {
        return signedIn.isAdmin() ? warehouses.utilisation() : List.of();
    }

    public void markCollected(PickupView pickup) {
        try {
            operations.markCollected(signedIn.caller(), pickup.id());
            Feedback.done("Pickup of " + pickup.carrierCode() + " at " + names.warehouse(pickup.warehouseId())
                    + " collected");
        } catch (RuntimeException e) {
            Feedback.failed(e);
        }
    }

    public BoundaryDataModel<ShipmentView> getShipments() {
        return shipments;
    }

    public List<String> getStatuses() {
        return STATUSES;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }
}
