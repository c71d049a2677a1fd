package com.agora.warehouse.entity;

import com.agora.persistence.IdentifiedEntity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.math.BigDecimal;

import org.eclipse.persistence.annotations.Customizer;
import org.eclipse.persistence.config.DescriptorCustomizer;
import org.eclipse.persistence.descriptors.ClassDescriptor;

/**
 * One order line as the picker sees it: what to take and how much it weighs.
 */
@Entity
@Table(name = "pick_list_lines")
@Customizer(PickListLine.WrittenAfterItsPickList.class)
public class PickListLine extends IdentifiedEntity {

    /**
     * A new pick list and its lines reach PostgreSQL in one flush. The lines name their pick list by id, not by a
     * mapping, so EclipseLink must be told that its row goes first (the foreign key checks it at once).
     */
    public static class WrittenAfterItsPickList implements DescriptorCustomizer {

        @Override
        public void customize(ClassDescriptor descriptor) {
            descriptor.addConstraintDependency(PickList.class);
        }
    }

    private static final long serialVersionUID = 1L;

    @Column(name = "pick_list_id")
    private Long pickListId;

    @Column(name = "order_line_id")
    private Long orderLineId;

    @Column(name = "product_id")
    private Long productId;

    @Column(name = "variant_id")
    private Long variantId;

    private String sku;

    private String name;

    private int quantity;

    @Column(name = "unit_weight_kg")
    private BigDecimal unitWeightKg;

    public Long getPickListId() {
        return pickListId;
    }

    public void setPickListId(Long pickListId) {
        this.pickListId = pickListId;
    }

    public Long getOrderLineId() {
        return orderLineId;
    }

    public void setOrderLineId(Long orderLineId) {
        this.orderLineId = orderLineId;
    }

    public Long getProductId() {
        return productId;
    }

    public void setProductId(Long productId) {
        this.productId = productId;
    }

    public Long getVariantId() {
        return variantId;
    }

    public void setVariantId(Long variantId) {
        this.variantId = variantId;
    }

    public String getSku() {
        return sku;
    }

    public void setSku(String sku) {
        this.sku = sku;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public int getQuantity() {
        return quantity;
    }

    public void setQuantity(int quantity) {
        this.quantity = quantity;
    }

    public BigDecimal getUnitWeightKg() {
        return unitWeightKg;
    }

    public void setUnitWeightKg(BigDecimal unitWeightKg) {
        this.unitWeightKg = unitWeightKg;
    }
}
