package com.agora.console.sales;

import com.agora.console.faces.BoundaryDataModel;
import com.agora.console.faces.Names;
import com.agora.console.faces.StatusTags;
import com.agora.console.security.SignedInUser;
import com.agora.kernel.paging.Page;
import com.agora.order.boundary.OrderAgent;
import com.agora.order.boundary.OrderViews.OrderFilter;
import com.agora.order.boundary.OrderViews.OrderSummary;
import com.agora.order.entity.OrderStatus;
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

    private static final List<String> STATUSES = StatusTags.codesOf(OrderStatus.class);

    @Inject
    OrderAgent orders;

    @Inject
    SignedInUser signedIn;

    private String status;

    @Inject
    Names names;

    private final BoundaryDataModel<OrderSummary> model = new BoundaryDataModel<>((page, sort) -> {
        Page<OrderSummary> found = orders.listOrders(signedIn.caller(), new OrderFilter(status, null, null), page);
        names.learnCustomers(found.items().stream().map(OrderSummary::customerId).toList());
        names.learnMerchants(found.items().stream().map(OrderSummary::merchantId).toList());
        return found;
    }, OrderSummary::id);

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
