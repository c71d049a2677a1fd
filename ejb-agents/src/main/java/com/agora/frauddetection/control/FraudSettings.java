package com.agora.frauddetection.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The fraud policy as the platform's settings ({@code agora.fraud.*}) give it. */
@Dependent
public class FraudSettings {

    @Inject
    @ConfigProperty(name = "agora.fraud.high-value-amount", defaultValue = "1000.00")
    BigDecimal highValueAmount;

    @Inject
    @ConfigProperty(name = "agora.fraud.review-amount", defaultValue = "2500.00")
    BigDecimal reviewAmount;

    @Inject
    @ConfigProperty(name = "agora.fraud.reject-amount", defaultValue = "10000.00")
    BigDecimal rejectAmount;

    @Inject
    @ConfigProperty(name = "agora.fraud.new-account-hours", defaultValue = "24")
    long newAccountHours;

    @Inject
    @ConfigProperty(name = "agora.fraud.bulk-units", defaultValue = "10")
    int bulkUnits;

    @Inject
    @ConfigProperty(name = "agora.fraud.failed-payments", defaultValue = "2")
    int failedPayments;

    @Inject
    @ConfigProperty(name = "agora.fraud.failed-payments-window-hours", defaultValue = "24")
    long failedPaymentsWindowHours;

    @Inject
    @ConfigProperty(name = "agora.fraud.velocity.window-minutes", defaultValue = "60")
    long velocityWindowMinutes;

    @Inject
    @ConfigProperty(name = "agora.fraud.velocity.customer-orders", defaultValue = "3")
    int customerOrders;

    @Inject
    @ConfigProperty(name = "agora.fraud.velocity.card-orders", defaultValue = "5")
    int cardOrders;

    @Inject
    @ConfigProperty(name = "agora.fraud.velocity.email-orders", defaultValue = "5")
    int emailOrders;

    @Inject
    @ConfigProperty(name = "agora.fraud.velocity.ip-orders", defaultValue = "10")
    int ipOrders;

    /** Client addresses the velocity rules ignore, comma-separated; loopback is always ignored. */
    @Inject
    @ConfigProperty(name = "agora.fraud.velocity.exempt-addresses", defaultValue = "127.0.0.1,::1")
    List<String> exemptAddresses;

    @Inject
    @ConfigProperty(name = "agora.fraud.medium-score", defaultValue = "40")
    int mediumScore;

    @Inject
    @ConfigProperty(name = "agora.fraud.high-score", defaultValue = "70")
    int highScore;

    public FraudPolicy policy() {
        return new FraudPolicy(highValueAmount, reviewAmount, rejectAmount, Duration.ofHours(newAccountHours),
                bulkUnits, failedPayments, Duration.ofHours(failedPaymentsWindowHours),
                Duration.ofMinutes(velocityWindowMinutes), customerOrders, cardOrders, emailOrders, ipOrders,
                mediumScore, highScore);
    }

    /** Client addresses the velocity rules ignore; loopback is always ignored. */
    public List<String> exemptAddresses() {
        return exemptAddresses;
    }
}
