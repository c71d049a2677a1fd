package com.agora.carrier.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.agora.carrier.control.RateShopper.Rate;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RateShopperTest {

    private static final long UPS = 1;
    private static final long FEDEX = 2;
    private static final long USPS = 3;

    private static final List<Rate> RATES = List.of(
            rate(UPS, ServiceLevel.STANDARD, 2, "5", "11.00", 4),
            rate(UPS, ServiceLevel.STANDARD, 2, "20", "27.00", 4),
            rate(FEDEX, ServiceLevel.STANDARD, 2, "5", "12.00", 4),
            rate(FEDEX, ServiceLevel.EXPRESS, 2, "5", "10.50", 2),
            rate(FEDEX, ServiceLevel.OVERNIGHT, 2, "20", "40.00", 1),
            rate(USPS, ServiceLevel.STANDARD, 2, "1", "7.00", 4),
            rate(USPS, ServiceLevel.STANDARD, 1, "5", "3.00", 2),
            rate(USPS, ServiceLevel.OVERNIGHT, 2, "5", "30.00", 1));

    @Test
    void theCheapestRateOfTheZoneWhoseBracketHoldsTheParcelWins() {
        Rate light = RateShopper.cheapest(RATES, ServiceLevel.STANDARD, 2, new BigDecimal("0.8")).orElseThrow();
        assertEquals(USPS, light.carrierId());
        assertEquals(new BigDecimal("7.00"), light.price());
    }

    @Test
    void aFasterServiceKeepsTheStandardPromiseWhenItIsCheaper() {
        Rate rate = RateShopper.cheapest(RATES, ServiceLevel.STANDARD, 2, new BigDecimal("3")).orElseThrow();
        assertEquals(FEDEX, rate.carrierId());
        assertEquals(ServiceLevel.EXPRESS, rate.serviceLevel());
    }

    @Test
    void aSlowerServiceNeverKeepsAFasterPromise() {
        Rate overnight = RateShopper.cheapest(RATES, ServiceLevel.OVERNIGHT, 2, new BigDecimal("3")).orElseThrow();
        assertEquals(USPS, overnight.carrierId());
        assertEquals(ServiceLevel.OVERNIGHT, overnight.serviceLevel());
    }

    @Test
    void aCarrierChargesItsSmallestBracketThatHoldsTheParcel() {
        List<Rate> upsOnly = RATES.stream().filter(r -> r.carrierId() == UPS).toList();
        Rate rate = RateShopper.cheapest(upsOnly, ServiceLevel.STANDARD, 2, new BigDecimal("5.000")).orElseThrow();
        assertEquals(new BigDecimal("11.00"), rate.price());
        assertEquals(new BigDecimal("27.00"), RateShopper.cheapest(upsOnly, ServiceLevel.STANDARD, 2,
                new BigDecimal("5.001")).orElseThrow().price());
    }

    @Test
    void aParcelNoBracketHoldsFindsNoRate() {
        Optional<Rate> none = RateShopper.cheapest(RATES, ServiceLevel.EXPRESS, 2, new BigDecimal("25"));
        assertTrue(none.isEmpty());
        assertTrue(RateShopper.cheapest(RATES, ServiceLevel.STANDARD, 3, BigDecimal.ONE).isEmpty());
    }

    @Test
    void onATieTheFasterThenTheLowerCarrierIdWins() {
        List<Rate> tied = List.of(rate(USPS, ServiceLevel.STANDARD, 1, "5", "9.00", 3),
                rate(FEDEX, ServiceLevel.EXPRESS, 1, "5", "9.00", 1),
                rate(UPS, ServiceLevel.EXPRESS, 1, "5", "9.00", 1));
        assertEquals(UPS, RateShopper.cheapest(tied, ServiceLevel.STANDARD, 1, BigDecimal.ONE).orElseThrow()
                .carrierId());
    }

    private static Rate rate(long carrier, ServiceLevel level, int zone, String maxKg, String price, int days) {
        return new Rate(carrier * 100 + zone, carrier, level, zone, new BigDecimal(maxKg), new BigDecimal(price), days);
    }
}
