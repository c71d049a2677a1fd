package com.agora.carrier.control;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Picks the carrier rate for a parcel: among the rates of its zone whose service level keeps the promised one and
 * whose weight bracket holds the parcel (each carrier and level priced by its smallest such bracket), the
 * cheapest; on a tie the faster, then the lower carrier id, so the choice never depends on row order.
 */
public final class RateShopper {

    private RateShopper() {
    }

    public record Rate(long rateId, long carrierId, ServiceLevel serviceLevel, int zone, BigDecimal maxWeightKg,
            BigDecimal price, int transitDays) {
    }

    public static Optional<Rate> cheapest(List<Rate> rates, ServiceLevel promised, int zone, BigDecimal weightKg) {
        return rates.stream()
                .filter(r -> r.zone() == zone)
                .filter(r -> r.serviceLevel().meets(promised))
                .filter(r -> r.maxWeightKg().compareTo(weightKg) >= 0)
                .filter(r -> isSmallestBracket(r, rates, weightKg))
                .min(Comparator.comparing(Rate::price).thenComparingInt(Rate::transitDays)
                        .thenComparingLong(Rate::carrierId));
    }

    /** A carrier charges by the smallest of its brackets that holds the parcel, never by a larger one. */
    private static boolean isSmallestBracket(Rate rate, List<Rate> rates, BigDecimal weightKg) {
        return rates.stream().noneMatch(other -> other.carrierId() == rate.carrierId()
                && other.serviceLevel() == rate.serviceLevel() && other.zone() == rate.zone()
                && other.maxWeightKg().compareTo(weightKg) >= 0
                && other.maxWeightKg().compareTo(rate.maxWeightKg()) < 0);
    }
}
