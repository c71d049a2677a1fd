package com.agora.order.boundary;

import com.agora.order.boundary.OrderViews.OrderView;
import com.agora.order.control.OrderRecords;
import com.agora.order.entity.CustomerOrder;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** What other agents may read of an order to do their part (documents, mails, returns). Read-only. */
@Stateless
public class OrderFacts {

    @PersistenceContext(unitName = "agora")
    EntityManager em;

    @Inject
    OrderRecords records;

    /**
     * No caller check, so it is for agents, never for a boundary that serves people. The timeline is left out:
     * agents ask on hot paths (every shipment, every invoice) and none of them reads it.
     */
    public Optional<OrderView> orderFacts(long id) {
        return Optional.ofNullable(em.find(CustomerOrder.class, id)).map(order -> OrderViews.view(order,
                records.allocations(id), records.shipments(id), List.of()));
    }
}
