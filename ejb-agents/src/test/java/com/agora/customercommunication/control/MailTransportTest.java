package com.agora.customercommunication.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The transport against a real SMTP server on loopback. */
class MailTransportTest {

    private int port;
    private GreenMail server;
    private MailTransport transport;

    @BeforeEach
    void start() throws IOException {
        try (ServerSocket probe = new ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        server = startServer();
        transport = new MailTransport();
        transport.host = "127.0.0.1";
        transport.port = port;
        transport.from = "Agora <orders@agora.local>";
        transport.timeoutMs = 2000;
        transport.idleConnections = 4;
        transport.connect();
    }

    @AfterEach
    void stop() {
        transport.disconnect();
        server.stop();
    }

    @Test
    void messagesOneAfterAnotherShareOneConnection() throws Exception {
        for (int i = 1; i <= 3; i++) {
            transport.send("ada" + i + "@example.com", mail("Order AG-" + i), occasion(i));
        }

        MimeMessage[] received = server.getReceivedMessages();
        assertEquals(3, received.length);
        assertEquals("Order AG-3", received[2].getSubject());
        assertEquals(MailTemplate.ORDER_CONFIRMED.code(), received[2].getHeader(MailTransport.TEMPLATE_HEADER)[0]);
        assertEquals(1, transport.idleConnections());
    }

    @Test
    void aRepeatOfTheSameOccasionCarriesTheSameMessageId() throws Exception {
        transport.send("ada@example.com", mail("Order AG-7"), occasion(7));
        transport.send("ada@example.com", mail("Order AG-7"), occasion(7));
        transport.send("ada@example.com", mail("Order AG-8"), occasion(8));

        MimeMessage[] received = server.getReceivedMessages();
        assertEquals(3, received.length);
        assertEquals("<order-7.order-confirmed.order@agora.local>", received[0].getMessageID());
        assertEquals(received[0].getMessageID(), received[1].getMessageID());
        assertNotEquals(received[0].getMessageID(), received[2].getMessageID());
    }

    @Test
    void aConnectionTheServerDroppedIsReplacedBeforeTheNextMessage() throws Exception {
        transport.send("ada@example.com", mail("Before the restart"), occasion(1));
        server.stop();
        server = startServer();

        transport.send("ada@example.com", mail("After the restart"), occasion(1));

        MimeMessage[] received = server.getReceivedMessages();
        assertEquals(1, received.length);
        assertEquals("After the restart", received[0].getSubject());
    }

    @Test
    void aServerThatIsGoneIsATransientFailureAndNoConnectionIsKept() throws Exception {
        transport.send("ada@example.com", mail("Before the outage"), occasion(1));
        server.stop();

        MailFailure failure = assertThrows(MailFailure.class,
                () -> transport.send("ada@example.com", mail("During the outage"), occasion(1)));

        assertTrue(failure.isTransient(), failure.getMessage());
        assertEquals(0, transport.idleConnections());
    }

    @Test
    void aMalformedRecipientIsAPermanentFailure() {
        MailFailure failure = assertThrows(MailFailure.class,
                () -> transport.send("not an address", mail("x"), occasion(1)));

        assertFalse(failure.isTransient(), failure.getMessage());
        assertEquals(0, server.getReceivedMessages().length);
    }

    private GreenMail startServer() {
        GreenMail started = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        started.start();
        return started;
    }

    private static String occasion(long orderId) {
        return CustomerMails.occasionOf(orderId, MailTemplate.ORDER_CONFIRMED.code(), CustomerMails.ONCE_PER_ORDER);
    }

    private static RenderedMail mail(String subject) {
        return new RenderedMail(MailTemplate.ORDER_CONFIRMED, subject, "Hello Ada,\n\nthank you.");
    }
}
