package com.agora.carrier.entity;

import com.agora.persistence.TimestampedEntity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * A shipping carrier.
 */
@Entity
@Table(name = "carriers")
public class Carrier extends TimestampedEntity {

    private static final long serialVersionUID = 1L;

    private static final String TRACKING_TOKEN = "{tracking_number}";

    private String name;

    private String code;

    /** Contains the token {tracking_number}. */
    @Column(name = "tracking_url_template")
    private String trackingUrlTemplate;

    @Column(name = "api_endpoint")
    private String apiEndpoint;

    @Column(name = "api_key_encrypted")
    private String apiKeyEncrypted;

    @Column(name = "is_active")
    private boolean active = true;

    /** jsonb array of service codes, e.g. ["ground", "next_day_air"]. */
    @Column(name = "supported_services")
    private String supportedServices;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getTrackingUrlTemplate() {
        return trackingUrlTemplate;
    }

    public void setTrackingUrlTemplate(String trackingUrlTemplate) {
        this.trackingUrlTemplate = trackingUrlTemplate;
    }

    public String getApiEndpoint() {
        return apiEndpoint;
    }

    public void setApiEndpoint(String apiEndpoint) {
        this.apiEndpoint = apiEndpoint;
    }

    public String getApiKeyEncrypted() {
        return apiKeyEncrypted;
    }

    public void setApiKeyEncrypted(String apiKeyEncrypted) {
        this.apiKeyEncrypted = apiKeyEncrypted;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public String getSupportedServices() {
        return supportedServices;
    }

    public void setSupportedServices(String supportedServices) {
        this.supportedServices = supportedServices;
    }

    /** The public tracking link for a parcel, or null when the carrier publishes no template. */
    public String trackingUrl(String trackingNumber) {
        if (trackingUrlTemplate == null || trackingNumber == null) {
            return null;
        }
        return trackingUrlTemplate.replace(TRACKING_TOKEN, URLEncoder.encode(trackingNumber, StandardCharsets.UTF_8));
    }
}
