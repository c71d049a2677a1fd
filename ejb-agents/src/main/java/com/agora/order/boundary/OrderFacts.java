package com.agora.order.boundary;

import com.agora.order.boundary.OrderViews.OrderView;
import com.agora.order.control.OrderStore;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

/** What other agents may read of an order to do their part (documents, mails, returns). Read-only. */
@Stateless
public class OrderFacts {

    @Inject
    OrderStore store;

    /**
     * No caller check, so it is for agents, never for a boundary that serves people. The timeline is left out:
     * agents ask on hot paths (every shipment, every invoice) and none of them reads it.
     */
    public Optional<OrderView> orderFacts(long id) {
        return store.find(id).map(order -> OrderViews.view(order, store.allocations(id), store.shipments(id),
                List.of()));
    }
}
