package com.agora.carrier.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.agora.carrier.control.ShippingZones.Place;
import org.junit.jupiter.api.Test;

class ShippingZonesTest {

    private static final Place LOS_ANGELES = new Place("CA", "US");

    @Test
    void withinAStateIsZoneOne() {
        assertEquals(ShippingZones.SAME_STATE, ShippingZones.zoneOf(LOS_ANGELES, new Place("ca ", "us")));
    }

    @Test
    void withinACountryIsZoneTwoWhateverTheCountryIsCalled() {
        assertEquals(ShippingZones.SAME_COUNTRY, ShippingZones.zoneOf(LOS_ANGELES, new Place("NY", "US")));
        assertEquals(ShippingZones.SAME_COUNTRY, ShippingZones.zoneOf(LOS_ANGELES, new Place("IL", "United States")));
        assertEquals(ShippingZones.SAME_COUNTRY, ShippingZones.zoneOf(LOS_ANGELES, new Place(null, "U.S.A.")));
    }

    @Test
    void acrossABorderIsZoneThree() {
        assertEquals(ShippingZones.INTERNATIONAL, ShippingZones.zoneOf(LOS_ANGELES, new Place("ON", "CA")));
        assertEquals(ShippingZones.INTERNATIONAL, ShippingZones.zoneOf(LOS_ANGELES, new Place("CA", "Canada")));
        assertEquals(ShippingZones.INTERNATIONAL, ShippingZones.zoneOf(new Place("CA", null), new Place("CA", null)));
    }
}
