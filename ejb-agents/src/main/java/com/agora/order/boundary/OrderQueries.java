package com.agora.order.boundary;

import com.agora.customer.boundary.CustomerFacts;
import com.agora.kernel.error.Codes;
import com.agora.kernel.error.DomainProblem;
import com.agora.kernel.paging.Page;
import com.agora.kernel.paging.PageRequest;
import com.agora.kernel.security.Caller;
import com.agora.kernel.timeline.OrderTimeline;
import com.agora.order.boundary.OrderViews.OrderFilter;
import com.agora.order.boundary.OrderViews.OrderSummary;
import com.agora.order.boundary.OrderViews.OrderView;
import com.agora.order.control.OrderStore;
import com.agora.order.entity.CustomerOrder;
import com.agora.order.entity.OrderStatus;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Optional;

/** Orders with their timeline, and lists of orders, for the API and the consoles. */
@Stateless
public class OrderQueries {

    @Inject
    OrderStore store;

    @Inject
    OrderTimeline timeline;

    @EJB
    CustomerFacts customers;

    public OrderView findOrder(Caller caller, long id) {
        return view(visible(caller, id, store.find(id)));
    }

    public Page<OrderSummary> listOrders(Caller caller, OrderFilter filter, PageRequest page) {
        Long merchant = caller.isMerchant() ? Long.valueOf(caller.ownMerchantId()) : filter.merchantId();
        Long customer = caller.isCustomer() ? Long.valueOf(caller.ownCustomerId()) : filter.customerId();
        OrderStatus status = filter.status() == null || filter.status().isBlank() ? null
                : Codes.parse(OrderStatus.class, "status", filter.status());
        return store.orders(merchant, customer, status, filter.search(), customers.customersMatching(filter.search()),
                page).map(OrderViews::summary);
    }

    /** The order as people see it: allocations, shipments and the whole timeline. */
    public OrderView view(CustomerOrder order) {
        return OrderViews.view(order, store.allocations(order.getId()), store.shipments(order.getId()),
                timeline.of(order.getId()));
    }

    /** Orders of other merchants or customers are reported as absent, never as forbidden. */
    static CustomerOrder visible(Caller caller, long id, Optional<CustomerOrder> found) {
        return found.filter(order -> caller.mayRead(order.getMerchantId(), order.getCustomerId()))
                .orElseThrow(() -> DomainProblem.notFound("order", id));
    }
}
