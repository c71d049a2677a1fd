package com.agora.returns.control;

import com.agora.returns.entity.ReturnReason;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Set;

/**
 * The automatic decision on a return request. Small returns with a concrete reason are approved at once; returns
 * worth more than the limit, or whose reason says nothing the merchant can check, wait for a person. The rules never
 * reject on their own: a refusal is always a person's decision.
 */
public final class ReturnRules {

    public record Decision(boolean approved, String rule) {
    }

    private final BigDecimal autoApproveLimit;
    private final Set<ReturnReason> reasonsForAPerson;

    public ReturnRules(BigDecimal autoApproveLimit, Set<ReturnReason> reasonsForAPerson) {
        this.autoApproveLimit = autoApproveLimit;
        this.reasonsForAPerson = Set.copyOf(reasonsForAPerson);
    }

    /** @param value what the returned units are worth to the customer, refund or not */
    public Decision decide(ReturnReason reason, BigDecimal value) {
        if (reasonsForAPerson.contains(reason)) {
            return new Decision(false, "reason '" + reason.name().toLowerCase(Locale.ROOT)
                    + "' needs a manual decision");
        }
        if (value.compareTo(autoApproveLimit) > 0) {
            return new Decision(false, "value " + value + " exceeds the automatic approval limit of "
                    + autoApproveLimit);
        }
        return new Decision(true, "approved automatically: value " + value + " within the limit of "
                + autoApproveLimit);
    }
}
