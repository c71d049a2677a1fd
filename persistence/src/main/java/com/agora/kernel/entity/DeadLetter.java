package com.agora.kernel.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A message an agent could not handle after every retry, parked for ops to replay or discard. */
@Entity
@Table(name = "dead_letters")
public class DeadLetter {

    public enum Status { PARKED, REPLAYED, DISCARDED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String destination;

    @Column(nullable = false)
    private String consumer;

    /** A uuid column held as text: EclipseLink cannot bind a null UUID, and unreadable messages have no id. */
    @Column(name = "event_id")
    private String eventId;

    @Column(name = "event_type")
    private String eventType;

    @Column(nullable = false)
    private String payload;

    @Column(nullable = false)
    private String reason;

    private int attempts;

    @Column(nullable = false)
    private String status = "parked";

    @Column(name = "parked_at", nullable = false)
    private Instant parkedAt = Instant.now();

    @Column(name = "resolved_at")
    private Instant resolvedAt;

    @Column(name = "resolved_by")
    private String resolvedBy;

    protected DeadLetter() {
    }

    public DeadLetter(String destination, String consumer, UUID eventId, String eventType, String payload,
            String reason, int attempts) {
        this.destination = destination;
        this.consumer = consumer;
        this.eventId = eventId == null ? null : eventId.toString();
        this.eventType = eventType;
        this.payload = payload;
        this.reason = reason;
        this.attempts = attempts;
    }

    public void resolve(Status outcome, String by) {
        this.status = outcome.name().toLowerCase();
        this.resolvedAt = Instant.now();
        this.resolvedBy = by;
    }

    public Status status() {
        return Status.valueOf(status.toUpperCase());
    }

    public Long getId() {
        return id;
    }

    public String getDestination() {
        return destination;
    }

    public String getConsumer() {
        return consumer;
    }

    public UUID getEventId() {
        return eventId == null ? null : UUID.fromString(eventId);
    }

    public String getEventType() {
        return eventType;
    }

    public String getPayload() {
        return payload;
    }

    public String getReason() {
        return reason;
    }

    public int getAttempts() {
        return attempts;
    }

    public String getStatus() {
        return status;
    }

    public Instant getParkedAt() {
        return parkedAt;
    }

    public Instant getResolvedAt() {
        return resolvedAt;
    }

    public String getResolvedBy() {
        return resolvedBy;
    }
}
