package com.agora.payment.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.agora.payment.control.PaymentGateway.GatewayResult;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TestGatewayTest {

    private static final BigDecimal AMOUNT = new BigDecimal("42.00");

    private final TestGateway gateway = new TestGateway(Duration.ofSeconds(5));
    private final ExecutorService executor = Executors.newCachedThreadPool();

    @AfterEach
    void stop() {
        executor.shutdownNow();
    }

    @Test
    void theWellKnownCardsApproveDeclineAndRunOutOfFunds() {
        assertTrue(authorize("4242424242424242").approved());
        GatewayResult declined = authorize("4000000000000002");
        assertFalse(declined.approved());
        assertEquals("card declined", declined.declineReason());
        assertEquals("insufficient funds", authorize("4000000000009995").declineReason());
    }

    @Test
    void anyOtherValidCardApproves() {
        assertTrue(authorize("5555555555554444").approved());
    }

    @Test
    void theTokenCarriesTheBehaviourButNotTheNumber() {
        String token = gateway.tokenize("4000000000000002", 12, 2030);

        assertTrue(token.startsWith("tok_test_decline_"), token);
        assertFalse(token.contains("4000000000000002"), token);
    }

    @Test
    void theTimeoutCardDoesNotAnswerBeforeTheDeadline() {
        String token = gateway.tokenize("4000000000000259", 12, 2030);
        long started = System.nanoTime();

        Optional<GatewayResult> answer = Deadline.within(executor, Duration.ofMillis(200),
                () -> gateway.authorize(token, AMOUNT, "USD", "AG-1"));

        long waitedMillis = (System.nanoTime() - started) / 1_000_000;
        assertTrue(answer.isEmpty());
        assertTrue(waitedMillis >= 200 && waitedMillis < 2_000, "waited " + waitedMillis + " ms");
    }

    @Test
    void anAnswerWithinTheDeadlineIsReturned() {
        String token = gateway.tokenize("4242424242424242", 12, 2030);

        Optional<GatewayResult> answer = Deadline.within(executor, Duration.ofSeconds(2),
                () -> gateway.authorize(token, AMOUNT, "USD", "AG-1"));

        assertTrue(answer.orElseThrow().approved());
    }

    @Test
    void followUpsOfAnApprovedAuthorizationSucceedWithTheirOwnIds() {
        GatewayResult authorization = authorize("4242424242424242");

        GatewayResult capture = gateway.capture(authorization.gatewayTransactionId(), AMOUNT, "USD");
        GatewayResult refund = gateway.refund(capture.gatewayTransactionId(), AMOUNT, "USD");

        assertTrue(capture.approved() && refund.approved());
        assertTrue(capture.gatewayTransactionId().startsWith("test_capt_"));
        assertTrue(refund.gatewayTransactionId().startsWith("test_rfnd_"));
        assertTrue(gateway.voidAuthorization(authorization.gatewayTransactionId()).approved());
    }

    private GatewayResult authorize(String card) {
        return gateway.authorize(gateway.tokenize(card, 12, 2030), AMOUNT, "USD", "AG-1");
    }
}
