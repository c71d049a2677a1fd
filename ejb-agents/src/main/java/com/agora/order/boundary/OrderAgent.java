package com.agora.order.boundary;

import com.agora.customer.boundary.CustomerDirectory;
import com.agora.events.EventType;
import com.agora.events.OrderCancelled;
import com.agora.events.OrderPlaced;
import com.agora.events.StockReleased;
import com.agora.events.StockReserved;
import com.agora.events.StockUnavailable;
import com.agora.kernel.agent.Agent;
import com.agora.kernel.agent.BusinessAgent;
import com.agora.kernel.error.DomainProblem;
import com.agora.kernel.event.EventPublisher;
import com.agora.kernel.idempotency.IdempotencyKeys;
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
import com.agora.order.entity.CustomerOrder;
import com.agora.order.entity.FulfillmentStatus;
import com.agora.order.entity.OrderEvent;
import com.agora.order.entity.OrderLine;
import com.agora.order.entity.OrderStatus;
import com.agora.order.entity.PaymentStatus;
import com.agora.product.boundary.ProductAgent;
import com.agora.product.boundary.ProductViews.CatalogPrice;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
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
    EventPublisher events;

    @Inject
    IdempotencyKeys idempotencyKeys;

    @Inject
    ProductAgent catalog;

    @Inject
    CustomerDirectory customers;

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
    public OrderView placeOrder(Caller caller, PlaceOrder request, String idempotencyKey) {
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

        OrderPricing.Totals totals = pricing.price(quantities.entrySet().stream()
                .map(e -> new OrderPricing.Line(prices.get(e.getKey()).unitPrice(), e.getValue())).toList());
        Instant now = Instant.now();
        CustomerOrder order = new CustomerOrder();
        order.setOrderNumber(nextOrderNumber());
        order.setCustomerId(customerId);
        order.setMerchantId(merchants.get(0));
        order.setStatus(OrderStatus.PENDING);
        order.setPaymentStatus(PaymentStatus.PENDING);
        order.setFulfillmentStatus(FulfillmentStatus.UNFULFILLED);
        order.setSubtotal(totals.subtotal());
        order.setTax(totals.tax());
        order.setShippingCost(totals.shipping());
        order.setDiscount(BigDecimal.ZERO.setScale(2));
        order.setTotal(totals.total());
        order.setCurrency(currency);
        order.setCustomerNotes(request.customerNotes());
        order.setShippingAddressId(shippingAddress);
        order.setBillingAddressId(billingAddress);
        order.setCreatedAt(now);
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
        em.persist(order);
        em.flush();
        OrderEvent placed = record(order.getId(), Agent.ORDER, "OrderPlaced", order.getLines().size() + " line(s), "
                + order.getLines().stream().mapToInt(OrderLine::getQuantity).sum() + " unit(s), total "
                + order.getTotal() + " " + order.getCurrency() + ", placed by " + caller.username());
        events.publish(Agent.ORDER, EventType.ORDER_PLACED, order.getId(), new OrderPlaced(order.getId(),
                order.getOrderNumber(), order.getMerchantId(), customerId, order.getLines().stream()
                        .map(l -> new OrderPlaced.Line(l.getProductId(), l.getVariantId(), l.getQuantity()))
                        .toList()));
        if (idempotencyKey != null) {
            idempotencyKeys.remember(caller.username(), idempotencyKey, IDEMPOTENT_RESOURCE, fingerprint,
                    order.getId());
        }
        // A new order's timeline is the one step just recorded: no need to read it back.
        return OrderViews.view(order, List.of(placed));
    }

    public OrderView findOrder(Caller caller, long id) {
        return view(visibleOrder(caller, id));
    }

    public Page<OrderSummary> listOrders(Caller caller, OrderFilter filter, PageRequest page) {
        StringBuilder where = new StringBuilder(" from CustomerOrder o where 1 = 1");
        Map<String, Object> parameters = new LinkedHashMap<>();
        if (caller.isMerchant()) {
            where.append(" and o.merchantId = :merchant");
            parameters.put("merchant", caller.ownMerchantId());
        } else if (filter.merchantId() != null) {
            where.append(" and o.merchantId = :merchant");
            parameters.put("merchant", filter.merchantId());
        }
        if (caller.isCustomer()) {
            where.append(" and o.customerId = :customer");
            parameters.put("customer", ownCustomer(caller));
        } else if (filter.customerId() != null) {
            where.append(" and o.customerId = :customer");
            parameters.put("customer", filter.customerId());
        }
        if (filter.status() != null && !filter.status().isBlank()) {
            where.append(" and o.status = :status");
            parameters.put("status", status(filter.status()));
        }
        TypedQuery<CustomerOrder> query = em.createQuery("select o" + where + " order by o.createdAt desc, o.id desc",
                CustomerOrder.class);
        TypedQuery<Long> count = em.createQuery("select count(o)" + where, Long.class);
        parameters.forEach((name, value) -> {
            query.setParameter(name, value);
            count.setParameter(name, value);
        });
        List<OrderSummary> orders = query.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList()
                .stream().map(OrderViews::summary).toList();
        return new Page<>(orders, page, count.getSingleResult());
    }

    /** Cancels before shipment; the Inventory agent releases whatever stock the order holds. */
    public OrderView cancelOrder(Caller caller, long id, String reason) {
        CustomerOrder order = visibleOrder(caller, id);
        OrderLifecycle.requireTransition(order.getOrderNumber(), order.getStatus(), OrderStatus.CANCELLED);
        String why = reason == null || reason.isBlank() ? "cancelled by " + caller.username() : reason.trim();
        order.setStatus(OrderStatus.CANCELLED);
        order.setCancelledAt(Instant.now());
        order.setCancelReason(why);
        record(order.getId(), Agent.ORDER, "OrderCancelled", why + " (by " + caller.username() + ")");
        events.publish(Agent.ORDER, EventType.ORDER_CANCELLED, order.getId(), new OrderCancelled(order.getId(), order.getOrderNumber(), order.getCustomerId(), OrderCancelled.Outcome.CANCELLED, why));
        return view(order);
    }

    public void stockReserved(StockReserved reserved) {
        CustomerOrder order = existingOrder(reserved.orderId());
        String detail = reserved.allocations().stream()
                .map(a -> a.quantity() + " × variant " + a.variantId() + " from " + a.warehouseCode())
                .collect(Collectors.joining(", "));
        long warehouses = reserved.allocations().stream().map(StockReserved.Allocation::warehouseId).distinct().count();
        if (order.getStatus() == OrderStatus.CANCELLED) {
            // Cancelled while Inventory was reserving: ask again so the late reservation is given back.
            record(order.getId(), Agent.INVENTORY, "StockReserved", detail + " after cancellation; releasing");
            events.publish(Agent.ORDER, EventType.ORDER_CANCELLED, order.getId(),
                    new OrderCancelled(order.getId(), order.getOrderNumber(), order.getCustomerId(), OrderCancelled.Outcome.CANCELLED, order.getCancelReason()));
            return;
        }
        OrderLifecycle.requireTransition(order.getOrderNumber(), order.getStatus(), OrderStatus.CONFIRMED);
        order.setStatus(OrderStatus.CONFIRMED);
        order.setConfirmedAt(Instant.now());
        record(order.getId(), Agent.INVENTORY, "StockReserved",
                detail + (warehouses > 1 ? " (split across " + warehouses + " warehouses)" : ""));
    }

    public void stockUnavailable(StockUnavailable unavailable) {
        CustomerOrder order = existingOrder(unavailable.orderId());
        String detail = unavailable.shortages().stream()
                .map(s -> "variant " + s.variantId() + ": " + s.requested() + " requested, " + s.available()
                        + " available")
                .collect(Collectors.joining("; "));
        record(order.getId(), Agent.INVENTORY, "StockUnavailable", detail);
        if (order.getStatus() == OrderStatus.PENDING) {
            order.setStatus(OrderStatus.REJECTED);
            order.setCancelReason("stock unavailable: " + detail);
            record(order.getId(), Agent.ORDER, "OrderRejected", "nothing was reserved");
        }
    }

    public void stockReleased(StockReleased released) {
        existingOrder(released.orderId());
        record(released.orderId(), Agent.INVENTORY, "StockReleased", released.units() + " unit(s) back in stock");
    }

    private OrderEvent record(long orderId, Agent agent, String eventType, String detail) {
        OrderEvent event = new OrderEvent();
        event.setOrderId(orderId);
        event.setAgent(agent.key());
        event.setEventType(eventType);
        event.setDetail(detail);
        event.setOccurredAt(Instant.now());
        em.persist(event);
        return event;
    }

    private OrderView view(CustomerOrder order) {
        List<OrderEvent> timeline = em.createQuery(
                        "select e from OrderEvent e where e.orderId = :order order by e.occurredAt, e.id", OrderEvent.class)
                .setParameter("order", order.getId())
                .getResultList();
        return OrderViews.view(order, timeline);
    }

    private CustomerOrder existingOrder(long id) {
        CustomerOrder order = em.find(CustomerOrder.class, id);
        if (order == null) {
            throw new IllegalStateException("order " + id + " does not exist");
        }
        return order;
    }

    /** Orders of other merchants or customers are reported as absent, never as forbidden. */
    private CustomerOrder visibleOrder(Caller caller, long id) {
        CustomerOrder order = em.find(CustomerOrder.class, id);
        boolean visible = order != null
                && (caller.seesAllMerchants()
                    || (caller.isMerchant() && caller.mayActFor(order.getMerchantId()))
                    || (caller.isCustomer() && Objects.equals(caller.customerId(), order.getCustomerId())));
        if (!visible) {
            throw DomainProblem.notFound("order", id);
        }
        return order;
    }

    private long orderingCustomer(Caller caller, Long requested) {
        if (caller.isCustomer()) {
            long own = ownCustomer(caller);
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

    private static long ownCustomer(Caller caller) {
        if (caller.customerId() == null) {
            throw DomainProblem.forbidden("account " + caller.username() + " is not linked to a customer");
        }
        return caller.customerId();
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

    private String nextOrderNumber() {
        return (String) em.createNativeQuery("select 'AG-' || lpad(nextval('order_number_seq')::text, 8, '0')")
                .getSingleResult();
    }

    private static OrderStatus status(String text) {
        try {
            return OrderStatus.valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw DomainProblem.invalid("status", "unknown order status '" + text + "'");
        }
    }

    private static String fingerprint(long customerId, PlaceOrder request) {
        String canonical = customerId + "|" + request.shippingAddressId() + "|" + request.billingAddressId() + "|"
                + request.items().stream().map(i -> i.variantId() + "x" + i.quantity()).sorted()
                        .collect(Collectors.joining(",")) + "|" + Objects.toString(request.customerNotes(), "");
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
