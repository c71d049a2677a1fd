package com.agora.it;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * The SMTP server the test domain mails customers through: a GreenMail server in this JVM on the port
 * {@code ./agora test} hands over as {@code agora.smtp.port}. One server for the whole run, started by the first
 * test class that asks and shared by the next ones (they run in the same JVM), so every class sees every message
 * and none fails on a port already taken. Tests tell their messages apart by recipient and subject.
 */
public final class MailInbox {

    private static final int DEFAULT_PORT = 14825;
    private static MailInbox shared;

    private final int port;
    private final List<MimeMessage> beforeOutages = new ArrayList<>();
    private GreenMail server;

    private MailInbox(int port) {
        this.port = port;
    }

    /** The running inbox, started on first use. */
    public static synchronized MailInbox shared() {
        if (shared == null) {
            shared = new MailInbox(Integer.getInteger("agora.smtp.port", DEFAULT_PORT));
            shared.start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> shared.stop(), "mail-inbox-shutdown"));
        }
        return shared;
    }

    /** Waits for a message to the recipient whose subject contains the text. */
    public MimeMessage awaitMessageTo(String recipient, String subjectContains, Duration timeout) {
        return Eventually.until(() -> messagesTo(recipient).stream()
                        .filter(m -> subject(m).contains(subjectContains)).findFirst(), timeout,
                () -> "an e-mail to " + recipient + " with '" + subjectContains + "' in its subject; the inbox has "
                        + messagesTo(recipient).stream().map(MailInbox::subject).toList());
    }

    /** Every message received for the recipient so far, oldest first. */
    public synchronized List<MimeMessage> messagesTo(String recipient) {
        return Stream.concat(beforeOutages.stream(), Arrays.stream(server.getReceivedMessages()))
                .filter(addressedTo(recipient)).toList();
    }

    /**
     * The SMTP server refuses connections while the action runs, as in an outage, and answers again afterwards.
     * What it received before stays readable.
     */
    public synchronized void duringOutage(Runnable action) {
        beforeOutages.addAll(List.of(server.getReceivedMessages()));
        stop();
        try {
            action.run();
        } finally {
            start();
        }
    }

    public static String subject(MimeMessage message) {
        try {
            return Optional.ofNullable(message.getSubject()).orElse("");
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The text of a plain-text message. */
    public static String text(MimeMessage message) {
        try {
            return String.valueOf(message.getContent()).replace("\r\n", "\n");
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String header(MimeMessage message, String name) {
        try {
            return message.getHeader(name, ",");
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Predicate<MimeMessage> addressedTo(String recipient) {
        return message -> {
            try {
                Address[] to = message.getAllRecipients();
                return to != null && Arrays.stream(to).anyMatch(a -> a.toString().equalsIgnoreCase(recipient));
            } catch (MessagingException e) {
                return false;
            }
        };
    }

    private void start() {
        server = new GreenMail(new ServerSetup(port, "localhost", ServerSetup.PROTOCOL_SMTP));
        server.start();
    }

    private void stop() {
        if (server != null) {
            server.stop();
        }
    }
}
