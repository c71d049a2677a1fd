package com.agora.infrastructure.boundary;

import com.agora.kernel.security.Caller;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The dashboard's figures for people who run the platform or a shop: orders and revenue per day, week or month,
 * the average order value, the best-selling products, the stock that ran low and what waits for a person. Scoped to
 * the merchant when a merchant asks; revenue follows the overview's rule (orders not rejected, unpaid or cancelled).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class SalesDashboard {

    /** How the sales chart groups orders: by the day, the week (from Monday) or the month they were placed. */
    public enum Period {
        DAY(ChronoUnit.DAYS), WEEK(ChronoUnit.WEEKS), MONTH(ChronoUnit.MONTHS);

        private final ChronoUnit unit;

        Period(ChronoUnit unit) {
            this.unit = unit;
        }

        /** The first day of the period that holds the day given. */
        public LocalDate start(LocalDate day) {
            return switch (this) {
                case DAY -> day;
                case WEEK -> day.with(DayOfWeek.MONDAY);
                case MONTH -> day.withDayOfMonth(1);
            };
        }

        String sqlName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** One bar of the chart: orders placed in the period and the revenue of those that earn. */
    public record SalesPoint(LocalDate start, long orders, BigDecimal revenue) {
    }

    /** The chart's periods, oldest first, with the totals over all of them. */
    public record Sales(Period period, List<SalesPoint> points, long orders, long earningOrders, BigDecimal revenue) {

        public BigDecimal averageOrderValue() {
            return earningOrders == 0 ? BigDecimal.ZERO.setScale(2)
                    : revenue.divide(BigDecimal.valueOf(earningOrders), 2, RoundingMode.HALF_UP);
        }
    }

    public record TopProduct(long productId, String name, long units, BigDecimal revenue) {
    }

    public record LowStock(long variantId, String sku, String name, String warehouse, int available,
            int reorderPoint) {
    }

    /** What waits for a person; the platform-wide counts are zero for merchants, who do not handle them. */
    public record Attention(long fraudReviews, long returnsToDecide, long deadLetters, long failedMails) {
    }

    @PersistenceContext(unitName = "agora")
    EntityManager em;

    public Sales sales(Caller caller, Period period, int periods, ZoneId zone) {
        LocalDate first = period.start(LocalDate.now(zone)).minus(periods - 1L, period.unit);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select date_trunc('" + period.sqlName()
                        + "', created_at at time zone ?1)::date, count(*),"
                        + " count(*) filter (where " + PlatformOverview.EARNING + "),"
                        + " coalesce(sum(total) filter (where " + PlatformOverview.EARNING + "), 0)"
                        + " from orders where created_at >= ?2" + merchantScope(caller, "merchant_id")
                        + " group by 1")
                .setParameter(1, zone.getId())
                .setParameter(2, Timestamp.from(first.atStartOfDay(zone).toInstant()))
                .getResultList();
        Map<LocalDate, Object[]> byStart = new HashMap<>();
        rows.forEach(row -> byStart.put(((java.sql.Date) row[0]).toLocalDate(), row));
        List<SalesPoint> points = new ArrayList<>();
        long orders = 0;
        long earning = 0;
        BigDecimal revenue = BigDecimal.ZERO.setScale(2);
        for (LocalDate start = first; points.size() < periods; start = start.plus(1, period.unit)) {
            Object[] row = byStart.get(start);
            long placed = row == null ? 0 : ((Number) row[1]).longValue();
            BigDecimal earned = row == null ? BigDecimal.ZERO.setScale(2) : money(row[3]);
            points.add(new SalesPoint(start, placed, earned));
            orders += placed;
            earning += row == null ? 0 : ((Number) row[2]).longValue();
            revenue = revenue.add(earned);
        }
        return new Sales(period, points, orders, earning, revenue);
    }

    /** The products that brought in most since the day given, by revenue. */
    @SuppressWarnings("unchecked")
    public List<TopProduct> topProducts(Caller caller, LocalDate since, ZoneId zone, int limit) {
        List<Object[]> rows = em.createNativeQuery("select i.product_id, p.name, sum(i.quantity), sum(i.total_price)"
                        + " from order_items i join orders o on o.id = i.order_id join products p on p.id = i.product_id"
                        + " where o.created_at >= ?1 and o." + PlatformOverview.EARNING
                        + merchantScope(caller, "o.merchant_id")
                        + " group by i.product_id, p.name order by sum(i.total_price) desc, p.name limit " + limit)
                .setParameter(1, Timestamp.from(since.atStartOfDay(zone).toInstant()))
                .getResultList();
        return rows.stream().map(row -> new TopProduct(((Number) row[0]).longValue(), (String) row[1],
                ((Number) row[2]).longValue(), money(row[3]))).toList();
    }

    /** Active products whose units free to sell in a warehouse fell to their reorder point, scarcest first. */
    @SuppressWarnings("unchecked")
    public List<LowStock> lowStock(Caller caller, int limit) {
        List<Object[]> rows = em.createNativeQuery("select s.variant_id, v.sku, p.name, w.name, s.available_quantity,"
                        + " s.reorder_point from inventory s join product_variants v on v.id = s.variant_id"
                        + " join products p on p.id = s.product_id join warehouses w on w.id = s.warehouse_id"
                        + " where s.available_quantity <= s.reorder_point and p.status = 'active'"
                        + merchantScope(caller, "p.merchant_id")
                        + " order by s.available_quantity, p.name, w.name limit " + limit)
                .getResultList();
        return rows.stream().map(row -> new LowStock(((Number) row[0]).longValue(), (String) row[1], (String) row[2],
                (String) row[3], ((Number) row[4]).intValue(), ((Number) row[5]).intValue())).toList();
    }

    public Attention attention(Caller caller) {
        long returns = count("select count(*) from returns where status = 'requested'"
                + merchantScope(caller, "merchant_id"));
        if (!caller.isAdmin()) {
            return new Attention(0, returns, 0, 0);
        }
        return new Attention(count("select count(*) from fraud_assessments where status = 'review'"), returns,
                count("select count(*) from dead_letters where status = 'parked'"),
                count("select count(*) from customer_messages where status = 'failed'"));
    }

    /** Numbers only go into the statement: the merchant id comes from the signed-in account. */
    private static String merchantScope(Caller caller, String column) {
        return caller.isMerchant() ? " and " + column + " = " + caller.ownMerchantId() : "";
    }

    private long count(String sql) {
        return ((Number) em.createNativeQuery(sql).getSingleResult()).longValue();
    }

    private static BigDecimal money(Object value) {
        return new BigDecimal(value.toString()).setScale(2, RoundingMode.HALF_UP);
    }
}
