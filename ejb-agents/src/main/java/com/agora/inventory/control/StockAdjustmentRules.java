package com.agora.inventory.control;

import com.agora.inventory.entity.AdjustmentType;
import com.agora.kernel.error.Codes;
import com.agora.kernel.error.DomainProblem;

/** Which way each kind of adjustment may move stock, and that reserved units can never be adjusted away. */
public final class StockAdjustmentRules {

    private StockAdjustmentRules() {
    }

    public static AdjustmentType type(String text) {
        return Codes.parse(AdjustmentType.class, "type", text);
    }

    /** @return the new on-hand quantity */
    public static int apply(AdjustmentType type, int onHand, int reserved, int change) {
        if (change == 0) {
            throw DomainProblem.invalid("quantityChange", "must not be 0");
        }
        switch (type) {
            case RESTOCK, RETURN -> {
                if (change < 0) {
                    throw DomainProblem.invalid("quantityChange", "must be positive for a " + Codes.code(type));
                }
            }
            case DAMAGE, SALE -> {
                if (change > 0) {
                    throw DomainProblem.invalid("quantityChange", "must be negative for a " + Codes.code(type));
                }
            }
            case CORRECTION -> {
            }
        }
        long result = (long) onHand + change;
        if (result < reserved) {
            throw DomainProblem.unprocessable("only " + (onHand - reserved) + " unreserved unit(s) on hand; "
                    + reserved + " are reserved for orders");
        }
        if (result > Integer.MAX_VALUE) {
            throw DomainProblem.invalid("quantityChange", "is too large");
        }
        return (int) result;
    }

    /** Stock is low once what can still be sold is at or below the reorder point. */
    public static boolean isLow(int available, int reorderPoint) {
        return available <= reorderPoint;
    }
}
