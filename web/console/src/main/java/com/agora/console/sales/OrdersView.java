package com.agora.console.sales;

import com.agora.console.faces.BoundaryDataModel;
import com.agora.console.security.SignedInUser;
import com.agora.order.boundary.OrderQueries;
import com.agora.order.boundary.OrderViews.OrderFilter;
import com.agora.order.boundary.OrderViews.OrderSummary;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** The orders page: newest first, as the Order agent lists them for the caller, optionally by status. */
@Named
@ViewScoped
public class OrdersView implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final List<String> STATUSES = List.of("pending", "confirmed", "rejected", "processing", "shipped",
            "delivered", "cancelled", "refunded");

    @Inject
    OrderQueries orders;

    @Inject
    SignedInUser signedIn;

    private String status;

    private final BoundaryDataModel<OrderSummary> model = new BoundaryDataModel<>((page, sort) ->
            orders.listOrders(signedIn.caller(), new OrderFilter(status, null, null), page), OrderSummary::id);

    public void statusChanged() {
        BoundaryDataModel.backToFirstPage("orders:table");
    }

    public BoundaryDataModel<OrderSummary> getModel() {
        return model;
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
