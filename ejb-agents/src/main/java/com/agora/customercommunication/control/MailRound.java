package com.agora.customercommunication.control;

import com.agora.customercommunication.entity.CustomerMessage;
import com.agora.kernel.transaction.PerTransaction;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The e-mails the events of one transaction ask for, sent together once its last event is handled. Their log is
 * then read with one query and written in one transaction of its own, where one message at a time took a lookup
 * and a transaction each.
 *
 * <p>A message the log has as sent is not sent again (the event was redelivered, or the step announced twice);
 * a failed one is tried again. A transient failure with attempts left ends the round: what it sent so far is
 * logged, and the events are delivered again after the kernel's back-off, which then finds those as sent.
 */
@PerTransaction
public class MailRound {

    /** An e-mail an event asks for, rendered and addressed. */
    public record Notification(long orderId, long customerId, String reference, String recipient, RenderedMail mail) {

        public String key() {
            return keyOf(orderId, mail.template().code(), reference);
        }
    }

    /**
     * How many messages a round sends before it logs them. A crash after the SMTP server took messages and before
     * they were logged sends those again (with the same Message-IDs); logging every few keeps that repeat small,
     * where logging each one cost a transaction per message.
     */
    static final int LOGGED_EVERY = 10;

    /** Hands a message to the SMTP server. */
    @FunctionalInterface
    public interface Sender {
        void send(String recipient, RenderedMail mail, String occasion) throws MailFailure;
    }

    /** Logs messages sent or tried, whatever becomes of the round's transaction. */
    @FunctionalInterface
    public interface Log {
        /** @return the messages as logged, in the same order */
        List<CustomerMessage> record(List<CustomerMessage> attempted);
    }

    /**
     * How a round went.
     *
     * @param logged the messages sent or tried now, new or from the log, as logged
     * @param sentBefore messages the log already had as sent, which are announced without being sent again
     * @param deferral why the round stopped early to be tried again later; null when it went through
     */
    public record Outcome(List<CustomerMessage> logged, List<CustomerMessage> sentBefore, String deferral) {
    }

    private final List<Notification> notifications = new ArrayList<>();

    /** A message of the log is one per order, template and reference; the same words lock its sending. */
    public static String keyOf(long orderId, String template, String reference) {
        return orderId + "/" + template + "/" + reference;
    }

    public void add(Notification notification) {
        notifications.add(notification);
    }

    public boolean isEmpty() {
        return notifications.isEmpty();
    }

    /** The messages' keys, each once and in one order for every round, so two rounds never wait on each other. */
    public List<String> keys() {
        Set<String> keys = new TreeSet<>();
        notifications.forEach(n -> keys.add(n.key()));
        return List.copyOf(keys);
    }

    public Set<Long> orderIds() {
        Set<Long> orders = new LinkedHashSet<>();
        notifications.forEach(n -> orders.add(n.orderId()));
        return orders;
    }

    /**
     * Sends what the log does not have as sent, and logs what it sent or tried.
     *
     * @param earlier the log's messages of the round's orders, detached: what the round changes on them is
     *                written by the log's own transactions only
     * @param attemptsAllowed how many attempts a message gets before a failure is final
     */
    public Outcome send(Collection<CustomerMessage> earlier, Sender sender, Log log, int attemptsAllowed) {
        Map<String, CustomerMessage> byKey = new HashMap<>();
        earlier.forEach(m -> byKey.put(keyOf(m.getOrderId(), m.getTemplate(), m.getReference()), m));
        List<CustomerMessage> logged = new ArrayList<>();
        List<CustomerMessage> unlogged = new ArrayList<>();
        List<CustomerMessage> sentBefore = new ArrayList<>();
        String deferral = null;
        for (Notification notification : notifications) {
            CustomerMessage message = byKey.get(notification.key());
            if (message != null && message.isSent()) {
                sentBefore.add(message);
                continue;
            }
            if (message == null) {
                RenderedMail mail = notification.mail();
                message = new CustomerMessage(notification.orderId(), notification.customerId(),
                        mail.template().code(), notification.reference(), notification.recipient(), mail.subject(),
                        mail.body());
                byKey.put(notification.key(), message);
            } else {
                message.addressedTo(notification.recipient());
            }
            CustomerMessage tried = message;
            if (unlogged.stream().noneMatch(m -> m == tried)) {
                unlogged.add(message);
            }
            try {
                sender.send(notification.recipient(), notification.mail(), CustomerMails.occasionOf(
                        notification.orderId(), notification.mail().template().code(), notification.reference()));
                message.sent(Instant.now());
            } catch (MailFailure failure) {
                message.failed(failure.getMessage());
                if (failure.isTransient() && message.getAttempts() < attemptsAllowed) {
                    deferral = notification.mail().template().code() + " e-mail for order "
                            + notification.orderId() + " not sent (attempt " + message.getAttempts() + " of "
                            + attemptsAllowed + "): " + failure.getMessage();
                    break;
                }
            }
            if (unlogged.size() == LOGGED_EVERY) {
                logged.addAll(log.record(List.copyOf(unlogged)));
                unlogged.clear();
            }
        }
        if (!unlogged.isEmpty()) {
            logged.addAll(log.record(List.copyOf(unlogged)));
        }
        return new Outcome(logged, sentBefore, deferral);
    }
}
