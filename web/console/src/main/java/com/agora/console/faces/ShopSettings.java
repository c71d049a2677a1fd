package com.agora.console.faces;

import com.agora.kernel.calendar.ShopCalendar;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.ZoneId;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The shop's own conventions for the console, set through MicroProfile Config: the currency of amounts whose
 * record carries none (shipping costs, refunds of returns) and the time zone the console shows times in (the
 * shop's, from {@link ShopCalendar}).
 */
@Named("shop")
@ApplicationScoped
public class ShopSettings {

    @Inject
    @ConfigProperty(name = "agora.shop.currency", defaultValue = "USD")
    String currency;

    @Inject
    ShopCalendar calendar;

    public String getCurrency() {
        return currency;
    }

    public ZoneId zone() {
        return calendar.zone();
    }
}
