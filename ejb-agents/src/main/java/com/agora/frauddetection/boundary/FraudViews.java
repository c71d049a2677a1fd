package com.agora.frauddetection.boundary;

import com.agora.frauddetection.entity.FraudAssessment;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/** What admins see of fraud assessments and what they send to decide a review. */
public final class FraudViews {

    private FraudViews() {
    }

    public record ReviewDecision(@NotNull Boolean approve, @Size(max = 1000) String note) {
    }

    public record AssessmentView(long id, long orderId, String orderNumber, long customerId, String email,
            String clientIp, BigDecimal amount, String currency, int score, String riskLevel, String status,
            List<String> reasons, String reviewedBy, Instant reviewedAt, String reviewNote, Instant createdAt) {
    }

    static AssessmentView view(FraudAssessment a) {
        return new AssessmentView(a.getId(), a.getOrderId(), a.getOrderNumber(), a.getCustomerId(), a.getEmail(),
                a.getClientIp(), a.getAmount(), a.getCurrency(), a.getScore(),
                a.getRiskLevel().name().toLowerCase(Locale.ROOT), a.getStatus().name().toLowerCase(Locale.ROOT),
                a.reasonList(), a.getReviewedBy(), a.getReviewedAt(), a.getReviewNote(), a.getCreatedAt());
    }
}
