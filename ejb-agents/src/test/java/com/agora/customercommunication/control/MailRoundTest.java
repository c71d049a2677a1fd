package com.agora.customercommunication.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.agora.customercommunication.control.MailRound.Notification;
import com.agora.customercommunication.entity.CustomerMessage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MailRoundTest {

    private static final int ATTEMPTS = 4;

    /** What the SMTP server was handed, and the recipients it fails for. */
    private static final class FakeServer implements MailRound.Sender {
        final List<String> occasions = new ArrayList<>();
        final Set<String> down = new HashSet<>();
        final Set<String> refused = new HashSet<>();

        @Override
        public void send(String recipient, RenderedMail mail, String occasion) throws MailFailure {
            if (down.contains(recipient)) {
                throw new MailFailure("connection refused", true, null);
            }
            if (refused.contains(recipient)) {
                throw new MailFailure("550 no such user", false, null);
            }
            occasions.add(occasion);
        }
    }

    private final FakeServer server = new FakeServer();
    /** What the log was given, call by call. */
    private final List<List<CustomerMessage>> logCalls = new ArrayList<>();
    private final MailRound.Log log = attempted -> {
        logCalls.add(attempted);
        return attempted;
    };
    private final MailRound round = new MailRound();

    @Test
    void sendsEachMessageOfTheRoundAndHandsThemAllToTheLogInOrder() {
        round.add(confirmed(7, "ada@example.com"));
        round.add(shipped(9, "bob@example.com"));

        MailRound.Outcome outcome = round.send(List.of(), server, log, ATTEMPTS);

        assertEquals(List.of("order-7.order-confirmed.order", "order-9.order-shipped.order"), server.occasions);
        assertNull(outcome.deferral());
        assertEquals(2, outcome.logged().size());
        CustomerMessage first = outcome.logged().get(0);
        assertEquals(7, first.getOrderId());
        assertEquals("order-confirmed", first.getTemplate());
        assertEquals("ada@example.com", first.getRecipient());
        assertTrue(first.isSent());
        assertEquals(1, first.getAttempts());
        assertEquals(9, outcome.logged().get(1).getOrderId());
        assertTrue(outcome.sentBefore().isEmpty());
    }

    @Test
    void aMessageTheLogHasAsSentIsAnnouncedWithoutBeingSentAgain() {
        CustomerMessage logged = logged(7, "order-confirmed", "ada@example.com");
        logged.sent(Instant.EPOCH);
        round.add(confirmed(7, "ada@example.com"));
        round.add(shipped(7, "ada@example.com"));

        MailRound.Outcome outcome = round.send(List.of(logged), server, log, ATTEMPTS);

        assertEquals(List.of("order-7.order-shipped.order"), server.occasions);
        assertEquals(List.of(logged), outcome.sentBefore());
        assertEquals(1, outcome.logged().size());
        assertEquals("order-shipped", outcome.logged().get(0).getTemplate());
    }

    @Test
    void aMessageThatFailedBeforeIsTriedAgainToTheAddressOfNowAsOneMoreAttempt() {
        CustomerMessage logged = logged(7, "order-confirmed", "old@example.com");
        logged.failed("connection refused");
        round.add(confirmed(7, "ada@example.com"));

        MailRound.Outcome outcome = round.send(List.of(logged), server, log, ATTEMPTS);

        assertSame(logged, outcome.logged().get(0));
        assertTrue(logged.isSent());
        assertEquals(2, logged.getAttempts());
        assertEquals("ada@example.com", logged.getRecipient());
        assertEquals(List.of("order-7.order-confirmed.order"), server.occasions);
    }

    @Test
    void aServerThatIsDownEndsTheRoundAndKeepsWhatWasSentForTheLog() {
        server.down.add("bob@example.com");
        round.add(confirmed(7, "ada@example.com"));
        round.add(confirmed(9, "bob@example.com"));
        round.add(confirmed(11, "cyd@example.com"));

        MailRound.Outcome outcome = round.send(List.of(), server, log, ATTEMPTS);

        assertEquals(List.of("order-7.order-confirmed.order"), server.occasions, "the round stops at the failure");
        assertNotNull(outcome.deferral());
        assertTrue(outcome.deferral().contains("order 9") && outcome.deferral().contains("attempt 1 of 4"),
                outcome.deferral());
        assertEquals(2, outcome.logged().size());
        assertTrue(outcome.logged().get(0).isSent());
        CustomerMessage failed = outcome.logged().get(1);
        assertFalse(failed.isSent());
        assertEquals("connection refused", failed.getError());
    }

    @Test
    void onTheLastAttemptAFailureIsFinalAndTheRoundGoesOn() {
        server.down.add("bob@example.com");
        CustomerMessage logged = logged(9, "order-confirmed", "bob@example.com");
        for (int i = 0; i < ATTEMPTS - 1; i++) {
            logged.failed("connection refused");
        }
        round.add(confirmed(9, "bob@example.com"));
        round.add(confirmed(11, "cyd@example.com"));

        MailRound.Outcome outcome = round.send(List.of(logged), server, log, ATTEMPTS);

        assertNull(outcome.deferral());
        assertEquals(ATTEMPTS, logged.getAttempts());
        assertFalse(logged.isSent());
        assertEquals(List.of("order-11.order-confirmed.order"), server.occasions);
    }

    @Test
    void aRecipientTheServerRefusesIsNotTriedLater() {
        server.refused.add("nobody@example.com");
        round.add(confirmed(9, "nobody@example.com"));
        round.add(confirmed(11, "cyd@example.com"));

        MailRound.Outcome outcome = round.send(List.of(), server, log, ATTEMPTS);

        assertNull(outcome.deferral());
        assertEquals("550 no such user", outcome.logged().get(0).getError());
        assertTrue(outcome.logged().get(1).isSent());
    }

    @Test
    void aStepAnnouncedTwiceInOneRoundMailsTheCustomerOnce() {
        round.add(confirmed(7, "ada@example.com"));
        round.add(confirmed(7, "ada@example.com"));

        MailRound.Outcome outcome = round.send(List.of(), server, log, ATTEMPTS);

        assertEquals(1, server.occasions.size());
        assertEquals(1, outcome.logged().size());
        assertSame(outcome.logged().get(0), outcome.sentBefore().get(0), "the repeat is announced, not sent");
    }

    @Test
    void aLongRoundIsLoggedEveryTenMessagesSoACrashRepeatsFewOfThem() {
        for (long order = 1; order <= 12; order++) {
            round.add(confirmed(order, "ada@example.com"));
        }

        MailRound.Outcome outcome = round.send(List.of(), server, log, ATTEMPTS);

        assertEquals(List.of(10, 2), logCalls.stream().map(List::size).toList());
        assertEquals(12, outcome.logged().size());
        assertEquals(12, server.occasions.size());
    }

    @Test
    void aRoundThatSendsNothingLogsNothing() {
        CustomerMessage logged = logged(7, "order-confirmed", "ada@example.com");
        logged.sent(Instant.EPOCH);
        round.add(confirmed(7, "ada@example.com"));

        round.send(List.of(logged), server, log, ATTEMPTS);

        assertTrue(logCalls.isEmpty());
    }

    @Test
    void theRoundTakesItsTurnsOncePerMessageInOneOrder() {
        round.add(shipped(9, "bob@example.com"));
        round.add(confirmed(7, "ada@example.com"));
        round.add(shipped(9, "bob@example.com"));

        assertEquals(List.of("7/order-confirmed/order", "9/order-shipped/order"), round.keys());
        assertEquals(Set.of(7L, 9L), round.orderIds());
    }

    private static Notification confirmed(long orderId, String recipient) {
        return new Notification(orderId, 1, CustomerMails.ONCE_PER_ORDER, recipient,
                new RenderedMail(MailTemplate.ORDER_CONFIRMED, "Your order", "Thank you"));
    }

    private static Notification shipped(long orderId, String recipient) {
        return new Notification(orderId, 1, CustomerMails.ONCE_PER_ORDER, recipient,
                new RenderedMail(MailTemplate.ORDER_SHIPPED, "On its way", "Tracking"));
    }

    private static CustomerMessage logged(long orderId, String template, String recipient) {
        CustomerMessage message = new CustomerMessage(orderId, 1, template, CustomerMails.ONCE_PER_ORDER, recipient,
                "subject", "body");
        message.setId(orderId * 100);
        return message;
    }
}
