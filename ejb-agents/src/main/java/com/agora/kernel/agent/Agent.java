package com.agora.kernel.agent;

import java.util.Arrays;
import java.util.Optional;

/**
 * The 26 agents of the platform. Each owns one business responsibility and one JMS queue
 * ({@code jms/agora/<key>}, created by server-config from the same list).
 */
public enum Agent {
    PRODUCT("product", "Product", "Catalog: categories, products and variants"),
    ORDER("order", "Order", "Order placement, status machine and timeline"),
    INVENTORY("inventory", "Inventory", "Stock per variant and warehouse, reservations, adjustments, low-stock alerts"),
    CUSTOMER("customer", "Customer", "Customer accounts, addresses and lifetime figures"),
    CARRIER("carrier", "Carrier", "Carrier rate shopping and shipment creation"),
    PAYMENT("payment", "Payment", "Payment authorization, capture, void and refund"),
    FRAUD_DETECTION("fraud-detection", "Fraud Detection", "Risk scoring of orders and the manual review queue"),
    RETURNS("returns", "Returns", "Return merchandise authorizations, inspection and refunds"),
    RECOMMENDATION("recommendation", "Recommendation", "Product recommendations for customers"),
    WAREHOUSE("warehouse", "Warehouse", "Pick lists, packing and warehouse capacity"),
    SUPPORT("support", "Support", "Customer support tickets"),
    MARKETPLACE_CONNECTOR("marketplace-connector", "Marketplace Connector", "Listings and sync with external marketplaces"),
    DYNAMIC_PRICING("dynamic-pricing", "Dynamic Pricing", "Price rules and competitive repricing"),
    TRANSPORT_MANAGEMENT("transport-management", "Transport Management", "Carrier pickups and tracking updates"),
    CUSTOMER_COMMUNICATION("customer-communication", "Customer Communication", "E-mail notifications from templates"),
    INFRASTRUCTURE("infrastructure", "Infrastructure", "System configuration and platform overview"),
    PROMOTION("promotion", "Promotion", "Coupons and promotions"),
    AFTER_SALES("after-sales", "After Sales", "Follow-ups and customer feedback after delivery"),
    MONITORING("monitoring", "Monitoring", "Agent health and platform metrics"),
    AI_MONITORING("ai-monitoring", "AI Monitoring", "Anomaly detection on operational metrics"),
    RISK_ANOMALY_DETECTION("risk-anomaly-detection", "Risk & Anomaly Detection", "Business risk analysis and anomaly alerts"),
    BACKOFFICE("backoffice", "Backoffice", "Back-office tasks and reports"),
    QUALITY_CONTROL("quality-control", "Quality Control", "Inspections and quality reports"),
    DOCUMENT_GENERATION("document-generation", "Document Generation", "Invoices, packing slips and shipping labels as PDF"),
    KNOWLEDGE_MANAGEMENT("knowledge-management", "Knowledge Management", "Knowledge base articles and search"),
    D2C_ECOMMERCE("d2c-ecommerce", "D2C E-commerce", "Direct-to-consumer storefront");

    private final String key;
    private final String displayName;
    private final String responsibility;

    Agent(String key, String displayName, String responsibility) {
        this.key = key;
        this.displayName = displayName;
        this.responsibility = responsibility;
    }

    public String key() {
        return key;
    }

    public String displayName() {
        return displayName;
    }

    public String responsibility() {
        return responsibility;
    }

    /** JNDI name of the queue that feeds this agent, as created by server-config. */
    public String queueJndiName() {
        return "jms/agora/" + key;
    }

    public static Optional<Agent> byKey(String key) {
        return Arrays.stream(values()).filter(a -> a.key.equals(key)).findFirst();
    }
}
