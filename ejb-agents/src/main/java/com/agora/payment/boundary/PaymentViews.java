package com.agora.payment.boundary;

import com.agora.kernel.paging.ListSearch;
import com.agora.payment.entity.PaymentTransaction;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/** What clients send to the Payment agent and what they see of cards and money. */
public final class PaymentViews {

    private PaymentViews() {
    }

    /** Card details as typed; validated by the agent, which reports every wrong field at once. */
    public record RegisterCard(Long customerId, String cardNumber, Integer expiryMonth, Integer expiryYear,
            Boolean makeDefault) {
    }

    public record CardView(long id, long customerId, String brand, String lastFour, int expiryMonth, int expiryYear,
            boolean isDefault) {
    }

    public record RequestRefund(
            @NotNull @DecimalMin(value = "0.01") @Digits(integer = 10, fraction = 2) BigDecimal amount,
            @Size(max = 500) String reason) {
    }

    /** A refund handed to the Payment agent; the order's payments show its outcome. */
    public record RefundAccepted(long orderId, BigDecimal amount, String reason, String status) {
    }

    public record TransactionView(long id, long orderId, String orderNumber, Long merchantId, String type,
            String status, BigDecimal amount, String currency, Long parentTransactionId, String gateway,
            String gatewayTransactionId, String errorMessage, Instant createdAt) {
    }

    public record OrderPayments(long orderId, BigDecimal authorized, BigDecimal captured, BigDecimal refunded,
            BigDecimal refundable, List<TransactionView> transactions) {
    }

    public record TransactionFilter(Long merchantId, String type, String status, ListSearch search) {
    }

    static TransactionView view(PaymentTransaction t) {
        return new TransactionView(t.getId(), t.getOrderId(), t.getOrderNumber(), t.getMerchantId(),
                t.getType().name().toLowerCase(Locale.ROOT), t.getStatus().name().toLowerCase(Locale.ROOT),
                t.getAmount(), t.getCurrency(), t.getParentTransactionId(), t.getGateway(),
                t.getGatewayTransactionId(), t.getErrorMessage(), t.getCreatedAt());
    }
}
