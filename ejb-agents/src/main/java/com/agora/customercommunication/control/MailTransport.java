package com.agora.customercommunication.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Deque;
import java.util.Properties;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Hands e-mail to the SMTP server the domain names ({@code agora.mail.smtp.host} and {@code .port}). Timeouts are
 * short: a message is sent inside the agent's transaction, and a server that does not answer within seconds is
 * better tried again later than waited for.
 *
 * <p>Connections stay open between messages: opening one (TCP, the server's greeting, EHLO, and the timer thread
 * behind the write timeout) cost more than sending the message itself. A kept connection that fails (the server
 * closed it while it was idle) is closed and the message goes on a new one; one that failed is never kept.
 *
 * <p>Sending is at least once: a crash after the server took a message and before the agent's transaction
 * committed sends it again. Its Message-ID is therefore made from the occasion, not drawn at random, so the repeat
 * is the same message to the recipient's mail system, which keeps one.
 */
@ApplicationScoped
public class MailTransport {

    private static final Logger LOG = Logger.getLogger(MailTransport.class.getName());

    /** Lets a mailbox (and a test) tell which template a message came from without parsing its subject. */
    public static final String TEMPLATE_HEADER = "X-Agora-Template";

    @Inject
    @ConfigProperty(name = "agora.mail.smtp.host", defaultValue = "localhost")
    String host;

    @Inject
    @ConfigProperty(name = "agora.mail.smtp.port", defaultValue = "25")
    int port;

    @Inject
    @ConfigProperty(name = "agora.mail.from", defaultValue = "Agora <orders@agora.local>")
    String from;

    @Inject
    @ConfigProperty(name = "agora.mail.timeout-ms", defaultValue = "5000")
    int timeoutMs;

    /** As many as messages are sent at once (the agent's listeners); a connection beyond that is closed. */
    @Inject
    @ConfigProperty(name = "agora.mail.idle-connections", defaultValue = "4")
    int idleConnections;

    private Session session;
    /** The right-hand side of every Message-ID: the sender's domain. */
    private String messageIdDomain;
    private final Deque<Transport> idle = new ConcurrentLinkedDeque<>();

    @PostConstruct
    void connect() {
        Properties settings = new Properties();
        settings.put("mail.transport.protocol", "smtp");
        settings.put("mail.smtp.host", host);
        settings.put("mail.smtp.port", String.valueOf(port));
        settings.put("mail.smtp.connectiontimeout", String.valueOf(timeoutMs));
        settings.put("mail.smtp.timeout", String.valueOf(timeoutMs));
        settings.put("mail.smtp.writetimeout", String.valueOf(timeoutMs));
        settings.put("mail.smtp.socketFactory", new NoDelaySockets());
        session = Session.getInstance(settings);
        messageIdDomain = domainOf(from);
    }

    @PreDestroy
    void disconnect() {
        for (Transport connection; (connection = idle.pollFirst()) != null;) {
            close(connection);
        }
    }

    /**
     * @param occasion what the message is about, the same on every attempt ({@link CustomerMails#occasionOf});
     *                 letters, digits, dots and hyphens
     */
    public void send(String recipient, RenderedMail mail, String occasion) throws MailFailure {
        Transport connection = null;
        try {
            MimeMessage message = new OccasionMessage(session, "<" + occasion + "@" + messageIdDomain + ">");
            message.setFrom(new InternetAddress(from, true));
            message.setRecipient(Message.RecipientType.TO, new InternetAddress(recipient, true));
            message.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
            message.setText(mail.body(), StandardCharsets.UTF_8.name());
            message.setSentDate(new Date());
            message.setHeader(TEMPLATE_HEADER, mail.template().code());
            message.saveChanges();
            connection = idle.pollFirst();
            if (connection != null && sentOnKept(connection, message)) {
                return;
            }
            connection = session.getTransport();
            connection.connect();
            connection.sendMessage(message, message.getAllRecipients());
            keep(connection);
        } catch (AddressException e) {
            throw new MailFailure("invalid address: " + e.getMessage(), false, e);
        } catch (SendFailedException e) {
            close(connection);
            boolean refused = e.getInvalidAddresses() != null && e.getInvalidAddresses().length > 0;
            throw new MailFailure((refused ? "recipient refused: " : "not sent: ") + reason(e), !refused, e);
        } catch (MessagingException e) {
            close(connection);
            throw new MailFailure("SMTP server " + host + ":" + port + " failed: " + reason(e), true, e);
        }
    }

    /**
     * Sends on a connection kept from an earlier message, without asking the server first whether it is still
     * there: that question (NOOP) was a round trip per message. A connection the server dropped while it was idle
     * fails on the first command, before anything was sent, and the message then goes on a new one.
     *
     * @return false when the kept connection failed and was closed
     * @throws SendFailedException when the server refused the recipient
     */
    private boolean sentOnKept(Transport connection, MimeMessage message) throws MessagingException {
        try {
            connection.sendMessage(message, message.getAllRecipients());
        } catch (MessagingException e) {
            close(connection);
            if (e instanceof SendFailedException refusal && refusal.getInvalidAddresses() != null
                    && refusal.getInvalidAddresses().length > 0) {
                throw refusal;
            }
            // Dropped, or closed with a 421 the server wrote when it gave up on the idle connection.
            LOG.log(Level.FINE, "A kept SMTP connection failed ({0}); sending on a new one", e.toString());
            return false;
        }
        keep(connection);
        return true;
    }

    /** The domain of the sender's address; a malformed sender fails each send as before, with its own message. */
    private static String domainOf(String sender) {
        try {
            String address = new InternetAddress(sender).getAddress();
            return address.substring(address.lastIndexOf('@') + 1);
        } catch (AddressException e) {
            return "agora.local";
        }
    }

    /** Keeps the Message-ID it was given; Jakarta Mail would draw a new one on every save. */
    private static final class OccasionMessage extends MimeMessage {

        private final String messageId;

        OccasionMessage(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }

    /** Connections kept open now, ready for the next message. */
    int idleConnections() {
        return idle.size();
    }

    private void keep(Transport connection) {
        if (idle.size() < idleConnections) {
            idle.offerFirst(connection);
        } else {
            close(connection);
        }
    }

    private static void close(Transport connection) {
        if (connection == null) {
            return;
        }
        try {
            connection.close();
        } catch (MessagingException | RuntimeException e) {
            LOG.log(Level.FINE, "Closing an SMTP connection failed: {0}", e.toString());
        }
    }

    private static String reason(Exception failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root == failure ? String.valueOf(failure.getMessage())
                : failure.getMessage() + " (" + root.getClass().getSimpleName() + ": " + root.getMessage() + ")";
    }
}
