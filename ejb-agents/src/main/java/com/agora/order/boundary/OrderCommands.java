package com.agora.order.boundary;

import com.agora.customer.boundary.CustomerFacts.AddressBookEntry;
import com.agora.customer.boundary.CustomerFacts.Buyer;
import com.agora.customer.boundary.CustomerFacts.Contact;
import com.agora.customer.boundary.CustomerFacts;
import com.agora.events.EventType;
import com.agora.events.OrderCancelled;
import com.agora.events.TimelineStep;
import com.agora.kernel.agent.Agent;
import com.agora.kernel.entity.TimelineEntry;
import com.agora.kernel.error.DomainProblem;
import com.agora.kernel.event.EventPublisher;
import com.agora.kernel.idempotency.IdempotencyKeys;
import com.agora.kernel.persistence.KernelRows;
import com.agora.kernel.security.Caller;
import com.agora.kernel.timeline.OrderTimeline;
import com.agora.merchant.boundary.MerchantFacts;
import com.agora.order.boundary.OrderViews.Item;
import com.agora.order.boundary.OrderViews.OrderView;
import com.agora.order.boundary.OrderViews.PlaceOrder;
import com.agora.order.control.OrderCancellation;
import com.agora.order.control.OrderLifecycle;
import com.agora.order.control.OrderParties;
import com.agora.order.control.OrderPlacement;
import com.agora.order.control.OrderStore;
import com.agora.order.entity.CustomerOrder;
import com.agora.order.entity.OrderStatus;
import com.agora.payment.boundary.PaymentFacts.StoredCard;
import com.agora.payment.boundary.PaymentFacts;
import com.agora.product.boundary.ProductFacts;
import com.agora.product.boundary.ProductViews.CatalogPrice;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.eclipse.microprofile.metrics.annotation.Counted;
import org.eclipse.microprofile.metrics.annotation.Timed;

/** What customers and integrators ask of the Order agent: place an order, cancel it before it ships. */
@Stateless
public class OrderCommands {

    static final String IDEMPOTENT_RESOURCE = "order";

    @Inject
    OrderStore store;

    @Inject
    OrderPlacement placement;

    @EJB
    OrderQueries queries;

    @Inject
    OrderTimeline timeline;

    @Inject
    EventPublisher events;

    @EJB
    IdempotencyKeys idempotencyKeys;

    @Inject
    KernelRows kernelRows;

    @Resource
    SessionContext context;

    @EJB
    ProductFacts catalog;

    @EJB
    CustomerFacts customers;

    @EJB
    PaymentFacts payments;

    @EJB
    MerchantFacts merchantNames;

    /**
     * Places an order and announces it; stock is reserved asynchronously by the Inventory agent. With an
     * idempotency key, a repeated request returns the order the first one created.
     */
    @Counted(name = "agora_orders_placed", absolute = true, description = "Orders accepted for placement")
    @Timed(name = "agora_order_placement", absolute = true, description = "Time to accept an order")
    public OrderView placeOrder(Caller caller, PlaceOrder request, String idempotencyKey, String clientIp) {
        if (idempotencyKey != null) {
            IdempotencyKeys.validate(idempotencyKey);
        }
        Buyer buyer = orderingCustomer(caller, request);
        String fingerprint = fingerprint(buyer.contact().customerId(), request);
        CustomerOrder order;
        TimelineEntry placed;
        try {
            order = newOrder(request, buyer, clientIp);
            // The event, the timeline entry and the key go to the database in one statement at the end.
            kernelRows.holdUntilWritten();
            placed = placement.announce(order, "placed by " + caller.username());
        } catch (DomainProblem problem) {
            // A retry of a request that created its order is answered with that order even if it would not pass now.
            if (idempotencyKey != null) {
                Optional<Long> earlier = idempotencyKeys.find(caller.username(), idempotencyKey, IDEMPOTENT_RESOURCE,
                        fingerprint);
                if (earlier.isPresent()) {
                    return queries.view(store.existing(earlier.get()));
                }
            }
            throw problem;
        }
        if (idempotencyKey != null) {
            Optional<Long> earlier = idempotencyKeys.recordOrFind(caller.username(), idempotencyKey,
                    IDEMPOTENT_RESOURCE, fingerprint, order.getId());
            if (earlier.isPresent()) {
                OrderView first = queries.view(store.existing(earlier.get()));
                // A retry: the order it would have created goes, the answer is the first request's order.
                context.setRollbackOnly();
                return first;
            }
        } else {
            kernelRows.writeHeld();
        }
        // A new order's timeline is the one step just recorded: no need to read it back.
        return OrderViews.view(order, List.of(), List.of(), List.of(placed));
    }

    private CustomerOrder newOrder(PlaceOrder request, Buyer buyer, String clientIp) {
        Contact contact = buyer.contact();
        long customerId = contact.customerId();
        Map<Long, Integer> quantities = new LinkedHashMap<>();
        for (Item item : request.items()) {
            quantities.merge(item.variantId(), item.quantity(), Integer::sum);
        }
        Map<Long, CatalogPrice> prices = catalog.pricesOf(quantities.keySet());
        long merchantId = OrderPlacement.sellingMerchant(request.items().stream().map(Item::variantId).toList(),
                prices);
        AddressBookEntry shippingAddress = buyer.shippingAddress().orElseThrow(() -> request.shippingAddressId() == null
                ? DomainProblem.invalid("shippingAddressId", "the customer has no shipping address; give one")
                : notTheCustomers("shippingAddressId", request.shippingAddressId()));
        AddressBookEntry billingAddress = request.billingAddressId() == null ? shippingAddress
                : buyer.billingAddress().orElseThrow(
                        () -> notTheCustomers("billingAddressId", request.billingAddressId()));

        StoredCard card = cardOf(customerId, request.paymentMethodId());
        OrderParties parties = new OrderParties(customerId, contact.email(), contact.name(), contact.since(),
                merchantId, merchantNames.businessNameOf(merchantId).orElseThrow(
                        () -> new IllegalStateException("merchant " + merchantId + " of the catalog does not exist")),
                shippingAddress.id(), shippingAddress.address(), billingAddress.id(), billingAddress.address());
        CustomerOrder order = placement.newOrder(parties, quantities, prices, false);
        order.setCustomerNotes(request.customerNotes());
        order.setPaymentMethodId(card.id());
        order.setCardFingerprint(card.fingerprint());
        order.setServiceLevel(request.serviceLevel() == null ? "standard" : request.serviceLevel());
        order.setClientIp(clientIp);
        return order;
    }

    /**
     * Cancels before shipment. Each agent that holds something for the order gives it back when it hears of it:
     * stock, the payment authorization, pick lists.
     */
    public OrderView cancelOrder(Caller caller, long id, String reason) {
        CustomerOrder order = OrderQueries.visible(caller, id, store.find(id));
        store.lockFresh(order);
        order.setStatus(OrderLifecycle.MACHINE.requireMove(order.getOrderNumber(), order.getStatus(),
                OrderStatus.CANCELLED));
        String why = reason == null || reason.isBlank() ? "cancelled by " + caller.username() : reason.trim();
        order.setCancelledAt(Instant.now());
        order.setCancelReason(why);
        timeline.record(order.getId(), Agent.ORDER, TimelineStep.ORDER_CANCELLED, why + " (by " + caller.username() + ")");
        events.publish(Agent.ORDER, EventType.ORDER_CANCELLED, order.getId(),
                OrderCancellation.of(order, OrderCancelled.Outcome.CANCELLED));
        return queries.view(order);
    }

    private Buyer orderingCustomer(Caller caller, PlaceOrder request) {
        Long requested = request.customerId();
        if (caller.isCustomer()) {
            long own = caller.ownCustomerId();
            if (requested != null && requested != own) {
                throw DomainProblem.invalid("customerId", "customers place orders only for themselves");
            }
            return customers.buyer(own, request.shippingAddressId(), request.billingAddressId()).orElseThrow(
                    () -> new IllegalStateException("the signed-in customer " + own + " has no account"));
        }
        if (!caller.seesAllMerchants()) {
            throw DomainProblem.forbidden("merchants do not place orders; customers and integrators do");
        }
        if (requested == null) {
            throw DomainProblem.invalid("customerId", "is required");
        }
        return customers.buyer(requested, request.shippingAddressId(), request.billingAddressId()).orElseThrow(
                () -> DomainProblem.invalid("customerId", "customer " + requested + " does not exist"));
    }

    private static DomainProblem notTheCustomers(String field, long addressId) {
        return DomainProblem.invalid(field, "address " + addressId + " is not one of the customer's");
    }

    /** The given stored card if it is the customer's, else the customer's default one. */
    private StoredCard cardOf(long customerId, Long requested) {
        if (requested != null) {
            return payments.cardOf(requested, customerId).orElseThrow(() -> DomainProblem.invalid(
                    "paymentMethodId", "payment method " + requested + " is not one of the customer's"));
        }
        return payments.defaultCardOf(customerId).orElseThrow(() -> DomainProblem.invalid("paymentMethodId",
                "the customer has no stored payment method; store a card first (POST /api/v1/payment-methods)"));
    }

    private static String fingerprint(long customerId, PlaceOrder request) {
        return IdempotencyKeys.fingerprint(customerId, request.shippingAddressId(), request.billingAddressId(),
                request.items().stream().map(i -> i.variantId() + "x" + i.quantity()).sorted()
                        .collect(Collectors.joining(",")), request.customerNotes(), request.paymentMethodId(),
                request.serviceLevel());
    }
}
