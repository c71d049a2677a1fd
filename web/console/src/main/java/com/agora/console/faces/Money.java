package com.agora.console.faces;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Amounts as the console writes them: two decimals, thousands grouped, always followed by their currency. */
@Named
@ApplicationScoped
public class Money {

    public String of(BigDecimal amount, String currency) {
        if (amount == null) {
            return "–";
        }
        DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ENGLISH));
        return format.format(amount.setScale(2, RoundingMode.HALF_UP)) + " " + currency;
    }
}
