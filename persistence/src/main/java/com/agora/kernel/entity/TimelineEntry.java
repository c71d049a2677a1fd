package com.agora.kernel.entity;

import com.agora.persistence.IdentifiedEntity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * One step of an order's timeline: which agent did what for the order, and when. The kernel writes it in the
 * transaction of the step itself, so the timeline needs no report event to the Order agent.
 */
@Entity
@Table(name = "order_events")
public class TimelineEntry extends IdentifiedEntity {

    private static final long serialVersionUID = 1L;

    @Column(name = "order_id")
    private Long orderId;

    private String agent;

    @Column(name = "event_type")
    private String eventType;

    private String detail;

    /** Set in Java rather than by the database default, so the timeline records when the agent acted. */
    @Column(name = "occurred_at")
    private Instant occurredAt = Instant.now();

    public TimelineEntry() {
    }

    public TimelineEntry(Long orderId, String agent, String eventType, String detail) {
        this.orderId = orderId;
        this.agent = agent;
        this.eventType = eventType;
        this.detail = detail;
    }

    public Long getOrderId() {
        return orderId;
    }

    public void setOrderId(Long orderId) {
        this.orderId = orderId;
    }

    public String getAgent() {
        return agent;
    }

    public void setAgent(String agent) {
        this.agent = agent;
    }

    public String getEventType() {
        return eventType;
    }

    public void setEventType(String eventType) {
        this.eventType = eventType;
    }

    public String getDetail() {
        return detail;
    }

    public void setDetail(String detail) {
        this.detail = detail;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public void setOccurredAt(Instant occurredAt) {
        this.occurredAt = occurredAt;
    }
}
