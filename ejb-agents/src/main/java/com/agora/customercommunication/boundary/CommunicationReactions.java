package com.agora.customercommunication.boundary;

import com.agora.customercommunication.control.CustomerMails;
import com.agora.customercommunication.control.MailRound;
import com.agora.customercommunication.control.MailTemplates;
import com.agora.customercommunication.control.MailTransport;
import com.agora.customercommunication.control.RenderedMail;
import com.agora.customercommunication.entity.CustomerMessage;
import com.agora.events.CustomerContact;
import com.agora.events.OrderCancelled;
import com.agora.events.OrderConfirmed;
import com.agora.events.OrderDelivered;
import com.agora.events.OrderShipped;
import com.agora.events.PaymentRefunded;
import com.agora.events.TimelineStep;
import com.agora.kernel.agent.Agent;
import com.agora.kernel.agent.BusinessAgent;
import com.agora.kernel.calendar.ShopCalendar;
import com.agora.kernel.timeline.OrderTimeline;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.function.Function;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The Customer Communication agent: tells the customer by e-mail when an order is confirmed, cancelled (with why),
 * shipped (with tracking links), delivered and refunded. Every message is logged with its outcome and written on
 * the order's timeline.
 *
 * <p>The e-mails a transaction's events ask for are sent together after its last event ({@link MailRound}).
 *
 * <p>A failing SMTP server must not stall or undo the order, and the customer should still hear from us when it
 * is back. So a transient failure is recorded and thrown: the kernel rolls the event back and delivers it again
 * with its back-off. On the last attempt the kernel allows (the same {@code agora.messaging.max-attempts}) the
 * message stays failed, is announced as such, and the event completes instead of becoming a dead letter: the
 * order has moved on regardless, and the failure is on the console's message log for someone to follow up. A
 * recipient the server refuses is not retried at all.
 */
@Stateless
@BusinessAgent(Agent.CUSTOMER_COMMUNICATION)
public class CommunicationReactions {

    private static final MailTemplates TEMPLATES = new MailTemplates();

    @Inject
    OrderTimeline timeline;

    @EJB
    MessageLog log;

    @Inject
    MailTransport transport;

    @Inject
    MailRound round;

    @Inject
    @ConfigProperty(name = "agora.messaging.max-attempts", defaultValue = "4")
    int deliveryAttempts;

    @Inject
    ShopCalendar calendar;

    private CustomerMails mails;

    @PostConstruct
    void composeInTheShopsZone() {
        mails = new CustomerMails(TEMPLATES, calendar.zone());
    }

    public void orderConfirmed(OrderConfirmed confirmed) {
        notifyCustomer(confirmed.orderId(), confirmed.customerId(), confirmed.customer(), CustomerMails.ONCE_PER_ORDER,
                name -> mails.confirmed(name, confirmed));
    }

    public void orderCancelled(OrderCancelled cancelled) {
        notifyCustomer(cancelled.orderId(), cancelled.customerId(), cancelled.customer(), CustomerMails.ONCE_PER_ORDER,
                name -> mails.cancelled(name, cancelled));
    }

    public void orderShipped(OrderShipped shipped) {
        notifyCustomer(shipped.orderId(), shipped.customerId(), shipped.customer(), CustomerMails.ONCE_PER_ORDER,
                name -> mails.shipped(name, shipped));
    }

    public void orderDelivered(OrderDelivered delivered) {
        notifyCustomer(delivered.orderId(), delivered.customerId(), delivered.customer(), CustomerMails.ONCE_PER_ORDER,
                name -> mails.delivered(name, delivered));
    }

    public void paymentRefunded(PaymentRefunded refunded) {
        notifyCustomer(refunded.orderId(), refunded.customerId(), refunded.customer(),
                CustomerMails.referenceOf(refunded),
                name -> mails.refunded(name, refunded));
    }

    private void notifyCustomer(long orderId, long customerId, CustomerContact contact, String reference,
            Function<String, RenderedMail> compose) {
        if (contact == null || contact.email() == null) {
            throw new IllegalStateException("order " + orderId + " names no e-mail address for customer " + customerId);
        }
        round.add(new MailRound.Notification(orderId, customerId, reference, contact.email(),
                compose.apply(contact.name())));
    }

    /**
     * Sends the e-mails the transaction's events asked for, once its last event is handled, and announces each
     * on its order's timeline.
     */
    public void sendTheRound() {
        if (round.isEmpty()) {
            return;
        }
        log.takeTurns(round.keys());
        MailRound.Outcome outcome = round.send(log.messagesOf(round.orderIds()), transport::send, log::record,
                deliveryAttempts);
        if (outcome.deferral() != null) {
            throw new MailDeferred(outcome.deferral());
        }
        outcome.sentBefore().forEach(this::announce);
        outcome.logged().forEach(this::announce);
    }

    private void announce(CustomerMessage message) {
        timeline.record(message.getOrderId(), Agent.CUSTOMER_COMMUNICATION,
                message.isSent() ? TimelineStep.CUSTOMER_NOTIFIED : TimelineStep.NOTIFICATION_FAILED,
                message.getTemplate() + " e-mail to " + message.getRecipient()
                        + (message.isSent() ? "" : ": " + message.getError()));
    }
}
