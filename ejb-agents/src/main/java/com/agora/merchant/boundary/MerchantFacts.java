package com.agora.merchant.boundary;

import com.agora.merchant.control.BusinessNames;
import com.agora.merchant.entity.Merchant;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** The merchants selling on the platform, by name, for pickers and labels in the consoles. */
@Stateless
public class MerchantFacts {

    public record MerchantView(long id, String businessName, String status) {
    }

    @PersistenceContext(unitName = "agora")
    EntityManager em;

    public List<MerchantView> listMerchants() {
        return em.createQuery("select m from Merchant m order by m.businessName", Merchant.class).getResultList()
                .stream()
                .map(m -> new MerchantView(m.getId(), m.getBusinessName(), m.getStatus().name().toLowerCase()))
                .toList();
    }

    @Inject
    BusinessNames businessNames;

    /** The name a merchant trades under, as printed on its invoices; up to a minute old ({@link BusinessNames}). */
    public Optional<String> businessNameOf(long merchantId) {
        return businessNames.of(merchantId,
                id -> Optional.ofNullable(em.find(Merchant.class, id)).map(Merchant::getBusinessName));
    }
}
