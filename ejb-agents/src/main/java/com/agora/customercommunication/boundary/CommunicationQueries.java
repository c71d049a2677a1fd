package com.agora.customercommunication.boundary;

import com.agora.customercommunication.boundary.CommunicationViews.MessageView;
import com.agora.customercommunication.control.MessageStore;
import com.agora.customercommunication.entity.MessageStatus;
import com.agora.kernel.error.Codes;
import com.agora.kernel.error.DomainProblem;
import com.agora.kernel.paging.Page;
import com.agora.kernel.paging.PageRequest;
import com.agora.kernel.security.Caller;
import com.agora.order.boundary.OrderFacts;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;

/** The messages sent to customers, for the API and the admin console. */
@Stateless
public class CommunicationQueries {

    @Inject
    MessageStore store;

    @EJB
    OrderFacts orders;

    /** The messages about one order, oldest first, for admins and the order's merchant and customer. */
    public List<MessageView> messagesOf(Caller caller, long orderId) {
        orders.orderFacts(orderId).filter(o -> caller.isPartyTo(o.merchantId(), o.customerId()))
                .orElseThrow(() -> DomainProblem.notFound("order", orderId));
        return store.messagesOf(orderId).stream().map(CommunicationViews::view).toList();
    }

    /** Every message, newest first, optionally only those of one status; for the admin console. */
    public Page<MessageView> messageLog(String status, PageRequest page) {
        MessageStatus wanted = status == null || status.isBlank() ? null
                : Codes.parse(MessageStatus.class, "status", status);
        return store.messages(wanted, page).map(CommunicationViews::view);
    }
}
