package com.agora.customer.entity;

import com.agora.persistence.TimestampedEntity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * The buyer profile of a user account; name and e-mail live on the account.
 */
@Entity
@Table(name = "customers")
public class Customer extends TimestampedEntity {

    private static final long serialVersionUID = 1L;

    @Column(name = "user_id")
    private Long userId;

    @Column(name = "customer_group")
    private String customerGroup = "regular";

    @Column(name = "total_orders")
    private int totalOrders;

    @Column(name = "total_spent")
    private BigDecimal totalSpent = BigDecimal.ZERO;

    @Column(name = "average_order_value")
    private BigDecimal averageOrderValue;

    @Column(name = "lifetime_value")
    private BigDecimal lifetimeValue;

    @Column(name = "last_order_date")
    private Instant lastOrderDate;

    private String notes;

    public Long getUserId() {
        return userId;
    }

    public void setUserId(Long userId) {
        this.userId = userId;
    }

    public String getCustomerGroup() {
        return customerGroup;
    }

    public void setCustomerGroup(String customerGroup) {
        this.customerGroup = customerGroup;
    }

    public int getTotalOrders() {
        return totalOrders;
    }

    public void setTotalOrders(int totalOrders) {
        this.totalOrders = totalOrders;
    }

    public BigDecimal getTotalSpent() {
        return totalSpent;
    }

    public void setTotalSpent(BigDecimal totalSpent) {
        this.totalSpent = totalSpent;
    }

    public BigDecimal getAverageOrderValue() {
        return averageOrderValue;
    }

    public void setAverageOrderValue(BigDecimal averageOrderValue) {
        this.averageOrderValue = averageOrderValue;
    }

    public BigDecimal getLifetimeValue() {
        return lifetimeValue;
    }

    public void setLifetimeValue(BigDecimal lifetimeValue) {
        this.lifetimeValue = lifetimeValue;
    }

    public Instant getLastOrderDate() {
        return lastOrderDate;
    }

    public void setLastOrderDate(Instant lastOrderDate) {
        this.lastOrderDate = lastOrderDate;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }
}
