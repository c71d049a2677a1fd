package com.agora.console.sales;

import com.agora.console.faces.BoundaryDataModel;
import com.agora.console.faces.ListFilter;
import com.agora.console.faces.Names;
import com.agora.console.faces.ShopSettings;
import com.agora.console.faces.StatusTags;
import com.agora.console.security.SignedInUser;
import com.agora.kernel.paging.Page;
import com.agora.order.boundary.OrderSearch;
import com.agora.order.boundary.OrderSearch.OrderQuery;
import com.agora.order.boundary.OrderViews.OrderSummary;
import com.agora.order.entity.OrderStatus;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The orders page: the caller's orders, newest first or sorted by a column, narrowed by status, by a piece of the
 * order number or the customer's name or e-mail, and by the days they were placed (in the shop's time zone). The
 * CSV export writes what the filters show.
 */
@Named
@ViewScoped
public class OrdersView implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final List<String> STATUSES = StatusTags.codesOf(OrderStatus.class);

    @Inject
    OrderSearch search;

    @Inject
    SignedInUser signedIn;

    @Inject
    Names names;

    @Inject
    ShopSettings shop;

    private String status;
    private final ListFilter filter = new ListFilter("orders:table");

    private final BoundaryDataModel<OrderSummary> model = new BoundaryDataModel<>((page, sort) -> {
        Page<OrderSummary> found = search.search(signedIn.caller(),
                new OrderQuery(status, filter.search(shop.zone()), sort), page);
        names.learnCustomers(found.items().stream().map(OrderSummary::customerId).toList());
        names.learnMerchants(found.items().stream().map(OrderSummary::merchantId).toList());
        return found;
    }, OrderSummary::id);

    public BoundaryDataModel<OrderSummary> getModel() {
        return model;
    }

    public ListFilter getFilter() {
        return filter;
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
