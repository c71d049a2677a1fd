package com.agora.payment.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.agora.payment.control.PaymentLedger.Compensation;
import com.agora.payment.entity.PaymentTransaction;
import com.agora.payment.entity.TransactionStatus;
import com.agora.payment.entity.TransactionType;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PaymentLedgerTest {

    private static final PaymentTransaction AUTHORIZED = row(TransactionType.AUTHORIZATION, TransactionStatus.SUCCESS, "100.00");
    private static final PaymentTransaction CAPTURED = row(TransactionType.CAPTURE, TransactionStatus.SUCCESS, "100.00");

    @Test
    void anAuthorizationIsVoidedOnCancellationAndCapturedOnlyOnce() {
        PaymentLedger authorized = PaymentLedger.of(List.of(AUTHORIZED));
        assertTrue(authorized.isCapturable());
        assertEquals(Compensation.VOID, authorized.onCancellation());

        PaymentLedger captured = PaymentLedger.of(List.of(AUTHORIZED, CAPTURED));
        assertFalse(captured.isCapturable());
        assertEquals(Compensation.REFUND, captured.onCancellation());
        assertEquals(new BigDecimal("100.00"), captured.refundable());
    }

    @Test
    void aFailedAuthorizationOrAVoidLeavesNothingToDo() {
        PaymentLedger declined = PaymentLedger.of(List.of(
                row(TransactionType.AUTHORIZATION, TransactionStatus.FAILED, "100.00")));
        assertFalse(declined.isCapturable());
        assertEquals(Compensation.NOTHING, declined.onCancellation());
        assertEquals(new BigDecimal("0.00"), declined.authorized());

        PaymentLedger voided = PaymentLedger.of(List.of(AUTHORIZED,
                row(TransactionType.VOID, TransactionStatus.SUCCESS, "100.00")));
        assertFalse(voided.isCapturable());
        assertEquals(Compensation.NOTHING, voided.onCancellation());
        assertEquals(Compensation.NOTHING, PaymentLedger.of(List.of()).onCancellation());
    }

    @Test
    void aFailedCaptureCanBeTriedAgain() {
        PaymentLedger ledger = PaymentLedger.of(List.of(AUTHORIZED,
                row(TransactionType.CAPTURE, TransactionStatus.FAILED, "100.00")));

        assertTrue(ledger.isCapturable());
        assertEquals(new BigDecimal("0.00"), ledger.captured());
    }

    @Test
    void refundsNeverExceedWhatWasCapturedAndNotYetRefunded() {
        PaymentLedger ledger = PaymentLedger.of(List.of(AUTHORIZED, CAPTURED,
                row(TransactionType.REFUND, TransactionStatus.SUCCESS, "30.00"),
                row(TransactionType.REFUND, TransactionStatus.FAILED, "50.00")));

        assertEquals(new BigDecimal("30.00"), ledger.refunded());
        assertEquals(new BigDecimal("70.00"), ledger.refundable());
        assertEquals(Optional.empty(), ledger.refusalOfRefund(new BigDecimal("70.00")));
        assertTrue(ledger.refusalOfRefund(new BigDecimal("70.01")).orElseThrow().contains("only 70.00"));
        assertTrue(ledger.refusalOfRefund(BigDecimal.ZERO).isPresent());
        assertFalse(ledger.isFullyRefunded());
    }

    @Test
    void nothingCanBeRefundedBeforeCaptureAndAFullRefundLeavesNothingToCompensate() {
        assertTrue(PaymentLedger.of(List.of(AUTHORIZED)).refusalOfRefund(BigDecimal.ONE).orElseThrow()
                .contains("nothing was captured"));
        PaymentLedger refunded = PaymentLedger.of(List.of(AUTHORIZED, CAPTURED,
                row(TransactionType.REFUND, TransactionStatus.SUCCESS, "100.00")));
        assertTrue(refunded.isFullyRefunded());
        assertEquals(Compensation.NOTHING, refunded.onCancellation());
    }

    private static PaymentTransaction row(TransactionType type, TransactionStatus status, String amount) {
        PaymentTransaction row = new PaymentTransaction();
        row.setType(type);
        row.setStatus(status);
        row.setAmount(new BigDecimal(amount));
        return row;
    }
}
