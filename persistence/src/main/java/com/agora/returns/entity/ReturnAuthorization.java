package com.agora.returns.entity;

import com.agora.persistence.IdentifiedEntity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A return merchandise authorization (RMA): some units of one order line that the customer sends back, for a refund
 * or in exchange for the same goods. The return number comes from the database sequence return_number_seq. The
 * Returns agent copies what it needs of the order (merchant, variant, warehouse, price) when the return is
 * requested, so no later step reads the Order agent's data again.
 */
@Entity
@Table(name = "returns")
public class ReturnAuthorization extends IdentifiedEntity {

    private static final long serialVersionUID = 1L;

    @Column(name = "return_number")
    private String returnNumber;

    @Column(name = "order_id")
    private Long orderId;

    @Column(name = "order_item_id")
    private Long orderLineId;

    @Column(name = "customer_id")
    private Long customerId;

    @Column(name = "merchant_id")
    private Long merchantId;

    @Column(name = "variant_id")
    private Long variantId;

    /** The warehouse the parcel goes back to: the one that shipped most of the line's units. */
    @Column(name = "warehouse_id")
    private Long warehouseId;

    @Convert(converter = ReturnTypeConverter.class)
    @Column(name = "return_type")
    private ReturnType type;

    @Convert(converter = ReturnReasonConverter.class)
    private ReturnReason reason;

    @Column(name = "comments")
    private String comment;

    private int quantity;

    @Convert(converter = ReturnStatusConverter.class)
    private ReturnStatus status = ReturnStatus.REQUESTED;

    /** What goes back to the customer for a refund; none for an exchange. */
    @Column(name = "refund_amount")
    private BigDecimal refundAmount;

    @Column(name = "requested_by")
    private String requestedBy;

    /** What the automatic rules concluded, in words: why they approved or left it to a person. */
    @Column(name = "decision_rule")
    private String decisionRule;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decision_note")
    private String decisionNote;

    @Column(name = "approved_at")
    private Instant approvedAt;

    @Column(name = "received_by")
    private String receivedBy;

    @Column(name = "received_at")
    private Instant receivedAt;

    @Convert(converter = InspectionResultConverter.class)
    @Column(name = "inspection_result")
    private InspectionResult inspectionResult;

    @Column(name = "inspection_note")
    private String inspectionNote;

    @Column(name = "inspected_by")
    private String inspectedBy;

    @Column(name = "inspected_at")
    private Instant inspectedAt;

    @Column(name = "refund_requested_at")
    private Instant refundRequestedAt;

    @Column(name = "refunded_at")
    private Instant refundedAt;

    @Column(name = "refund_transaction_id")
    private Long refundTransactionId;

    @Column(name = "refund_failure")
    private String refundFailure;

    @Column(name = "restock_requested_at")
    private Instant restockRequestedAt;

    @Column(name = "restocked_at")
    private Instant restockedAt;

    @Column(name = "replacement_requested_at")
    private Instant replacementRequestedAt;

    @Column(name = "replacement_order_id")
    private Long replacementOrderId;

    @Column(name = "replacement_order_number")
    private String replacementOrderNumber;

    @Column(name = "completed_at")
    private Instant completedAt;

    /** How a return ended without goods coming back, e.g. why the customer cancelled it. */
    private String resolution;

    @Version
    private long version;

    /** Set by the agent when the request is accepted, so the response carries it without a re-read. */
    @Column(name = "created_at", updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", insertable = false, updatable = false)
    private Instant updatedAt;

    public String getReturnNumber() {
        return returnNumber;
    }

    public void setReturnNumber(String returnNumber) {
        this.returnNumber = returnNumber;
    }

    public Long getOrderId() {
        return orderId;
    }

    public void setOrderId(Long orderId) {
        this.orderId = orderId;
    }

    public Long getOrderLineId() {
        return orderLineId;
    }

    public void setOrderLineId(Long orderLineId) {
        this.orderLineId = orderLineId;
    }

    public Long getCustomerId() {
        return customerId;
    }

    public void setCustomerId(Long customerId) {
        this.customerId = customerId;
    }

    public Long getMerchantId() {
        return merchantId;
    }

    public void setMerchantId(Long merchantId) {
        this.merchantId = merchantId;
    }

    public Long getVariantId() {
        return variantId;
    }

    public void setVariantId(Long variantId) {
        this.variantId = variantId;
    }

    public Long getWarehouseId() {
        return warehouseId;
    }

    public void setWarehouseId(Long warehouseId) {
        this.warehouseId = warehouseId;
    }

    public ReturnType getType() {
        return type;
    }

    public void setType(ReturnType type) {
        this.type = type;
    }

    public ReturnReason getReason() {
        return reason;
    }

    public void setReason(ReturnReason reason) {
        this.reason = reason;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public int getQuantity() {
        return quantity;
    }

    public void setQuantity(int quantity) {
        this.quantity = quantity;
    }

    public ReturnStatus getStatus() {
        return status;
    }

    public void setStatus(ReturnStatus status) {
        this.status = status;
    }

    public BigDecimal getRefundAmount() {
        return refundAmount;
    }

    public void setRefundAmount(BigDecimal refundAmount) {
        this.refundAmount = refundAmount;
    }

    public String getRequestedBy() {
        return requestedBy;
    }

    public void setRequestedBy(String requestedBy) {
        this.requestedBy = requestedBy;
    }

    public String getDecisionRule() {
        return decisionRule;
    }

    public void setDecisionRule(String decisionRule) {
        this.decisionRule = decisionRule;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public void setDecidedBy(String decidedBy) {
        this.decidedBy = decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public void setDecidedAt(Instant decidedAt) {
        this.decidedAt = decidedAt;
    }

    public String getDecisionNote() {
        return decisionNote;
    }

    public void setDecisionNote(String decisionNote) {
        this.decisionNote = decisionNote;
    }

    public Instant getApprovedAt() {
        return approvedAt;
    }

    public void setApprovedAt(Instant approvedAt) {
        this.approvedAt = approvedAt;
    }

    public String getReceivedBy() {
        return receivedBy;
    }

    public void setReceivedBy(String receivedBy) {
        this.receivedBy = receivedBy;
    }

    public Instant getReceivedAt() {
        return receivedAt;
    }

    public void setReceivedAt(Instant receivedAt) {
        this.receivedAt = receivedAt;
    }

    public InspectionResult getInspectionResult() {
        return inspectionResult;
    }

    public void setInspectionResult(InspectionResult inspectionResult) {
        this.inspectionResult = inspectionResult;
    }

    public String getInspectionNote() {
        return inspectionNote;
    }

    public void setInspectionNote(String inspectionNote) {
        this.inspectionNote = inspectionNote;
    }

    public String getInspectedBy() {
        return inspectedBy;
    }

    public void setInspectedBy(String inspectedBy) {
        this.inspectedBy = inspectedBy;
    }

    public Instant getInspectedAt() {
        return inspectedAt;
    }

    public void setInspectedAt(Instant inspectedAt) {
        this.inspectedAt = inspectedAt;
    }

    public Instant getRefundRequestedAt() {
        return refundRequestedAt;
    }

    public void setRefundRequestedAt(Instant refundRequestedAt) {
        this.refundRequestedAt = refundRequestedAt;
    }

    public Instant getRefundedAt() {
        return refundedAt;
    }

    public void setRefundedAt(Instant refundedAt) {
        this.refundedAt = refundedAt;
    }

    public Long getRefundTransactionId() {
        return refundTransactionId;
    }

    public void setRefundTransactionId(Long refundTransactionId) {
        this.refundTransactionId = refundTransactionId;
    }

    public String getRefundFailure() {
        return refundFailure;
    }

    public void setRefundFailure(String refundFailure) {
        this.refundFailure = refundFailure;
    }

    public Instant getRestockRequestedAt() {
        return restockRequestedAt;
    }

    public void setRestockRequestedAt(Instant restockRequestedAt) {
        this.restockRequestedAt = restockRequestedAt;
    }

    public Instant getRestockedAt() {
        return restockedAt;
    }

    public void setRestockedAt(Instant restockedAt) {
        this.restockedAt = restockedAt;
    }

    public Instant getReplacementRequestedAt() {
        return replacementRequestedAt;
    }

    public void setReplacementRequestedAt(Instant replacementRequestedAt) {
        this.replacementRequestedAt = replacementRequestedAt;
    }

    public Long getReplacementOrderId() {
        return replacementOrderId;
    }

    public void setReplacementOrderId(Long replacementOrderId) {
        this.replacementOrderId = replacementOrderId;
    }

    public String getReplacementOrderNumber() {
        return replacementOrderNumber;
    }

    public void setReplacementOrderNumber(String replacementOrderNumber) {
        this.replacementOrderNumber = replacementOrderNumber;
    }

    public Instant getCompletedAt() {
        return completedAt;
    }

    public void setCompletedAt(Instant completedAt) {
        this.completedAt = completedAt;
    }

    public String getResolution() {
        return resolution;
    }

    public void setResolution(String resolution) {
        this.resolution = resolution;
    }

    public long getVersion() {
        return version;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public void setCreatedAt(Instant createdAt) {
        this.createdAt = createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
