package com.agora.order.entity;

import com.agora.persistence.IdentifiedEntity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * One entry of an order's timeline, written by the agent that did something to the order.
 */
@Entity
@Table(name = "order_events")
public class OrderEvent extends IdentifiedEntity {

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

    public OrderEvent() {
    }

    public OrderEvent(Long orderId, String agent, String eventType, String detail) {
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
