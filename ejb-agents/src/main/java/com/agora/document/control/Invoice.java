package com.agora.document.control;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** What an invoice states: who sells, who pays, what for, and the sums as the order was charged. */
public record Invoice(String orderNumber, LocalDate issuedOn, String sellerName, List<String> billTo,
        List<Line> lines, BigDecimal subtotal, BigDecimal discount, BigDecimal tax, BigDecimal shipping,
        BigDecimal total, String currency) {

    public record Line(String sku, String name, int quantity, BigDecimal unitPrice, BigDecimal amount) {
    }

    public String fileName() {
        return "invoice-" + orderNumber + ".pdf";
    }
}
