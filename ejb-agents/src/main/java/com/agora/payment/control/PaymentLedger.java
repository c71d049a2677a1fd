package com.agora.payment.control;

import com.agora.payment.entity.PaymentTransaction;
import com.agora.payment.entity.TransactionType;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Where an order's money stands, read from its gateway attempts: what was authorized, captured and refunded,
 * and so what may still happen to it. Failed attempts never count.
 */
public final class PaymentLedger {

    /** What cancelling the order has to do with its money. */
    public enum Compensation {
        /** No successful authorization, already voided, or everything captured was refunded. */
        NOTHING,
        /** Authorized but not captured: release the hold on the card. */
        VOID,
        /** Captured: give back what has not been refunded yet. */
        REFUND
    }

    private final List<PaymentTransaction> transactions;

    private PaymentLedger(List<PaymentTransaction> transactions) {
        this.transactions = List.copyOf(transactions);
    }

    public static PaymentLedger of(List<PaymentTransaction> transactions) {
        return new PaymentLedger(transactions);
    }

    /** The order's authorization attempt, successful or not; there is at most one. */
    public Optional<PaymentTransaction> authorization() {
        return transactions.stream().filter(t -> t.getType() == TransactionType.AUTHORIZATION).findFirst();
    }

    public Optional<PaymentTransaction> successfulAuthorization() {
        return authorization().filter(PaymentTransaction::succeeded);
    }

    public Optional<PaymentTransaction> capture() {
        return successful(TransactionType.CAPTURE).findFirst();
    }

    public boolean isVoided() {
        return successful(TransactionType.VOID).findAny().isPresent();
    }

    /** A successful authorization nobody has captured or voided yet. */
    public boolean isCapturable() {
        return successfulAuthorization().isPresent() && capture().isEmpty() && !isVoided();
    }

    public BigDecimal authorized() {
        return sum(TransactionType.AUTHORIZATION);
    }

    public BigDecimal captured() {
        return sum(TransactionType.CAPTURE);
    }

    public BigDecimal refunded() {
        return sum(TransactionType.REFUND);
    }

    public BigDecimal refundable() {
        return captured().subtract(refunded());
    }

    public boolean isFullyRefunded() {
        return capture().isPresent() && refundable().signum() == 0;
    }

    public Compensation onCancellation() {
        if (capture().isPresent()) {
            return refundable().signum() > 0 ? Compensation.REFUND : Compensation.NOTHING;
        }
        return isCapturable() ? Compensation.VOID : Compensation.NOTHING;
    }

    /** Why a refund of {@code amount} cannot be made, or empty when it can. */
    public Optional<String> refusalOfRefund(BigDecimal amount) {
        if (amount == null || amount.signum() <= 0) {
            return Optional.of("a refund must be a positive amount");
        }
        if (capture().isEmpty()) {
            return Optional.of("nothing was captured on this order");
        }
        if (amount.compareTo(refundable()) > 0) {
            return Optional.of("only " + refundable() + " of the captured " + captured() + " can still be refunded");
        }
        return Optional.empty();
    }

    private Stream<PaymentTransaction> successful(TransactionType type) {
        return transactions.stream().filter(t -> t.getType() == type && t.succeeded());
    }

    private BigDecimal sum(TransactionType type) {
        return successful(type).map(PaymentTransaction::getAmount).reduce(BigDecimal.ZERO, BigDecimal::add)
                .setScale(2);
    }
}
