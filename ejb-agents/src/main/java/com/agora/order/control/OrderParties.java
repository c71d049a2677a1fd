package com.agora.order.control;

import com.agora.events.CustomerContact;
import com.agora.order.entity.CustomerOrder;
import com.agora.persistence.PostalAddress;
import java.time.Instant;

/**
 * Who buys, from whom, and where the goods and the invoice go, as they stand when an order is placed. The order
 * keeps them, and its events hand them on, so no agent downstream asks the Customer agent or the merchants
 * inside its event transaction, and a later edit of the address book changes no order already placed.
 *
 * @param customerSince when the customer's account was opened, for fraud screening
 */
public record OrderParties(long customerId, String customerEmail, String customerName, Instant customerSince,
        long merchantId, String merchantName, long shippingAddressId, PostalAddress shipTo, long billingAddressId,
        PostalAddress billTo) {

    /** The parties of an order placed before, for its replacement: the same customer, merchant and addresses. */
    public static OrderParties of(CustomerOrder order) {
        return new OrderParties(order.getCustomerId(), order.getCustomerEmail(), order.getCustomerName(),
                order.getCustomerSince(), order.getMerchantId(), order.getMerchantName(), order.getShippingAddressId(),
                order.getShipTo(), order.getBillingAddressId(), order.getBillTo());
    }

    public static CustomerContact contactOf(CustomerOrder order) {
        return new CustomerContact(order.getCustomerEmail(), order.getCustomerName());
    }

    void applyTo(CustomerOrder order) {
        order.setCustomerId(customerId);
        order.setCustomerEmail(customerEmail);
        order.setCustomerName(customerName);
        order.setCustomerSince(customerSince);
        order.setMerchantId(merchantId);
        order.setMerchantName(merchantName);
        order.setShippingAddressId(shippingAddressId);
        order.setShipTo(shipTo);
        order.setBillingAddressId(billingAddressId);
        order.setBillTo(billTo);
    }
}
