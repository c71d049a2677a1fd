package com.agora.returns.boundary;

import com.agora.kernel.error.Codes;
import com.agora.kernel.paging.ListSearch;
import com.agora.returns.control.ReturnLifecycle;
import com.agora.returns.entity.ReturnAuthorization;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;

/** What clients send to request and move returns, and what they see of them. */
public final class ReturnViews {

    private ReturnViews() {
    }

    /**
     * Units of one order line the customer sends back. {@code reason} is one of damaged, defective, wrong_item,
     * not_as_described, no_longer_needed, other; {@code type} is refund (the default) or exchange.
     */
    public record RequestReturn(
            @NotNull Long orderId,
            @NotNull Long orderLineId,
            @NotNull @Min(1) @Max(1000) Integer quantity,
            @NotBlank @Size(max = 40) String reason,
            @Size(max = 20) String type,
            @Size(max = 1000) String comment) {
    }

    /** An approval or rejection by a person; the note tells the customer and the timeline why. */
    public record Decision(@Size(max = 1000) String note) {
    }

    public record Inspection(@NotNull Boolean passed, @Size(max = 1000) String note) {
    }

    public record ReturnFilter(String status, Long orderId, ListSearch search) {
    }

    public record ReturnView(long id, String returnNumber, long orderId, Long orderLineId, long customerId,
            long merchantId, Long variantId, Long warehouseId, String type, String reason, String comment,
            int quantity, String status, BigDecimal refundAmount, String requestedBy, String decisionRule,
            String decidedBy, Instant decidedAt, String decisionNote, String receivedBy, Instant receivedAt,
            String inspectionResult, String inspectionNote, String inspectedBy, Instant inspectedAt,
            Instant refundRequestedAt, Instant refundedAt, String refundFailure, Instant restockRequestedAt,
            Instant restockedAt, Instant replacementRequestedAt, Long replacementOrderId,
            String replacementOrderNumber, String resolution, Instant createdAt, Instant completedAt) {
    }

    static ReturnView view(ReturnAuthorization r) {
        return new ReturnView(r.getId(), r.getReturnNumber(), r.getOrderId(), r.getOrderLineId(), r.getCustomerId(),
                r.getMerchantId(), r.getVariantId(), r.getWarehouseId(), Codes.code(r.getType()), Codes.code(r.getReason()),
                r.getComment(), r.getQuantity(), ReturnLifecycle.label(r.getStatus()), r.getRefundAmount(),
                r.getRequestedBy(), r.getDecisionRule(), r.getDecidedBy(), r.getDecidedAt(), r.getDecisionNote(),
                r.getReceivedBy(), r.getReceivedAt(), Codes.code(r.getInspectionResult()), r.getInspectionNote(),
                r.getInspectedBy(), r.getInspectedAt(), r.getRefundRequestedAt(), r.getRefundedAt(),
                r.getRefundFailure(), r.getRestockRequestedAt(), r.getRestockedAt(), r.getReplacementRequestedAt(),
                r.getReplacementOrderId(), r.getReplacementOrderNumber(), r.getResolution(), r.getCreatedAt(),
                r.getCompletedAt());
    }
}
