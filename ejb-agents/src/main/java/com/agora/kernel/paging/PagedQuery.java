package com.agora.kernel.paging;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A list of entities with optional conditions, read one page at a time together with its total: the conditions and
 * their parameters are written once and serve both the page and the count.
 */
public final class PagedQuery<E> {

    private final Class<E> type;
    private final String alias;
    private final StringBuilder where = new StringBuilder(" where 1 = 1");
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    private PagedQuery(Class<E> type, String alias) {
        this.type = type;
        this.alias = alias;
    }

    /** All entities of a type, named {@code alias} in the conditions. */
    public static <E> PagedQuery<E> of(Class<E> type, String alias) {
        return new PagedQuery<>(type, alias);
    }

    /** Adds a condition with its one named parameter, e.g. {@code ("s.orderId = :order", "order", 42L)}. */
    public PagedQuery<E> where(String condition, String parameter, Object value) {
        where.append(" and ").append(condition);
        parameters.put(parameter, value);
        return this;
    }

    public Page<E> page(EntityManager em, String orderBy, PageRequest page) {
        String from = " from " + type.getSimpleName() + " " + alias + where;
        TypedQuery<E> rows = em.createQuery("select " + alias + from + " order by " + orderBy, type);
        TypedQuery<Long> count = em.createQuery("select count(" + alias + ")" + from, Long.class);
        parameters.forEach((name, value) -> {
            rows.setParameter(name, value);
            count.setParameter(name, value);
        });
        return new Page<>(rows.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList(), page,
                count.getSingleResult());
    }
}
