package com.agora.console.overview;

import com.agora.console.faces.ShopSettings;
import com.agora.console.security.SignedInUser;
import com.agora.infrastructure.boundary.SalesDashboard;
import com.agora.infrastructure.boundary.SalesDashboard.Attention;
import com.agora.infrastructure.boundary.SalesDashboard.LowStock;
import com.agora.infrastructure.boundary.SalesDashboard.Period;
import com.agora.infrastructure.boundary.SalesDashboard.Sales;
import com.agora.infrastructure.boundary.SalesDashboard.SalesPoint;
import com.agora.infrastructure.boundary.SalesDashboard.TopProduct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.io.Serializable;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * The dashboard under the live figures: sales per day, week or month as a chart, the average order value, the
 * best sellers of the same span, stock that ran low, and the cards of what waits for a person. Read again whenever
 * the period changes; the figures above follow the agents live (see {@link OverviewView}).
 */
@Named
@ViewScoped
public class DashboardView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** How many periods the chart shows: two weeks of days, twelve weeks, twelve months. */
    private static final int DAYS = 14;
    private static final int WEEKS_OR_MONTHS = 12;
    private static final int TOP = 5;
    private static final int LOW = 8;

    @Inject
    SalesDashboard dashboard;

    @Inject
    SignedInUser signedIn;

    @Inject
    ShopSettings shop;

    private Period period = Period.DAY;

    /** Records do not travel with a session; they are read again after a restore. */
    private transient Sales sales;
    private transient List<TopProduct> topProducts;
    private transient Attention attention;
    private transient List<LowStock> lowStock;

    public void periodChanged() {
        sales = null;
        topProducts = null;
    }

    public Sales getSales() {
        if (sales == null) {
            sales = dashboard.sales(signedIn.caller(), period, period == Period.DAY ? DAYS : WEEKS_OR_MONTHS,
                    shop.zone());
        }
        return sales;
    }

    public List<TopProduct> getTopProducts() {
        if (topProducts == null) {
            topProducts = dashboard.topProducts(signedIn.caller(), getSales().points().get(0).start(), shop.zone(),
                    TOP);
        }
        return topProducts;
    }

    public Attention getAttention() {
        if (attention == null) {
            attention = dashboard.attention(signedIn.caller());
        }
        return attention;
    }

    public List<LowStock> getLowStock() {
        if (lowStock == null) {
            lowStock = dashboard.lowStock(signedIn.caller(), LOW);
        }
        return lowStock;
    }

    /** The sales chart as Chart.js reads it: orders as bars on the left axis, revenue as a line on the right. */
    public String getSalesChart() {
        DateTimeFormatter label = DateTimeFormatter.ofPattern(period == Period.MONTH ? "MMM yyyy" : "d MMM",
                Locale.ENGLISH);
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder orders = Json.createArrayBuilder();
        JsonArrayBuilder revenue = Json.createArrayBuilder();
        for (SalesPoint point : getSales().points()) {
            labels.add((period == Period.WEEK ? "week of " : "") + label.format(point.start()));
            orders.add(point.orders());
            revenue.add(point.revenue());
        }
        JsonObjectBuilder data = Json.createObjectBuilder().add("labels", labels).add("datasets",
                Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("type", "bar").add("label", "Orders").add("data", orders)
                                .add("yAxisID", "orders").add("backgroundColor", "#93c5fd").add("order", 2))
                        .add(Json.createObjectBuilder().add("type", "line").add("label", "Revenue (" + shop.getCurrency()
                                        + ")").add("data", revenue).add("yAxisID", "revenue")
                                .add("borderColor", "#15803d").add("backgroundColor", "#15803d").add("order", 1)));
        JsonObjectBuilder scales = Json.createObjectBuilder()
                .add("orders", Json.createObjectBuilder().add("position", "left").add("beginAtZero", true)
                        .add("ticks", Json.createObjectBuilder().add("precision", 0))
                        .add("title", Json.createObjectBuilder().add("display", true).add("text", "Orders")))
                .add("revenue", Json.createObjectBuilder().add("position", "right").add("beginAtZero", true)
                        .add("grid", Json.createObjectBuilder().add("drawOnChartArea", false))
                        .add("title", Json.createObjectBuilder().add("display", true)
                                .add("text", "Revenue (" + shop.getCurrency() + ")")));
        return Json.createObjectBuilder().add("type", "bar").add("data", data)
                .add("options", Json.createObjectBuilder().add("responsive", true).add("maintainAspectRatio", false)
                        .add("animation", false).add("scales", scales))
                .build().toString();
    }

    public Period[] getPeriods() {
        return Period.values();
    }

    public Period getPeriod() {
        return period;
    }

    public void setPeriod(Period period) {
        this.period = period;
    }
}
