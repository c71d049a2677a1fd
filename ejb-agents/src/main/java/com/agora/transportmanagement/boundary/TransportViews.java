package com.agora.transportmanagement.boundary;

import com.agora.carrier.boundary.CarrierViews.ShipmentView;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What carriers report and what clients see of shipments on their way and of pickups. */
public final class TransportViews {

    private TransportViews() {
    }

    /** A carrier's report on a parcel; {@code status} is in_transit, delivered or exception. */
    public record TrackingUpdate(
            @NotBlank @Size(max = 100) String trackingNumber,
            @NotBlank @Size(max = 20) String status,
            @Size(max = 255) String location,
            @Size(max = 1000) String detail,
            Instant occurredAt) {
    }

    public record TrackingEventView(long id, long shipmentId, String trackingNumber, String status, String location,
            String detail, String reportedBy, Instant occurredAt, Instant receivedAt) {
    }

    /** A shipment with its tracking history, oldest report first. */
    public record ShipmentDetail(ShipmentView shipment, List<TrackingEventView> trackingEvents) {
    }

    public record PickupView(long id, long carrierId, String carrierCode, long warehouseId, String warehouseCode,
            LocalDate pickupDate, String status, List<Long> shipmentIds, Instant collectedAt, String collectedBy) {
    }

    public record PickupFilter(LocalDate date, String status) {
    }
}
