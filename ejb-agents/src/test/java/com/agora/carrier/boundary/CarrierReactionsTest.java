package com.agora.carrier.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.agora.carrier.control.CarrierStore;
import com.agora.carrier.control.RateShopper.Rate;
import com.agora.carrier.control.ServiceLevel;
import com.agora.carrier.control.ShippingZones;
import com.agora.carrier.entity.Carrier;
import com.agora.carrier.entity.Shipment;
import com.agora.events.ParcelPacked;
import com.agora.events.ShipmentCreated;
import com.agora.events.TimelineStep;
import com.agora.kernel.entity.TimelineEntry;
import com.agora.kernel.event.PublishedEvents;
import com.agora.kernel.messaging.UpFrontReads;
import com.agora.kernel.timeline.OrderTimeline;
import com.agora.persistence.PostalAddress;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CarrierReactionsTest {

    private static final long ORDER = 7;
    private static final long PICK_LIST = 70;
    private static final long MERCHANT = 3;
    private static final PostalAddress ADA = new PostalAddress("Ada", null, "1 Main St", null, "Austin", "TX", "78701",
            "US");
    private static final long CUSTOMER = 5;
    private static final List<ParcelPacked.Item> ITEMS = List.of(new ParcelPacked.Item("MUG-01", "Mug", 2),
            new ParcelPacked.Item("TEA-7", "Tea", 1));

    private final List<Shipment> shipments = new ArrayList<>();
    private final List<Object> published = new ArrayList<>();
    private final List<TimelineEntry> timelineOfOrder = new ArrayList<>();
    private final List<String> questionsOfOneParcel = new ArrayList<>();
    private final List<String> questionsOfTheBatch = new ArrayList<>();
    private final CarrierReactions reactions = new CarrierReactions();

    @BeforeEach
    void wire() {
        reactions.store = new CarrierStore() {
            @Override
            public Optional<Shipment> shipmentOfPickList(long pickListId) {
                questionsOfOneParcel.add("shipment of pick list " + pickListId);
                return shipments.stream().filter(s -> s.getPickListId() == pickListId).findFirst();
            }

            @Override
            public Set<Long> pickListsShipped(Collection<Long> pickListIds) {
                questionsOfTheBatch.add("pick lists shipped");
                return shipments.stream().map(Shipment::getPickListId).filter(pickListIds::contains)
                        .collect(Collectors.toSet());
            }

            @Override
            public List<Rate> activeRates(int zone) {
                questionsOfOneParcel.add("rates of zone " + zone);
                return ratesOf(zone);
            }

            @Override
            public Map<Integer, List<Rate>> activeRates(Collection<Integer> zones) {
                questionsOfTheBatch.add("rates of zones " + new TreeSet<>(zones));
                return zones.stream().collect(Collectors.toMap(zone -> zone, CarrierReactionsTest::ratesOf));
            }

            @Override
            public Carrier carrier(long id) {
                Carrier carrier = new Carrier();
                carrier.setId(id);
                carrier.setCode(Map.of(1L, "ups", 2L, "usps").get(id));
                return carrier;
            }

            @Override
            public long nextTrackingSerial() {
                questionsOfOneParcel.add("tracking serial");
                return 42;
            }

            @Override
            public List<Long> nextTrackingSerials(int count) {
                questionsOfTheBatch.add(count + " tracking serials");
                return LongStream.range(100, 100 + count).boxed().toList();
            }

            @Override
            public void add(Shipment shipment) {
                shipment.setId(500L + shipments.size());
                shipments.add(shipment);
            }
        };
        reactions.events = new PublishedEvents(published);
        reactions.timeline = new OrderTimeline() {
            @Override
            public Set<Long> reached(Collection<Long> orderIds, TimelineStep step) {
                return timelineOfOrder.stream().filter(e -> e.getEventType().equals(step.stepName()))
                        .map(TimelineEntry::getOrderId).filter(orderIds::contains).collect(Collectors.toSet());
            }
        };
        reactions.upFront = new UpFrontReads();
    }

    @Test
    void aPackedParcelGoesWithTheCheapestCarrierForItsZoneAndTheMerchantTheParcelNames() {
        reactions.shipParcel(parcel("TX"));

        Shipment shipment = shipments.get(0);
        assertEquals(2L, shipment.getCarrierId());
        assertEquals(MERCHANT, shipment.getMerchantId());
        assertEquals(ShippingZones.SAME_STATE, shipment.getZone());
        assertEquals(new BigDecimal("6.50"), shipment.getShippingCost());
        ShipmentCreated created = (ShipmentCreated) published.get(0);
        assertEquals(shipment.getId(), created.shipmentId());
        assertEquals("usps", created.carrierCode());
        assertEquals(shipment.getTrackingNumber(), created.trackingNumber());
    }

    @Test
    void theShipmentCarriesWhatItsLabelAndPackingSlipPrint() {
        reactions.shipParcel(parcel("TX"));

        ShipmentCreated created = (ShipmentCreated) published.get(0);
        assertEquals("AG-7", created.orderNumber());
        assertEquals(MERCHANT, created.merchantId());
        assertEquals(CUSTOMER, created.customerId());
        assertEquals("AUS-1", created.warehouseCode());
        assertEquals(List.of("Ada", "1 Main St", "78701 Austin TX", "US"), created.shipTo());
        assertEquals(ITEMS, created.items());
    }

    @Test
    void theZoneComesFromTheOriginTheParcelCarries() {
        reactions.shipParcel(parcel("CA"));

        assertEquals(ShippingZones.SAME_COUNTRY, shipments.get(0).getZone());
    }

    @Test
    void aParcelOfAnOrderCancelledMeanwhileGetsNoShipment() {
        timelineOfOrder.add(new TimelineEntry(ORDER, "order", TimelineStep.ORDER_CANCELLED.stepName(), "changed mind"));

        reactions.shipParcel(parcel("TX"));

        assertTrue(shipments.isEmpty());
        assertTrue(published.isEmpty());
    }

    @Test
    void aRepeatedParcelIsShippedOnce() {
        reactions.shipParcel(parcel("TX"));
        reactions.shipParcel(parcel("TX"));

        assertEquals(1, shipments.size());
        assertEquals(1, published.size());
        assertNull(((ShipmentCreated) published.get(0)).trackingUrl());
    }

    @Test
    void aBatchAsksOnceForAllItsParcelsAndShipsARepeatedParcelOnce() {
        List<ParcelPacked> batch = List.of(parcel(ORDER, 70, "TX"), parcel(8, 80, "CA"), parcel(ORDER, 70, "TX"));

        reactions.readAheadFor(batch);
        batch.forEach(reactions::shipParcel);

        assertEquals(List.of("pick lists shipped", "rates of zones [" + ShippingZones.SAME_STATE + ", "
                + ShippingZones.SAME_COUNTRY + "]", "2 tracking serials"), questionsOfTheBatch);
        assertEquals(List.of(), questionsOfOneParcel, "every parcel found its answers in what the batch read");
        assertEquals(2, shipments.stream().map(Shipment::getTrackingNumber).distinct().count());
        assertEquals(List.of(70L, 80L), shipments.stream().map(Shipment::getPickListId).toList());
        assertEquals(List.of(ShippingZones.SAME_STATE, ShippingZones.SAME_COUNTRY),
                shipments.stream().map(Shipment::getZone).toList());
    }

    @Test
    void aBatchSkipsTheParcelOfAnOrderCancelledBeforeItAndShipsTheOthers() {
        timelineOfOrder.add(new TimelineEntry(ORDER, "order", TimelineStep.ORDER_CANCELLED.stepName(), "changed mind"));
        List<ParcelPacked> batch = List.of(parcel(ORDER, 70, "TX"), parcel(8, 80, "TX"));

        reactions.readAheadFor(batch);
        batch.forEach(reactions::shipParcel);

        assertEquals(List.of(8L), shipments.stream().map(Shipment::getOrderId).toList());
    }

    private static List<Rate> ratesOf(int zone) {
        return List.of(new Rate(1, 1, ServiceLevel.STANDARD, zone, new BigDecimal("20"), new BigDecimal("9.00"), 3),
                new Rate(2, 2, ServiceLevel.STANDARD, zone, new BigDecimal("20"), new BigDecimal("6.50"), 4));
    }

    private static ParcelPacked parcel(String originState) {
        return parcel(ORDER, PICK_LIST, originState);
    }

    private static ParcelPacked parcel(long order, long pickList, String originState) {
        return new ParcelPacked(order, "AG-" + order, pickList, MERCHANT, CUSTOMER, 4, "AUS-1", originState, "US", ADA,
                "standard", new BigDecimal("2.5"), 3, ITEMS);
    }
}
