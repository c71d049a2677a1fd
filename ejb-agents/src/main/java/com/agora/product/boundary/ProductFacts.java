package com.agora.product.boundary;

import com.agora.product.boundary.ProductViews.CatalogPrice;
import com.agora.product.entity.ProductStatus;
import com.agora.product.entity.ProductVariant;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** What other agents may read of the catalog: prices to place an order, weights to pack a parcel. Read-only. */
@Stateless
public class ProductFacts {

    @PersistenceContext(unitName = "agora")
    EntityManager em;

    /** Today's prices of the given variants, for the Order agent to price an order. */
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
                        v.getProduct().getStatus() == ProductStatus.ACTIVE))
                .collect(Collectors.toMap(CatalogPrice::variantId, Function.identity()));
    }

    /**
     * Shipping weight in kilograms per variant, for the Warehouse agent to weigh a parcel: the variant's own weight,
     * else its product's. Variants without either are absent from the map.
     */
    public Map<Long, BigDecimal> weightsOf(Collection<Long> variantIds) {
        if (variantIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, BigDecimal> weights = new HashMap<>();
        em.createQuery("select v from ProductVariant v join fetch v.product where v.id in :ids", ProductVariant.class)
                .setParameter("ids", variantIds)
                .getResultList()
                .forEach(v -> {
                    BigDecimal weight = v.getWeight() != null ? v.getWeight() : v.getProduct().getWeight();
                    if (weight != null) {
                        weights.put(v.getId(), weight);
                    }
                });
        return weights;
    }
}
