package com.agora.carrier.control;

import com.agora.carrier.control.RateShopper.Rate;
import com.agora.carrier.entity.Carrier;
import com.agora.carrier.entity.CarrierRate;
import com.agora.carrier.entity.Shipment;
import com.agora.carrier.entity.ShipmentStatus;
import com.agora.kernel.paging.FilteredQuery;
import com.agora.kernel.paging.ListSearch;
import com.agora.kernel.paging.Page;
import com.agora.kernel.paging.PageRequest;
import com.agora.kernel.paging.SearchMatches;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The Carrier agent's tables: carriers, their rates, and the shipments it created. */
@Dependent
public class CarrierStore {

    @PersistenceContext(unitName = "agora")
    EntityManager em;

    public Optional<Shipment> shipmentOfPickList(long pickListId) {
        return em.createQuery("select s from Shipment s where s.pickListId = :pickList", Shipment.class)
                .setParameter("pickList", pickListId).getResultList().stream().findFirst();
    }

    /** The pick lists among these that have their shipment already. */
    public Set<Long> pickListsShipped(Collection<Long> pickListIds) {
        return new HashSet<>(em.createQuery("select s.pickListId from Shipment s where s.pickListId in :pickLists",
                Long.class).setParameter("pickLists", pickListIds).getResultList());
    }

    public List<Rate> activeRates(int zone) {
        return activeRates(List.of(zone)).getOrDefault(zone, List.of());
    }

    /** The active carriers' rates of these zones, by zone. */
    public Map<Integer, List<Rate>> activeRates(Collection<Integer> zones) {
        return em.createQuery("select r from CarrierRate r, Carrier c where c.id = r.carrierId and c.active = true"
                        + " and r.zone in :zones", CarrierRate.class)
                .setParameter("zones", zones)
                // Rates are reference data no reaction changes: nothing of a batch needs flushing before they are read.
                .setFlushMode(FlushModeType.COMMIT)
                .getResultList().stream()
                .map(r -> new Rate(r.getId(), r.getCarrierId(), ServiceLevel.of(r.getServiceLevel()), r.getZone(),
                        r.getMaxWeightKg(), r.getPrice(), r.getTransitDays()))
                .collect(Collectors.groupingBy(Rate::zone));
    }

    public Carrier carrier(long id) {
        return em.find(Carrier.class, id);
    }

    /** Carriers by id, in code order. */
    public Map<Long, Carrier> carriers() {
        return em.createQuery("select c from Carrier c order by c.code", Carrier.class).getResultList().stream()
                .collect(Collectors.toMap(Carrier::getId, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    }

    public long nextTrackingSerial() {
        return ((Number) em.createNativeQuery("select nextval('tracking_number_seq')")
                .setFlushMode(FlushModeType.COMMIT).getSingleResult()).longValue();
    }

    /** As many tracking serials as asked for, drawn in one statement. */
    public List<Long> nextTrackingSerials(int count) {
        return em.createNativeQuery("select nextval('tracking_number_seq') from generate_series(1, ?1)")
                .setParameter(1, count).setFlushMode(FlushModeType.COMMIT).getResultList().stream()
                .map(serial -> ((Number) serial).longValue()).toList();
    }

    /** Stores a new shipment; it has its id at once, its row is written with the transaction. */
    public void add(Shipment shipment) {
        em.persist(shipment);
    }

    public Optional<Shipment> shipment(long id) {
        return Optional.ofNullable(em.find(Shipment.class, id));
    }

    public Optional<Shipment> shipmentByTrackingNumber(String trackingNumber) {
        return em.createQuery("select s from Shipment s where s.trackingNumber = :number", Shipment.class)
                .setParameter("number", trackingNumber).getResultList().stream().findFirst();
    }

    /**
     * Shipments newest first.
     *
     * @param merchantId only this merchant's shipments; null for all
     * @param orders the orders the search's text names, as the Order agent found them
     */
    public Page<Shipment> shipments(Long merchantId, Long orderId, ShipmentStatus status, ListSearch search,
            SearchMatches orders, PageRequest page) {
        FilteredQuery<Shipment> query = new FilteredQuery<>(Shipment.class, "s");
        if (merchantId != null) {
            query.where("s.merchantId = :merchant", "merchant", merchantId);
        }
        if (orderId != null) {
            query.where("s.orderId = :order", "order", orderId);
        }
        if (status != null) {
            query.where("s.status = :status", "status", status);
        }
        query.narrowedBy(search, "s.createdAt", "s.orderId", orders, "s.trackingNumber");
        return query.page(em, "s.createdAt desc, s.id desc", page);
    }
}
