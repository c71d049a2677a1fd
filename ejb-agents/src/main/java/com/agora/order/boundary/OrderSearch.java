package com.agora.order.boundary;

import com.agora.customer.boundary.CustomerFacts;
import com.agora.kernel.error.Codes;
import com.agora.kernel.paging.FilteredQuery;
import com.agora.kernel.paging.ListSearch;
import com.agora.kernel.paging.Page;
import com.agora.kernel.paging.PageRequest;
import com.agora.kernel.security.Caller;
import com.agora.order.boundary.OrderViews.OrderSummary;
import com.agora.order.entity.CustomerOrder;
import com.agora.order.entity.OrderStatus;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Map;

/**
 * Finding orders the way people look for them in a console: by a piece of the order number or of the customer's
 * name or e-mail (whom the Customer agent finds, up to its bound), within the days they were placed, in the order a
 * column is sorted by. Read-only, and scoped like the Order agent's own list: a merchant finds only its own orders.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class OrderSearch {

    /**
     * What is looked for; every part is optional. The search's period is when the orders were placed; {@code sort} is
     * a column ({@link #SORTABLE}), with a leading {@code -} for descending.
     */
    public record OrderQuery(String status, ListSearch search, String sort) {
    }

    /** The columns a list may be sorted by, as JPQL paths; anything else keeps the newest first. */
    static final Map<String, String> SORTABLE = Map.of("orderNumber", "o.orderNumber", "status", "o.status",
            "total", "o.total", "createdAt", "o.createdAt");

    @PersistenceContext(unitName = "agora")
    EntityManager em;

    @EJB
    CustomerFacts customers;

    public Page<OrderSummary> search(Caller caller, OrderQuery query, PageRequest page) {
        FilteredQuery<CustomerOrder> orders = new FilteredQuery<>(CustomerOrder.class, "o");
        if (caller.isMerchant()) {
            orders.where("o.merchantId = :merchant", "merchant", caller.ownMerchantId());
        } else if (caller.isCustomer()) {
            orders.where("o.customerId = :customer", "customer", caller.ownCustomerId());
        }
        if (query.status() != null && !query.status().isBlank()) {
            orders.where("o.status = :status", "status", Codes.parse(OrderStatus.class, "status", query.status()));
        }
        orders.narrowedBy(query.search(), "o.createdAt", "o.customerId", customers.customersMatching(query.search()),
                "o.orderNumber");
        return orders.page(em, orderBy(query.sort()), page).map(OrderViews::summary);
    }

    static String orderBy(String sort) {
        String newestFirst = "o.createdAt desc, o.id desc";
        if (sort == null || sort.isBlank()) {
            return newestFirst;
        }
        boolean descending = sort.startsWith("-");
        String path = SORTABLE.get(descending ? sort.substring(1) : sort);
        return path == null ? newestFirst : path + (descending ? " desc" : " asc") + ", o.id desc";
    }
}
