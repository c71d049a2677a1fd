package com.agora.console.faces;

import com.agora.infrastructure.boundary.DisplayNames;
import com.agora.infrastructure.boundary.DisplayNames.CustomerName;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Names for the ids a page holds ({@code #{names.customer(order.customerId)}}), looked up once per request. A page
 * that knows its rows hands over all their ids first ({@link #learnCustomers} and the like), so a table of twenty
 * rows costs one query per kind instead of twenty.
 */
@Named
@RequestScoped
public class Names {

    @Inject
    DisplayNames directory;

    private final Map<Long, CustomerName> customers = new HashMap<>();
    private final Map<Long, String> merchants = new HashMap<>();
    private final Map<Long, String> orders = new HashMap<>();
    private final Map<Long, String> variants = new HashMap<>();
    private final Map<Long, String> orderLines = new HashMap<>();
    private final Map<Long, String> warehouses = new HashMap<>();

    public void learnCustomers(Collection<Long> ids) {
        learn(customers, ids, directory::customers);
    }

    public void learnMerchants(Collection<Long> ids) {
        learn(merchants, ids, directory::merchants);
    }

    public void learnOrders(Collection<Long> ids) {
        learn(orders, ids, directory::orderNumbers);
    }

    public void learnOrderLines(Collection<Long> ids) {
        learn(orderLines, ids, directory::orderLines);
    }

    public String customer(Long id) {
        CustomerName name = customerName(id);
        return name == null ? "" : name.name();
    }

    public String customerEmail(Long id) {
        CustomerName name = customerName(id);
        return name == null ? "" : name.email();
    }

    public String merchant(Long id) {
        return lookUp(merchants, id, directory::merchants);
    }

    public String order(Long id) {
        return lookUp(orders, id, directory::orderNumbers);
    }

    public String variant(Long id) {
        return lookUp(variants, id, directory::variants);
    }

    public String orderLine(Long id) {
        return lookUp(orderLines, id, directory::orderLines);
    }

    public String warehouse(Long id) {
        return lookUp(warehouses, id, directory::warehouses);
    }

    private CustomerName customerName(Long id) {
        if (id == null) {
            return null;
        }
        if (!customers.containsKey(id)) {
            learnCustomers(List.of(id));
        }
        return customers.get(id);
    }

    private static <V> void learn(Map<Long, V> known, Collection<Long> ids,
            Function<Collection<Long>, Map<Long, V>> lookUp) {
        List<Long> unknown = ids.stream().filter(id -> id != null && !known.containsKey(id)).distinct().toList();
        if (!unknown.isEmpty()) {
            known.putAll(lookUp.apply(unknown));
            // An id without a row is remembered too, so it is not asked for again in this request.
            unknown.forEach(id -> known.putIfAbsent(id, null));
        }
    }

    /** The name, or the id itself where no row has one (a deleted record), so nothing shows blank. */
    private static String lookUp(Map<Long, String> known, Long id,
            Function<Collection<Long>, Map<Long, String>> lookUp) {
        if (id == null) {
            return "";
        }
        learn(known, List.of(id), lookUp);
        String name = known.get(id);
        return name == null ? "#" + id : name;
    }
}
