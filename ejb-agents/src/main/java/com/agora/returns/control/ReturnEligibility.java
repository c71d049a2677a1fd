package com.agora.returns.control;

import com.agora.kernel.error.DomainProblem;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Whether units of an order line may be returned: the order was delivered, the return window since delivery is
 * still open, and the line has that many units left that no standing return already covers. Also decides where
 * the parcel goes back to.
 */
public final class ReturnEligibility {

    /** Units of a variant that left one warehouse for the order. */
    public record Shipped(long variantId, long warehouseId, int quantity) {
    }

    private final Duration window;

    public ReturnEligibility(int windowDays) {
        this.window = Duration.ofDays(windowDays);
    }

    /**
     * @throws DomainProblem 409 when the order has not been delivered, 422 when the window has closed or the
     *         line has fewer units left than requested
     */
    public void requireReturnable(String orderNumber, boolean delivered, Instant deliveredAt, Instant now,
            int ordered, int alreadyReturned, int requested) {
        if (!delivered || deliveredAt == null) {
            throw DomainProblem.conflict("order " + orderNumber + " has not been delivered; only delivered orders "
                    + "can be returned");
        }
        Instant closes = deliveredAt.plus(window);
        if (now.isAfter(closes)) {
            throw DomainProblem.unprocessable("the return window of order " + orderNumber + " closed on " + closes
                    + " (" + window.toDays() + " days after delivery)");
        }
        int left = ordered - alreadyReturned;
        if (requested > left) {
            throw DomainProblem.unprocessable("only " + left + " of the line's " + ordered + " unit(s) can still "
                    + "be returned; " + requested + " requested");
        }
    }

    /**
     * The warehouse that shipped most units of the variant (the lowest id on a tie): a customer sends one parcel
     * back, and it goes where the bulk of the line came from.
     */
    public static Optional<Long> returnWarehouse(long variantId, List<Shipped> shipments) {
        return shipments.stream()
                .filter(s -> s.variantId() == variantId)
                .max(Comparator.comparingInt(Shipped::quantity)
                        .thenComparing(Shipped::warehouseId, Comparator.reverseOrder()))
                .map(Shipped::warehouseId);
    }
}
