package com.agora.carrier.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class TrackingNumbersTest {

    @Test
    void aTrackingNumberIsTheCarrierCodeASerialAndALuhnCheckDigit() {
        assertEquals("UPS0000000000018", TrackingNumbers.of("ups", 1));
        assertEquals(3, TrackingNumbers.checkDigit("7992739871"));
    }

    @Test
    void neighbouringSerialsDifferInTheirCheckDigit() {
        assertNotEquals(TrackingNumbers.of("USPS", 100000001).substring(16),
                TrackingNumbers.of("USPS", 100000002).substring(16));
    }
}
