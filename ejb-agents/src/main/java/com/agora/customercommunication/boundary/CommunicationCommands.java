package com.agora.customercommunication.boundary;

import com.agora.customer.boundary.CustomerFacts.Contact;
import com.agora.customer.boundary.CustomerFacts;
import com.agora.customercommunication.boundary.CommunicationViews.MessageView;
import com.agora.customercommunication.control.CustomerMails;
import com.agora.customercommunication.control.MailFailure;
import com.agora.customercommunication.control.MailTemplate;
import com.agora.customercommunication.control.MailTransport;
import com.agora.customercommunication.control.MessageStore;
import com.agora.customercommunication.control.RenderedMail;
import com.agora.customercommunication.entity.CustomerMessage;
import com.agora.events.TimelineStep;
import com.agora.kernel.agent.Agent;
import com.agora.kernel.error.DomainProblem;
import com.agora.kernel.security.Caller;
import com.agora.kernel.timeline.OrderTimeline;
import com.agora.order.boundary.OrderFacts;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/**
 * What people ask the Customer Communication agent to do: send an e-mail of the log again, for a customer who did
 * not get it, or whose address was wrong and has been corrected. It goes out as it was written (same subject and
 * text) to the customer's address of now, and counts as one more attempt of the same message: a failed message
 * that goes out is sent, and leaves the console's "e-mails that failed".
 */
@Stateless
public class CommunicationCommands {

    @Inject
    MessageStore store;

    @EJB
    MessageLog log;

    @Inject
    MailTransport transport;

    @EJB
    OrderFacts orders;

    @EJB
    CustomerFacts customers;

    @Inject
    OrderTimeline timeline;

    /**
     * Sends a message of an order again, for admins and the order's merchant. The SMTP server's refusal is no
     * error of the request: the answer is the message with its new status and error, as the log has it.
     */
    public MessageView resend(Caller caller, long orderId, long messageId) {
        if (!caller.isAdmin() && !caller.isMerchant()) {
            throw DomainProblem.forbidden("only merchants and admins send a customer's e-mail again");
        }
        orders.orderFacts(orderId).filter(o -> caller.isPartyTo(o.merchantId(), o.customerId()))
                .orElseThrow(() -> DomainProblem.notFound("order", orderId));
        CustomerMessage message = store.message(messageId).filter(m -> m.getOrderId() == orderId)
                .orElseThrow(() -> DomainProblem.notFound("message", messageId));
        // Not at the same time as the agent's own retry of this message.
        log.takeTurn(orderId, message.getTemplate(), message.getReference());
        String recipient = customers.contactOf(message.getCustomerId()).map(Contact::email)
                .orElse(message.getRecipient());
        RenderedMail mail = new RenderedMail(MailTemplate.ofCode(message.getTemplate()), message.getSubject(),
                message.getBody());
        CustomerMessage outcome;
        try {
            transport.send(recipient, mail, CustomerMails.resendOf(orderId, message.getTemplate(),
                    message.getReference(), message.getAttempts() + 1));
            outcome = log.sentAgain(messageId, recipient);
        } catch (MailFailure failure) {
            outcome = log.failedAgain(messageId, recipient, failure.getMessage());
        }
        timeline.record(orderId, Agent.CUSTOMER_COMMUNICATION,
                outcome.isSent() ? TimelineStep.CUSTOMER_NOTIFIED : TimelineStep.NOTIFICATION_FAILED,
                outcome.getTemplate() + " e-mail sent again to " + recipient + " for " + caller.username()
                        + (outcome.isSent() ? "" : ": " + outcome.getError()));
        return CommunicationViews.view(outcome);
    }
}
