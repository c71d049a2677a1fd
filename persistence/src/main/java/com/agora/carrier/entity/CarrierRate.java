package com.agora.carrier.entity;

import com.agora.persistence.IdentifiedEntity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.math.BigDecimal;

/**
 * A carrier's price for a parcel of a service level, a zone and a weight bracket (up to {@code maxWeightKg}).
 */
@Entity
@Table(name = "carrier_rates")
public class CarrierRate extends IdentifiedEntity {

    private static final long serialVersionUID = 1L;

    @Column(name = "carrier_id")
    private Long carrierId;

    @Column(name = "service_level")
    private String serviceLevel;

    private int zone;

    @Column(name = "max_weight_kg")
    private BigDecimal maxWeightKg;

    private BigDecimal price;

    @Column(name = "transit_days")
    private int transitDays;

    public Long getCarrierId() {
        return carrierId;
    }

    public void setCarrierId(Long carrierId) {
        this.carrierId = carrierId;
    }

    public String getServiceLevel() {
        return serviceLevel;
    }

    public void setServiceLevel(String serviceLevel) {
        this.serviceLevel = serviceLevel;
    }

    public int getZone() {
        return zone;
    }

    public void setZone(int zone) {
        this.zone = zone;
    }

    public BigDecimal getMaxWeightKg() {
        return maxWeightKg;
    }

    public void setMaxWeightKg(BigDecimal maxWeightKg) {
        this.maxWeightKg = maxWeightKg;
    }

    public BigDecimal getPrice() {
        return price;
    }

    public void setPrice(BigDecimal price) {
        this.price = price;
    }

    public int getTransitDays() {
        return transitDays;
    }

    public void setTransitDays(int transitDays) {
        this.transitDays = transitDays;
    }
}
