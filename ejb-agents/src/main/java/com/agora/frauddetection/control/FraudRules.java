package com.agora.frauddetection.control;

import com.agora.frauddetection.entity.RiskLevel;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Scores an order for fraud risk: the prototype's six additive rules (amount, account age, order velocity, failed
 * payments, address mismatch, item count), velocity per card, e-mail and client address, and two amount limits
 * above which an order is reviewed or rejected whatever else is known about it.
 */
public final class FraudRules {

    static final int HIGH_VALUE_POINTS = 20;
    static final int NEW_ACCOUNT_POINTS = 30;
    static final int CUSTOMER_VELOCITY_POINTS = 40;
    static final int FAILED_PAYMENTS_POINTS = 25;
    static final int ADDRESS_MISMATCH_POINTS = 15;
    static final int BULK_POINTS = 10;
    static final int SHARED_VELOCITY_POINTS = 25;
    static final int MAX_SCORE = 100;

    private final FraudPolicy policy;

    public FraudRules(FraudPolicy policy) {
        this.policy = policy;
    }

    /**
     * What is known about an order when it is scored. The counts are the orders seen within the velocity window
     * before this one; {@code velocity} is empty when the velocity rules do not apply to the order.
     */
    public record OrderFacts(BigDecimal total, Duration accountAge, int units, long failedPayments,
            boolean addressMismatch, Optional<Velocity> velocity) {
    }

    public record Velocity(long customerOrders, long cardOrders, long emailOrders, long ipOrders) {
    }

    public record Verdict(int score, RiskLevel riskLevel, List<String> reasons) {
    }

    public Verdict assess(OrderFacts order) {
        List<String> reasons = new ArrayList<>();
        int points = 0;
        if (order.total().compareTo(policy.highValueAmount()) > 0) {
            points += HIGH_VALUE_POINTS;
            reasons.add("high value: total " + order.total() + " above " + policy.highValueAmount());
        }
        if (order.accountAge() != null && order.accountAge().compareTo(policy.newAccountAge()) < 0) {
            points += NEW_ACCOUNT_POINTS;
            reasons.add("new account: opened " + order.accountAge().toHours() + " h ago");
        }
        if (order.failedPayments() > policy.failedPayments()) {
            points += FAILED_PAYMENTS_POINTS;
            reasons.add("failed payments: " + order.failedPayments() + " in " + hours(policy.failedPaymentsWindow()));
        }
        if (order.addressMismatch()) {
            points += ADDRESS_MISMATCH_POINTS;
            reasons.add("address mismatch: billing and shipping addresses differ");
        }
        if (order.units() > policy.bulkUnits()) {
            points += BULK_POINTS;
            reasons.add("bulk quantity: " + order.units() + " units");
        }
        if (order.velocity().isPresent()) {
            Velocity velocity = order.velocity().get();
            String window = hours(policy.velocityWindow());
            if (velocity.customerOrders() + 1 > policy.customerOrders()) {
                points += CUSTOMER_VELOCITY_POINTS;
                reasons.add("velocity: " + (velocity.customerOrders() + 1) + " orders by the customer in " + window);
            }
            points += shared(reasons, "card", velocity.cardOrders(), policy.cardOrders(), window);
            points += shared(reasons, "e-mail address", velocity.emailOrders(), policy.emailOrders(), window);
            points += shared(reasons, "client address", velocity.ipOrders(), policy.ipOrders(), window);
        }
        int score = Math.min(points, MAX_SCORE);
        if (order.total().compareTo(policy.rejectAmount()) > 0) {
            score = Math.max(score, policy.highScore());
            reasons.add("total " + order.total() + " above the reject amount " + policy.rejectAmount());
        } else if (order.total().compareTo(policy.reviewAmount()) > 0) {
            score = Math.max(score, policy.mediumScore());
            reasons.add("total " + order.total() + " above the review amount " + policy.reviewAmount());
        }
        return new Verdict(score, level(score), List.copyOf(reasons));
    }

    public RiskLevel level(int score) {
        if (score >= policy.highScore()) {
            return RiskLevel.HIGH;
        }
        return score >= policy.mediumScore() ? RiskLevel.MEDIUM : RiskLevel.LOW;
    }

    /**
     * Whether the velocity rules look at orders from this client address. They do not for orders without one
     * (placed by the platform itself) nor for exempt addresses: loopback, where the platform's own tools, the
     * benchmark and the tests place orders for many customers at a rate no shopper reaches, and any address
     * ops list, such as an integrator's servers.
     */
    public static boolean velocityApplies(String clientIp, Collection<String> exemptAddresses) {
        if (clientIp == null || clientIp.isBlank()) {
            return false;
        }
        String address = clientIp.trim();
        if (exemptAddresses.stream().map(String::trim).anyMatch(address::equalsIgnoreCase)) {
            return false;
        }
        // Only literal addresses are parsed, so no name lookup can happen here.
        if (!address.matches("[0-9a-fA-F:.]+")) {
            return true;
        }
        try {
            return !InetAddress.getByName(address).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return true;
        }
    }

    /** Whether billing and shipping point at the same place, whatever the names on them and however typed. */
    public static boolean samePlace(List<String> billing, List<String> shipping) {
        return normalized(billing).equals(normalized(shipping));
    }

    private static List<String> normalized(List<String> lines) {
        return lines.stream().filter(Objects::nonNull)
                .map(line -> line.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").trim())
                .filter(line -> !line.isEmpty()).toList();
    }

    private static int shared(List<String> reasons, String key, long earlierOrders, int limit, String window) {
        if (earlierOrders + 1 <= limit) {
            return 0;
        }
        reasons.add("velocity: " + (earlierOrders + 1) + " orders with this " + key + " in " + window);
        return SHARED_VELOCITY_POINTS;
    }

    private static String hours(Duration window) {
        return window.toMinutes() % 60 == 0 ? window.toHours() + " h" : window.toMinutes() + " min";
    }
}
