package com.agora.console.sales;

import com.agora.console.faces.Feedback;
import com.agora.console.security.SignedInUser;
import com.agora.kernel.error.DomainProblem;
import com.agora.order.boundary.OrderQueries;
import com.agora.order.boundary.OrderViews.OrderView;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * One order with its lines, totals and the steps the agents took. Another merchant's order is reported as not
 * found, as the Order agent does, so its existence is not revealed.
 */
@Named
@RequestScoped
public class OrderDetailView {

    @Inject
    OrderQueries orders;

    @Inject
    SignedInUser signedIn;

    private Long id;
    private OrderView order;

    public void load() {
        if (id == null) {
            return;
        }
        try {
            order = orders.findOrder(signedIn.caller(), id);
        } catch (RuntimeException e) {
            // The page itself says when an order is not there; anything else is worth a message.
            boolean notFound = Feedback.refusalIn(e).filter(p -> p.kind() == DomainProblem.Kind.NOT_FOUND).isPresent();
            if (!notFound) {
                Feedback.failed(e);
            }
        }
    }

    public OrderView getOrder() {
        return order;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
