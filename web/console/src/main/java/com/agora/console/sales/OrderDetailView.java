package com.agora.console.sales;

import com.agora.console.faces.Feedback;
import com.agora.console.faces.StatusTags;
import com.agora.console.security.SignedInUser;
import com.agora.customer.boundary.CustomerFacts.Contact;
import com.agora.customer.boundary.CustomerFacts;
import com.agora.customercommunication.boundary.CommunicationCommands;
import com.agora.customercommunication.boundary.CommunicationQueries;
import com.agora.customercommunication.boundary.CommunicationViews.MessageView;
import com.agora.documentgeneration.boundary.DocumentQueries;
import com.agora.documentgeneration.boundary.DocumentViews.DocumentSummary;
import com.agora.infrastructure.boundary.DisplayNames;
import com.agora.kernel.error.Codes;
import com.agora.kernel.error.DomainProblem;
import com.agora.order.boundary.OrderCommands;
import com.agora.order.boundary.OrderQueries;
import com.agora.order.boundary.OrderViews.LineView;
import com.agora.order.boundary.OrderViews.OrderView;
import com.agora.order.boundary.OrderViews.ShipmentView;
import com.agora.order.control.OrderLifecycle;
import com.agora.order.entity.OrderStatus;
import com.agora.payment.boundary.PaymentCommands;
import com.agora.payment.boundary.PaymentQueries;
import com.agora.payment.boundary.PaymentViews.OrderPayments;
import com.agora.payment.boundary.PaymentViews.RequestRefund;
import com.agora.persistence.PostalAddress;
import com.agora.returns.boundary.ReturnViews.RequestReturn;
import com.agora.returns.boundary.ReturnViews.ReturnView;
import com.agora.returns.boundary.ReturnsCommands;
import com.agora.returns.entity.ReturnReason;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * One order as a workplace: who bought it, where the money stands, its parcels and papers, the mail the customer
 * got and what the agents did; and the actions on it (cancel, refund part of it, return a line, send an e-mail
 * again), each offered only
 * where the order's state and the user's role allow it, with the reason where not. Another merchant's order is
 * reported as not found, as the Order agent does, so its existence is not revealed.
 */
@Named
@ViewScoped
public class OrderDetailView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    OrderCommands orderCommands;

    @Inject
    OrderQueries orders;

    @Inject
    PaymentQueries payments;

    @Inject
    PaymentCommands paymentCommands;

    @Inject
    DocumentQueries documents;

    @Inject
    ReturnsCommands returns;

    @Inject
    CommunicationQueries communication;

    @Inject
    CommunicationCommands communicationCommands;

    @Inject
    CustomerFacts customers;

    @Inject
    DisplayNames names;

    @Inject
    SignedInUser signedIn;

    @Inject
    StatusTags tags;

    private Long id;

    /** What the boundaries answered, read again after every action; records do not travel with a session. */
    private transient OrderView order;
    private transient OrderPayments money;
    private transient List<DocumentSummary> papers;
    private transient List<MessageView> mails;
    private transient Contact contact;
    private transient Map<Long, String> parcelStatuses;

    private String cancelReason;
    private BigDecimal refundAmount;
    private String refundReason;
    private Long returnLineId;
    private Integer returnQuantity = 1;
    private String returnReason;
    private String returnComment;

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
            return;
        }
        money = payments.paymentsOf(signedIn.caller(), id);
        papers = documents.documentsOf(signedIn.caller(), id);
        mails = communication.messagesOf(signedIn.caller(), id);
        contact = customers.contactOf(order.customerId()).orElse(null);
        parcelStatuses = names.shipmentStatuses(order.shipments().stream().map(ShipmentView::shipmentId).toList());
    }

    // Actions

    public void cancel() {
        try {
            OrderView cancelled = orderCommands.cancelOrder(signedIn.caller(), id, cancelReason);
            Feedback.done("Order " + cancelled.orderNumber() + " cancelled: stock, payment and pick lists are"
                    + " being given back");
            cancelReason = null;
            load();
        } catch (RuntimeException e) {
            Feedback.failed(e, Map.of("reason", "cancelForm:reason"));
        }
    }

    public void refund() {
        try {
            // No idempotency key: a person who sends the dialog twice means two refunds, and the ledger caps both.
            paymentCommands.requestRefund(signedIn.caller(), id, new RequestRefund(refundAmount, refundReason), null);
            Feedback.done("Refund of " + refundAmount.setScale(2) + " " + order.currency() + " for order "
                    + order.orderNumber() + " sent to the payment gateway");
            refundAmount = null;
            refundReason = null;
            load();
        } catch (RuntimeException e) {
            Feedback.failed(e, Map.of("amount", "refundForm:amount", "reason", "refundForm:reason"));
        }
    }

    public void requestReturn() {
        try {
            ReturnView created = returns.requestReturn(signedIn.caller(), new RequestReturn(id, returnLineId,
                    returnQuantity, returnReason, null, returnComment), null);
            Feedback.done("Return " + created.returnNumber() + " created: " + tags.label(created.status()));
            returnLineId = null;
            returnQuantity = 1;
            returnReason = null;
            returnComment = null;
            load();
        } catch (RuntimeException e) {
            Feedback.failed(e, Map.of("orderLineId", "returnForm:line", "quantity", "returnForm:quantity",
                    "reason", "returnForm:reason", "comment", "returnForm:comment"));
        }
    }

    public void resend(long messageId) {
        try {
            MessageView mail = communicationCommands.resend(signedIn.caller(), id, messageId);
            if ("sent".equals(mail.status())) {
                Feedback.done("\u201c" + mail.subject() + "\u201d sent again to " + mail.recipient());
            } else {
                Feedback.warned("\u201c" + mail.subject() + "\u201d could not be sent again to " + mail.recipient(),
                        mail.error());
            }
            load();
        } catch (RuntimeException e) {
            Feedback.failed(e);
        }
    }

    // What may be done, and why not

    /** Why the order cannot be cancelled, or null when it can. */
    public String getCancelRefusal() {
        OrderStatus status = Codes.parse(OrderStatus.class, "status", order.status());
        if (!OrderLifecycle.allows(status, OrderStatus.CANCELLED)) {
            return OrderLifecycle.isFinal(status) ? "The order is " + OrderLifecycle.label(status) + "."
                    : "A parcel of this order has already been handed to a carrier.";
        }
        return null;
    }

    public String getRefundRefusal() {
        if (money.refundable().signum() <= 0) {
            return money.captured().signum() <= 0 ? "Nothing has been charged yet: the card is charged"
                    + " when the order ships." : "Everything charged has been refunded.";
        }
        return null;
    }

    public String getReturnRefusal() {
        if (!signedIn.isAdmin()) {
            return "Customers ask for returns; merchants decide them on the Returns page.";
        }
        if (!"delivered".equals(order.status())) {
            return "Only a delivered order can be returned.";
        }
        return null;
    }

    public String parcelStatus(ShipmentView parcel) {
        return parcelStatuses.getOrDefault(parcel.shipmentId(), parcel.status());
    }

    public List<String> getReturnReasons() {
        return StatusTags.codesOf(ReturnReason.class);
    }

    public List<LineView> getLines() {
        return order.lines();
    }

    // Read by the page

    public OrderView getOrder() {
        return order;
    }

    public OrderPayments getMoney() {
        return money;
    }

    public List<DocumentSummary> getPapers() {
        return papers;
    }

    public List<MessageView> getMails() {
        return mails;
    }

    public Contact getContact() {
        return contact;
    }

    /** Where the order goes, as it was placed: a later edit of the address book does not move it. */
    public PostalAddress getShipTo() {
        return order == null ? null : order.shipTo();
    }

    public PostalAddress getBillTo() {
        return order == null ? null : order.billTo();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getCancelReason() {
        return cancelReason;
    }

    public void setCancelReason(String cancelReason) {
        this.cancelReason = cancelReason;
    }

    public BigDecimal getRefundAmount() {
        return refundAmount;
    }

    public void setRefundAmount(BigDecimal refundAmount) {
        this.refundAmount = refundAmount;
    }

    public String getRefundReason() {
        return refundReason;
    }

    public void setRefundReason(String refundReason) {
        this.refundReason = refundReason;
    }

    public Long getReturnLineId() {
        return returnLineId;
    }

    public void setReturnLineId(Long returnLineId) {
        this.returnLineId = returnLineId;
    }

    public Integer getReturnQuantity() {
        return returnQuantity;
    }

    public void setReturnQuantity(Integer returnQuantity) {
        this.returnQuantity = returnQuantity;
    }

    public String getReturnReason() {
        return returnReason;
    }

    public void setReturnReason(String returnReason) {
        this.returnReason = returnReason;
    }

    public String getReturnComment() {
        return returnComment;
    }

    public void setReturnComment(String returnComment) {
        this.returnComment = returnComment;
    }
}
