package com.agora.infrastructure.boundary;

import com.agora.kernel.agent.AgentRegistry;
import com.agora.kernel.agent.AgentState;
import com.agora.kernel.agent.AgentStatus;
import com.agora.kernel.agent.Agent;
import com.agora.kernel.agent.BusinessAgent;
import com.agora.kernel.security.Caller;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * The Infrastructure agent's platform overview: live figures straight from the database, scoped to the merchant
 * when a merchant asks, plus the state of the agents.
 */
@Stateless
@BusinessAgent(Agent.INFRASTRUCTURE)
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class PlatformOverview {

    public record Overview(long orders, long products, long customers, long merchants, long ordersLast24h,
            BigDecimal revenue, BigDecimal revenueLast24h, long pendingOrders, long activeAlerts, int agentsTotal,
            long agentsImplemented, long agentsReady, long deadLettersParked, Instant generatedAt) {
    }

    /** Orders that brought money in: everything but rejected, unpaid and cancelled ones. */
    static final String EARNING = "status not in ('rejected', 'payment_failed', 'cancelled')";

    @PersistenceContext(unitName = "agora")
    EntityManager em;

    @Inject
    AgentRegistry agents;

    public Overview overview(Caller caller) {
        String scope = caller.isMerchant() ? " and merchant_id = " + caller.ownMerchantId() : "";
        Object[] orderFigures = (Object[]) em.createNativeQuery("select count(*),"
                        + " count(*) filter (where created_at >= now() - interval '24 hours'),"
                        + " coalesce(sum(total) filter (where " + EARNING + "), 0),"
                        + " coalesce(sum(total) filter (where " + EARNING
                        + " and created_at >= now() - interval '24 hours'), 0),"
                        + " count(*) filter (where status = 'pending')"
                        + " from orders where 1 = 1" + scope)
                .getSingleResult();
        long products = count("select count(*) from products where status <> 'archived'" + scope);
        long customers = caller.isMerchant()
                ? count("select count(distinct customer_id) from orders where 1 = 1" + scope)
                : count("select count(*) from customers");
        long merchants = caller.isMerchant() ? 1 : count("select count(*) from merchants");
        long alerts = count("select count(*) from alerts where status = 'active'");
        long parked = count("select count(*) from dead_letters where status = 'parked'");
        List<AgentStatus> statuses = agents.statuses();
        return new Overview(number(orderFigures[0]), products, customers, merchants, number(orderFigures[1]),
                money(orderFigures[2]), money(orderFigures[3]), number(orderFigures[4]), alerts, statuses.size(),
                statuses.stream().filter(s -> s.state() != AgentState.NOT_IMPLEMENTED).count(),
                statuses.stream().filter(AgentStatus::ready).count(), parked, Instant.now());
    }

    private long count(String sql) {
        return number(em.createNativeQuery(sql).getSingleResult());
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }

    private static BigDecimal money(Object value) {
        return value instanceof BigDecimal decimal ? decimal.setScale(2) : new BigDecimal(value.toString()).setScale(2);
    }
}
