package com.agora.order.control;

import com.agora.events.EventType;
import com.agora.events.OrderPlaced;
import com.agora.events.TimelineStep;
import com.agora.kernel.agent.Agent;
import com.agora.kernel.entity.TimelineEntry;
import com.agora.kernel.error.DomainProblem;
import com.agora.kernel.event.EventPublisher;
import com.agora.kernel.timeline.OrderTimeline;
import com.agora.order.entity.CustomerOrder;
import com.agora.order.entity.FulfillmentStatus;
import com.agora.order.entity.OrderLine;
import com.agora.order.entity.OrderStatus;
import com.agora.order.entity.PaymentStatus;
import com.agora.product.boundary.ProductViews.CatalogPrice;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Makes a new order, priced from the catalog, and announces it: the same for an order a customer places and for
 * the replacement of an exchange.
 */
@Dependent
public class OrderPlacement {

    @Inject
    OrderStore store;

    @Inject
    OrderTimeline timeline;

    @Inject
    EventPublisher events;

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
     * An exchange approved by the Returns agent: the same variant goes out again in a new order that costs the
     * customer nothing, through the same reservation and fulfilment steps as any order. It is made from the
     * original line as it was sold (name, price, weight), to the original parties, so this event's transaction
     * asks the catalog nothing.
     */
    public CustomerOrder placeReplacement(CustomerOrder original, String returnNumber, long variantId, int quantity) {
        OrderLine returned = original.getLines().stream().filter(line -> line.getVariantId() == variantId)
                .findFirst().orElseThrow(() -> new IllegalStateException(returnNumber + " names variant " + variantId
                        + ", which order " + original.getOrderNumber() + " does not contain"));
        CatalogPrice asSold = new CatalogPrice(variantId, returned.getProductId(), original.getMerchantId(),
                returned.getSku(), returned.getName(), returned.getUnitPrice(), true, returned.getUnitWeightKg());
        CustomerOrder replacement = newOrder(OrderParties.of(original), Map.of(variantId, quantity),
                Map.of(variantId, asSold), true);
        replacement.setPaymentMethodId(original.getPaymentMethodId());
        replacement.setCardFingerprint(original.getCardFingerprint());
        replacement.setServiceLevel(original.getServiceLevel());
        replacement.setNotes("replacement for " + original.getOrderNumber() + " (" + returnNumber + ")");
        announce(replacement, "replacement for " + original.getOrderNumber() + " under " + returnNumber
                + ", no charge");
        return replacement;
    }

    /**
     * The merchant selling every line of an order, by the catalog's prices of its lines' variants (in the order of the
     * request's items).
     *
     * @throws DomainProblem (400) naming each item whose variant does not exist or is not for sale, or when the
     *                       lines come from more than one merchant
     */
    public static long sellingMerchant(List<Long> variantIds, Map<Long, CatalogPrice> prices) {
        List<DomainProblem.FieldError> problems = new ArrayList<>();
        for (int index = 0; index < variantIds.size(); index++) {
            long variantId = variantIds.get(index);
            CatalogPrice price = prices.get(variantId);
            if (price == null) {
                problems.add(new DomainProblem.FieldError("items[" + index + "].variantId",
                        "variant " + variantId + " does not exist"));
            } else if (!price.sellable()) {
                problems.add(new DomainProblem.FieldError("items[" + index + "].variantId",
                        "variant " + variantId + " is not for sale"));
            }
        }
        if (!problems.isEmpty()) {
            throw DomainProblem.invalid(problems);
        }
        List<Long> merchants = prices.values().stream().map(CatalogPrice::merchantId).distinct().toList();
        if (merchants.size() != 1) {
            throw DomainProblem.invalid("items", "all items of an order must come from one merchant");
        }
        return merchants.get(0);
    }

    /** A new pending order of the given quantities at the given prices; not stored until it is announced. */
    public CustomerOrder newOrder(OrderParties parties, Map<Long, Integer> quantities, Map<Long, CatalogPrice> prices,
            boolean noCharge) {
        OrderPricing.Totals totals = pricing.price(quantities.entrySet().stream()
                .map(e -> new OrderPricing.Line(prices.get(e.getKey()).unitPrice(), e.getValue())).toList());
        CustomerOrder order = new CustomerOrder();
        order.setOrderNumber(store.nextOrderNumber());
        parties.applyTo(order);
        order.setStatus(OrderLifecycle.MACHINE.start(OrderStatus.PENDING));
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
            line.setUnitWeightKg(price.shippingWeightKg());
            order.getLines().add(line);
        });
        return order;
    }

    /** Stores the order and tells the Inventory agent to reserve its stock. */
    public TimelineEntry announce(CustomerOrder order, String how) {
        store.persist(order);
        store.flush();
        TimelineEntry placed = timeline.record(order.getId(), Agent.ORDER, TimelineStep.ORDER_PLACED, order.getLines().size()
                + " line(s), " + order.getLines().stream().mapToInt(OrderLine::getQuantity).sum() + " unit(s), total "
                + order.getTotal() + " " + order.getCurrency() + ", " + how);
        events.publish(Agent.ORDER, EventType.ORDER_PLACED, order.getId(), new OrderPlaced(order.getId(),
                order.getOrderNumber(), order.getMerchantId(), order.getCustomerId(), order.getLines().stream()
                        .map(l -> new OrderPlaced.Line(l.getProductId(), l.getVariantId(), l.getQuantity()))
                        .toList()));
        return placed;
    }
}
