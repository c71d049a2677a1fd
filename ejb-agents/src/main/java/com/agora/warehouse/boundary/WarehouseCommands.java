package com.agora.warehouse.boundary;

import com.agora.kernel.error.DomainProblem;
import com.agora.kernel.security.Caller;
import com.agora.warehouse.boundary.WarehouseViews.PickListView;
import com.agora.warehouse.control.Floor;
import com.agora.warehouse.control.FloorRules;
import com.agora.warehouse.control.WarehouseStore;
import com.agora.warehouse.entity.PickList;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/** What people on the warehouse floor report through the API, where picking is not automatic. */
@Stateless
public class WarehouseCommands {

    @Inject
    WarehouseStore store;

    @Inject
    Floor floor;

    @EJB
    WarehouseQueries queries;

    /** Someone on the floor took the goods of an open pick list off the shelves. */
    public PickListView pickGoods(Caller caller, long id) {
        PickList pickList = movingPickList(caller, id);
        FloorRules.requirePickable(id, pickList.getStatus());
        floor.pick(pickList, caller.username());
        return queries.findPickList(caller, id);
    }

    /** Someone on the floor packed a picked pick list: the parcel is ready for a carrier. */
    public PickListView packParcel(Caller caller, long id) {
        PickList pickList = movingPickList(caller, id);
        FloorRules.requirePackable(id, pickList.getStatus());
        floor.pack(pickList, store.linesOf(id), caller.username());
        return queries.findPickList(caller, id);
    }

    /** Other merchants' pick lists are reported as absent; a pick list about to move is locked against a twin. */
    private PickList movingPickList(Caller caller, long id) {
        PickList pickList = store.pickList(id, true).filter(p -> caller.mayActFor(p.getMerchantId()))
                .orElseThrow(() -> DomainProblem.notFound("pick list", id));
        if (!caller.isAdmin() && !caller.isMerchant()) {
            throw DomainProblem.forbidden("only the merchant's staff and admins pick and pack");
        }
        return pickList;
    }
}
