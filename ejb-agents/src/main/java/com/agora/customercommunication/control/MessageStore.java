package com.agora.customercommunication.control;

import com.agora.customercommunication.entity.CustomerMessage;
import com.agora.customercommunication.entity.MessageStatus;
import com.agora.kernel.paging.FilteredQuery;
import com.agora.kernel.paging.Page;
import com.agora.kernel.paging.PageRequest;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Reads the message log for people; the log itself is written by {@code MessageLog}, in transactions of its own. */
@Dependent
public class MessageStore {

    @PersistenceContext(unitName = "agora")
    EntityManager em;

    public Optional<CustomerMessage> message(long id) {
        return Optional.ofNullable(em.find(CustomerMessage.class, id));
    }

    /** The messages about one order, oldest first. */
    public List<CustomerMessage> messagesOf(long orderId) {
        return em.createQuery("select m from CustomerMessage m where m.orderId = :order order by m.createdAt, m.id",
                        CustomerMessage.class)
                .setParameter("order", orderId)
                .getResultList();
    }

    /** Every message, newest first; only those of one status unless it is null. */
    public Page<CustomerMessage> messages(MessageStatus status, PageRequest page) {
        FilteredQuery<CustomerMessage> query = new FilteredQuery<>(CustomerMessage.class, "m");
        if (status != null) {
            query.where("m.status = :status", "status", status);
        }
        return query.page(em, "m.createdAt desc, m.id desc", page);
    }
}
