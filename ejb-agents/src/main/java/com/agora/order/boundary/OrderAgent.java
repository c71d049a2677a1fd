package com.agora.order.boundary;

import com.agora.customer.boundary.CustomerDirectory;
import com.agora.events.EventType;
import com.agora.events.OrderCancelled;
import com.agora.events.OrderPlaced;
import com.agora.events.TimelineStep;
import com.agora.kernel.agent.Agent;
import com.agora.kernel.entity.TimelineEntry;
import com.agora.kernel.agent.BusinessAgent;
import com.agora.kernel.error.Codes;
import com.agora.kernel.error.DomainProblem;
import com.agora.kernel.event.EventPublisher;
import com.agora.kernel.timeline.OrderTimeline;
import com.agora.kernel.idempotency.IdempotencyKeys;
import com.agora.kernel.paging.FilteredQuery;
import com.agora.kernel.paging.Page;
import com.agora.kernel.paging.PageRequest;
import com.agora.kernel.security.Caller;
import com.agora.order.boundary.OrderViews.Item;
import com.agora.order.boundary.OrderViews.OrderFilter;
import com.agora.order.boundary.OrderViews.OrderSummary;
import com.agora.order.boundary.OrderViews.OrderView;
import com.agora.order.boundary.OrderViews.PlaceOrder;
import com.agora.order.control.OrderLifecycle;
import com.agora.order.control.OrderPricing;
import com.agora.order.control.OrderRecords;
import com.agora.order.entity.CustomerOrder;
import com.agora.order.entity.FulfillmentStatus;
import com.agora.order.entity.OrderLine;
import com.agora.order.entity.OrderStatus;
import com.agora.order.entity.PaymentStatus;
import com.agora.payment.boundary.PaymentFacts;
import com.agora.product.boundary.ProductFacts;
import com.agora.product.boundary.ProductViews.CatalogPrice;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.metrics.annotation.Counted;
import org.eclipse.microprofile.metrics.annotation.Timed;

/**
 * The Order agent: places orders priced from the catalog, runs the order status machine as the other agents
 * report back, cancels with compensation, and keeps the timeline of every step.
 */
@Stateless
@BusinessAgent(Agent.ORDER)
public class OrderAgent {

    static final String IDEMPOTENT_RESOURCE = "order";

    @PersistenceContext(unitName = "agora")
    EntityManager em;

    @Inject
    OrderTimeline timeline;

    @Inject
    EventPublisher events;

    @Inject
    IdempotencyKeys idempotencyKeys;

    @Inject
    OrderRecords records;

    @Inject
    ProductFacts catalog;

    @Inject
    CustomerDirectory customers;

    @Inject
    PaymentFacts payments;

    @Inject
    @ConfigProperty(name = "agora.order.tax-rate", defaultValue = "0.08")
    BigDecimal taxRate;

    @Inject
    @ConfigProperty(name = "agora.order.flat-shipping", defaultValue = "10.00")
    BigDecimal flatShipping;

    @Inject
    @ConfigProperty(name = "agora.order.free-shipping-from", defaultValue = "100.00")
    BigDecimal freeShippingFrom;

    @Inject
    @ConfigProperty(name = "agora.order.currency", defaultValue = "USD")
    String currency;

    private OrderPricing pricing;

    @PostConstruct
    void init() {
        pricing = new OrderPricing(taxRate, flatShipping, freeShippingFrom);
    }

    /**
     * Places an order and announces it; stock is reserved asynchronously by the Inventory agent. With an
     * idempotency key, a repeated request returns the order the first one created.
     */
    @Counted(name = "agora_orders_placed", absolute = true, description = "Orders accepted for placement")
    @Timed(name = "agora_order_placement", absolute = true, description = "Time to accept an order")
    public OrderView placeOrder(Caller caller, PlaceOrder request, String idempotencyKey, String clientIp) {
        long customerId = orderingCustomer(caller, request.customerId());
        String fingerprint = fingerprint(customerId, request);
        if (idempotencyKey != null) {
            Optional<Long> earlier = idempotencyKeys.claim(caller.username(), idempotencyKey, IDEMPOTENT_RESOURCE,
                    fingerprint);
            if (earlier.isPresent()) {
                return view(em.find(CustomerOrder.class, earlier.get()));
            }
        }
        Map<Long, Integer> quantities = new LinkedHashMap<>();
        for (Item item : request.items()) {
            quantities.merge(item.variantId(), item.quantity(), Integer::sum);
        }
        Map<Long, CatalogPrice> prices = catalog.pricesOf(quantities.keySet());
        List<DomainProblem.FieldError> problems = new ArrayList<>();
        int index = 0;
        for (Item item : request.items()) {
            CatalogPrice price = prices.get(item.variantId());
            if (price == null) {
                problems.add(new DomainProblem.FieldError("items[" + index + "].variantId",
                        "variant " + item.variantId() + " does not exist"));
            } else if (!price.sellable()) {
                problems.add(new DomainProblem.FieldError("items[" + index + "].variantId",
                        "variant " + item.variantId() + " is not for sale"));
            }
            index++;
        }
        if (!problems.isEmpty()) {
            throw DomainProblem.invalid(problems);
        }
        List<Long> merchants = prices.values().stream().map(CatalogPrice::merchantId).distinct().toList();
        if (merchants.size() != 1) {
            throw DomainProblem.invalid("items", "all items of an order must come from one merchant");
        }
        long shippingAddress = addressOf(customerId, request.shippingAddressId(), "shippingAddressId");
        long billingAddress = request.billingAddressId() == null ? shippingAddress
                : addressOf(customerId, request.billingAddressId(), "billingAddressId");

        long paymentMethod = paymentMethodOf(customerId, request.paymentMethodId());
        CustomerOrder order = newOrder(customerId, merchants.get(0), shippingAddress, billingAddress, quantities,
                prices, false);
        order.setCustomerNotes(request.customerNotes());
        order.setPaymentMethodId(paymentMethod);
        order.setServiceLevel(request.serviceLevel() == null ? "standard" : request.serviceLevel());
        order.setClientIp(clientIp);
        TimelineEntry placed = announce(order, "placed by " + caller.username());
        if (idempotencyKey != null) {
            idempotencyKeys.remember(caller.username(), idempotencyKey, IDEMPOTENT_RESOURCE, fingerprint,
                    order.getId());
        }
        // A new order's timeline is the one step just recorded: no need to read it back.
        return OrderViews.view(order, List.of(), List.of(), List.of(placed));
    }

    /**
     * An exchange approved by the Returns agent: the same variant goes out again in a new order that costs the
     * customer nothing, through the same reservation and fulfilment steps as any order.
     */
    public CustomerOrder placeReplacement(CustomerOrder original, String returnNumber, long variantId, int quantity) {
        Map<Long, CatalogPrice> prices = catalog.pricesOf(Set.of(variantId));
        if (!prices.containsKey(variantId)) {
            throw new IllegalStateException("variant " + variantId + " of " + returnNumber + " no longer exists");
        }
        CustomerOrder replacement = newOrder(original.getCustomerId(), original.getMerchantId(),
                original.getShippingAddressId(), original.getBillingAddressId(), Map.of(variantId, quantity), prices,
                true);
        replacement.setPaymentMethodId(original.getPaymentMethodId());
        replacement.setServiceLevel(original.getServiceLevel());
        replacement.setNotes("replacement for " + original.getOrderNumber() + " (" + returnNumber + ")");
        announce(replacement, "replacement for " + original.getOrderNumber() + " under " + returnNumber
                + ", no charge");
        return replacement;
    }

    private CustomerOrder newOrder(long customerId, long merchantId, long shippingAddress, long billingAddress,
            Map<Long, Integer> quantities, Map<Long, CatalogPrice> prices, boolean noCharge) {
        OrderPricing.Totals totals = pricing.price(quantities.entrySet().stream()
                .map(e -> new OrderPricing.Line(prices.get(e.getKey()).unitPrice(), e.getValue())).toList());
        CustomerOrder order = new CustomerOrder();
        order.setOrderNumber(records.nextOrderNumber());
        order.setCustomerId(customerId);
        order.setMerchantId(merchantId);
        order.setStatus(OrderStatus.PENDING);
        order.setPaymentStatus(PaymentStatus.PENDING);
        order.setFulfillmentStatus(FulfillmentStatus.UNFULFILLED);
        order.setSubtotal(totals.subtotal());
        order.setTax(totals.tax());
        order.setShippingCost(totals.shipping());
        order.setTotal(totals.total());
        order.setDiscount(BigDecimal.ZERO.setScale(2));
        if (noCharge) {
            order.setDiscount(totals.total());
            order.setTotal(BigDecimal.ZERO.setScale(2));
        }
        order.setCurrency(currency);
        order.setShippingAddressId(shippingAddress);
        order.setBillingAddressId(billingAddress);
        order.setCreatedAt(Instant.now());
        quantities.forEach((variantId, quantity) -> {
            CatalogPrice price = prices.get(variantId);
            OrderLine line = new OrderLine();
            line.setOrder(order);
            line.setProductId(price.productId());
            line.setVariantId(variantId);
            line.setSku(price.sku());
            line.setName(price.name());
            line.setQuantity(quantity);
            line.setUnitPrice(price.unitPrice());
            line.setTotalPrice(new OrderPricing.Line(price.unitPrice(), quantity).total());
            order.getLines().add(line);
        });
        return order;
    }

    private TimelineEntry announce(CustomerOrder order, String how) {
        records.persist(order);
        records.flush();
        TimelineEntry placed = timeline.record(order.getId(), Agent.ORDER, TimelineStep.ORDER_PLACED, order.getLines().size()
                + " line(s), " + order.getLines().stream().mapToInt(OrderLine::getQuantity).sum() + " unit(s), total "
                + order.getTotal() + " " + order.getCurrency() + ", " + how);
        events.publish(Agent.ORDER, EventType.ORDER_PLACED, order.getId(), new OrderPlaced(order.getId(),
                order.getOrderNumber(), order.getMerchantId(), order.getCustomerId(), order.getLines().stream()
                        .map(l -> new OrderPlaced.Line(l.getProductId(), l.getVariantId(), l.getQuantity()))
                        .toList()));
        return placed;
    }

    public OrderView findOrder(Caller caller, long id) {
        return view(visibleOrder(caller, id));
    }

    public Page<OrderSummary> listOrders(Caller caller, OrderFilter filter, PageRequest page) {
        FilteredQuery<CustomerOrder> query = new FilteredQuery<>(CustomerOrder.class, "o");
        if (caller.isMerchant()) {
            query.where("o.merchantId = :merchant", "merchant", caller.ownMerchantId());
        } else if (filter.merchantId() != null) {
            query.where("o.merchantId = :merchant", "merchant", filter.merchantId());
        }
        if (caller.isCustomer()) {
            query.where("o.customerId = :customer", "customer", caller.ownCustomerId());
        } else if (filter.customerId() != null) {
            query.where("o.customerId = :customer", "customer", filter.customerId());
        }
        if (filter.status() != null && !filter.status().isBlank()) {
            query.where("o.status = :status", "status", Codes.parse(OrderStatus.class, "status", filter.status()));
        }
        return query.page(em, "o.createdAt desc, o.id desc", page).map(OrderViews::summary);
    }

    /**
     * Cancels before shipment. Each agent that holds something for the order gives it back when it hears of it:
     * stock, the payment authorization, pick lists.
     */
    public OrderView cancelOrder(Caller caller, long id, String reason) {
        CustomerOrder order = visibleOrder(caller, id);
        em.lock(order, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(order);
        OrderLifecycle.requireTransition(order.getOrderNumber(), order.getStatus(), OrderStatus.CANCELLED);
        String why = reason == null || reason.isBlank() ? "cancelled by " + caller.username() : reason.trim();
        order.setStatus(OrderStatus.CANCELLED);
        order.setCancelledAt(Instant.now());
        order.setCancelReason(why);
        timeline.record(order.getId(), Agent.ORDER, TimelineStep.ORDER_CANCELLED, why + " (by " + caller.username() + ")");
        events.publish(Agent.ORDER, EventType.ORDER_CANCELLED, order.getId(), new OrderCancelled(order.getId(),
                order.getOrderNumber(), order.getCustomerId(), OrderCancelled.Outcome.CANCELLED, why));
        return view(order);
    }

    private OrderView view(CustomerOrder order) {
        return OrderViews.view(order, records.allocations(order.getId()), records.shipments(order.getId()),
                timeline.of(order.getId()));
    }

    /** Orders of other merchants or customers are reported as absent, never as forbidden. */
    private CustomerOrder visibleOrder(Caller caller, long id) {
        CustomerOrder order = em.find(CustomerOrder.class, id);
        if (order == null || !caller.mayRead(order.getMerchantId(), order.getCustomerId())) {
            throw DomainProblem.notFound("order", id);
        }
        return order;
    }

    private long orderingCustomer(Caller caller, Long requested) {
        if (caller.isCustomer()) {
            long own = caller.ownCustomerId();
            if (requested != null && requested != own) {
                throw DomainProblem.invalid("customerId", "customers place orders only for themselves");
            }
            return own;
        }
        if (!caller.seesAllMerchants()) {
            throw DomainProblem.forbidden("merchants do not place orders; customers and integrators do");
        }
        if (requested == null) {
            throw DomainProblem.invalid("customerId", "is required");
        }
        if (!customers.exists(requested)) {
            throw DomainProblem.invalid("customerId", "customer " + requested + " does not exist");
        }
        return requested;
    }

    /** The given address if it is the customer's, else the customer's default shipping address. */
    private long addressOf(long customerId, Long addressId, String field) {
        if (addressId != null) {
            if (!customers.ownsAddress(customerId, addressId)) {
                throw DomainProblem.invalid(field, "address " + addressId + " is not one of the customer's");
            }
            return addressId;
        }
        return customers.shippingAddressOf(customerId).orElseThrow(
                () -> DomainProblem.invalid(field, "the customer has no shipping address; give one"));
    }

    /** The given stored card if it is the customer's, else the customer's default one. */
    private long paymentMethodOf(long customerId, Long requested) {
        if (requested != null) {
            if (!payments.methodBelongsTo(requested, customerId)) {
                throw DomainProblem.invalid("paymentMethodId", "payment method " + requested
                        + " is not one of the customer's");
            }
            return requested;
        }
        return payments.defaultMethodOf(customerId).orElseThrow(() -> DomainProblem.invalid("paymentMethodId",
                "the customer has no stored payment method; store a card first (POST /api/v1/payment-methods)"));
    }

    private static String fingerprint(long customerId, PlaceOrder request) {
        return IdempotencyKeys.fingerprint(customerId, request.shippingAddressId(), request.billingAddressId(),
                request.items().stream().map(i -> i.variantId() + "x" + i.quantity()).sorted()
                        .collect(Collectors.joining(",")), request.customerNotes(), request.paymentMethodId(),
                request.serviceLevel());
    }
}
