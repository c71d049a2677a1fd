package com.agora.returns.boundary;

import com.agora.kernel.error.Codes;
import com.agora.kernel.error.DomainProblem;
import com.agora.kernel.paging.Page;
import com.agora.kernel.paging.PageRequest;
import com.agora.kernel.security.Caller;
import com.agora.order.boundary.OrderFacts;
import com.agora.returns.boundary.ReturnViews.ReturnFilter;
import com.agora.returns.boundary.ReturnViews.ReturnView;
import com.agora.returns.control.ReturnsStore;
import com.agora.returns.entity.ReturnAuthorization;
import com.agora.returns.entity.ReturnStatus;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Optional;

/** Returns one by one and in pages, for the API and the consoles. */
@Stateless
public class ReturnsQueries {

    @Inject
    ReturnsStore store;

    @EJB
    OrderFacts orders;

    public ReturnView findReturn(Caller caller, long id) {
        return ReturnViews.view(visible(caller, store.find(id), id));
    }

    public Page<ReturnView> listReturns(Caller caller, ReturnFilter filter, PageRequest page) {
        Long merchant = caller.isMerchant() ? Long.valueOf(caller.ownMerchantId()) : null;
        Long customer = !caller.isMerchant() && caller.isCustomer() ? Long.valueOf(caller.ownCustomerId()) : null;
        ReturnStatus status = filter.status() == null || filter.status().isBlank() ? null
                : Codes.parse(ReturnStatus.class, "status", filter.status());
        return store.returns(merchant, customer, status, filter.orderId(), filter.search(),
                orders.ordersMatching(filter.search(), merchant, customer), page).map(ReturnViews::view);
    }

    /** Returns of other merchants or customers are reported as absent, never as forbidden. */
    static ReturnAuthorization visible(Caller caller, Optional<ReturnAuthorization> found, long id) {
        return found.filter(rma -> caller.mayRead(rma.getMerchantId(), rma.getCustomerId()))
                .orElseThrow(() -> DomainProblem.notFound("return", id));
    }
}
