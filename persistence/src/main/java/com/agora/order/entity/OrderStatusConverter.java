package com.agora.order.entity;

import com.agora.persistence.LowercaseEnumConverter;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores {@link OrderStatus} as its lowercase code, the value the database CHECK constraint accepts. */
@Converter
public class OrderStatusConverter extends LowercaseEnumConverter<OrderStatus>
        implements AttributeConverter<OrderStatus, String> {

    public OrderStatusConverter() {
        super(OrderStatus.class);
    }
}
