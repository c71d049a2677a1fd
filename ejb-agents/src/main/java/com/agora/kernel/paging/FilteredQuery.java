package com.agora.kernel.paging;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;

/**
 * A JPQL list whose conditions depend on the caller and the filters given: conditions are added one by one, and
 * the page and its total come from the same conditions, so the count can never disagree with the rows.
 */
public final class FilteredQuery<E> {

    private final Class<E> type;
    private final String alias;
    private final StringBuilder where;
    private final Map<String, Object> parameters = new LinkedHashMap<>();
    private boolean searchCapped;

    /** @param alias how the conditions name the entity, e.g. {@code r} for {@code r.status = :status} */
    public FilteredQuery(Class<E> type, String alias) {
        this.type = type;
        this.alias = alias;
        this.where = new StringBuilder(" from " + type.getSimpleName() + " " + alias + " where 1 = 1");
    }

    /** Adds a condition with one named parameter, e.g. {@code where("r.status = :status", "status", value)}. */
    public FilteredQuery<E> where(String condition, String parameter, Object value) {
        where.append(" and ").append(condition);
        parameters.put(parameter, value);
        return this;
    }

    /**
     * Keeps the rows a {@link ListSearch} asks for: those whose time at {@code timePath} lies in its period and, where
     * it has text, those whose id at {@code matchedIdPath} is one of the {@code matches} the owning agent found for
     * the text (the orders whose number or customer holds it, say), or whose own values at {@code ownTexts} hold it.
     * The page then tells whether those matches were capped.
     */
    public FilteredQuery<E> narrowedBy(ListSearch search, String timePath, String matchedIdPath, SearchMatches matches,
            String... ownTexts) {
        if (search.from() != null) {
            where(timePath + " >= :searchFrom", "searchFrom", search.from());
        }
        if (search.before() != null) {
            where(timePath + " < :searchBefore", "searchBefore", search.before());
        }
        if (search.hasText()) {
            StringJoiner anyOf = new StringJoiner(" or ", "(", ")").setEmptyValue("1 = 0");
            if (ownTexts.length > 0) {
                for (String own : ownTexts) {
                    anyOf.add("lower(" + own + ") like :searchText");
                }
                parameters.put("searchText", search.pattern());
            }
            if (!matches.ids().isEmpty()) {
                anyOf.add(matchedIdPath + " in :searchMatches");
                parameters.put("searchMatches", matches.ids());
            }
            where.append(" and ").append(anyOf);
            searchCapped = matches.capped();
        }
        return this;
    }

    public Page<E> page(EntityManager em, String orderBy, PageRequest page) {
        TypedQuery<E> rows = em.createQuery("select " + alias + where + " order by " + orderBy, type);
        TypedQuery<Long> count = em.createQuery("select count(" + alias + ")" + where, Long.class);
        parameters.forEach((name, value) -> {
            rows.setParameter(name, value);
            count.setParameter(name, value);
        });
        return new Page<>(rows.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList(), page,
                count.getSingleResult()).withSearchCapped(searchCapped);
    }
}
