package com.agora.product.boundary;

import com.agora.product.boundary.ProductViews.CatalogPrice;
import com.agora.product.entity.ProductStatus;
import com.agora.product.entity.ProductVariant;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** What other agents may read of the catalog: prices and shipping weights to place an order. Read-only. */
@Stateless
public class ProductFacts {

    @PersistenceContext(unitName = "agora")
    EntityManager em;

    /**
     * Today's prices of the given variants, with what a unit weighs, for the Order agent to price an order and to
     * tell the warehouse what its parcels weigh.
     */
    public Map<Long, CatalogPrice> pricesOf(Collection<Long> variantIds) {
        if (variantIds.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select v from ProductVariant v join fetch v.product where v.id in :ids",
                        ProductVariant.class)
                .setParameter("ids", variantIds)
                .getResultList().stream()
                .map(v -> new CatalogPrice(v.getId(), v.getProduct().getId(), v.getProduct().getMerchantId(),
                        v.getSku(), v.getProduct().getName() + (v.isDefaultVariant() ? "" : " – " + v.getName()),
                        v.getPrice() == null ? v.getProduct().getPrice() : v.getPrice(),
                        v.getProduct().getStatus() == ProductStatus.ACTIVE, v.shippingWeightKg()))
                .collect(Collectors.toMap(CatalogPrice::variantId, Function.identity()));
    }
}
