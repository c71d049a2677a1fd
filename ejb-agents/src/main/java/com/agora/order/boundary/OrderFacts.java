package com.agora.order.boundary;

import com.agora.customer.boundary.CustomerFacts;
import com.agora.events.CustomerContact;
import com.agora.kernel.paging.ListSearch;
import com.agora.kernel.paging.SearchMatches;
import com.agora.order.boundary.OrderViews.OrderView;
import com.agora.order.control.OrderParties;
import com.agora.order.control.OrderStore;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

/**
 * What other agents may read of an order to do their part (documents, mails, returns), and which orders their lists'
 * search text means. Read-only.
 */
@Stateless
public class OrderFacts {

    @Inject
    OrderStore store;

    @EJB
    CustomerFacts customers;

    /**
     * No caller check, so it is for agents, never for a boundary that serves people. The timeline is left out:
     * agents ask on hot paths (every shipment, every invoice) and none of them reads it.
     */
    public Optional<OrderView> orderFacts(long id) {
        return store.find(id).map(order -> OrderViews.view(order, store.allocations(id), store.shipments(id),
                List.of()));
    }

    /** Whom to write to about an order, as the order recorded it when it was placed. */
    public Optional<CustomerContact> customerContactOf(long orderId) {
        return store.find(orderId).map(OrderParties::contactOf);
    }

    /**
     * The orders a search text of another agent's list means: by order number, or by the customer's name or e-mail.
     * The merchant and customer narrow which orders count towards {@link SearchMatches#LIMIT}, so a merchant's search
     * is not capped by other merchants' orders; the asking agent still scopes its own rows.
     */
    public SearchMatches ordersMatching(ListSearch search, Long merchantId, Long customerId) {
        if (!search.hasText()) {
            return SearchMatches.NONE;
        }
        SearchMatches named = customers.customersMatching(search);
        SearchMatches orders = SearchMatches.of(store.orderIdsMatching(search, named, merchantId, customerId));
        return named.capped() ? new SearchMatches(orders.ids(), true) : orders;
    }
}
