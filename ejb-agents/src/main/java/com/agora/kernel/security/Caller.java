package com.agora.kernel.security;

import com.agora.kernel.error.DomainProblem;
import com.agora.security.entity.Role;

/**
 * Who is asking, as every boundary needs it: the role, and the merchant or customer the account belongs to.
 * Boundaries take it explicitly so data scoping is visible in every business method.
 */
public record Caller(String username, Role role, Long merchantId, Long customerId) {

    public boolean isAdmin() {
        return role == Role.ADMIN;
    }

    public boolean isMerchant() {
        return role == Role.MERCHANT;
    }

    public boolean isCustomer() {
        return role == Role.CUSTOMER;
    }

    /** Admins and integrators operate the whole platform; merchants and customers only their own data. */
    public boolean seesAllMerchants() {
        return role == Role.ADMIN || role == Role.INTEGRATOR;
    }

    public boolean mayActFor(long merchantId) {
        return seesAllMerchants() || (isMerchant() && this.merchantId != null && this.merchantId == merchantId);
    }

    /**
     * Admins, and the merchant and the customer of an order: the people who may read its papers and its mail.
     * Integrators operate orders but are no party to them.
     */
    public boolean isPartyTo(Long ownerMerchantId, Long ownerCustomerId) {
        return isAdmin() || (isMerchant() && merchantId != null && merchantId.equals(ownerMerchantId))
                || (isCustomer() && customerId != null && customerId.equals(ownerCustomerId));
    }

    /**
     * Whether a record of this merchant and customer (an order, its payments, a return) is the caller's to read:
     * operators read everything, merchants and customers only their own.
     */
    public boolean mayRead(Long ownerMerchantId, Long ownerCustomerId) {
        return seesAllMerchants() || isPartyTo(ownerMerchantId, ownerCustomerId);
    }

    /** The customer a customer account is bound to; fails loudly for a customer account without one. */
    public long ownCustomerId() {
        if (customerId == null) {
            throw DomainProblem.forbidden("account " + username + " is not linked to a customer");
        }
        return customerId;
    }

    /** The merchant a merchant account is bound to; fails loudly for a merchant account without one. */
    public long ownMerchantId() {
        if (merchantId == null) {
            throw DomainProblem.forbidden("account " + username + " is not linked to a merchant");
        }
        return merchantId;
    }
}
