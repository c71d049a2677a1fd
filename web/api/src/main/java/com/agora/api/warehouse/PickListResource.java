package com.agora.api.warehouse;

import com.agora.api.Roles;
import com.agora.api.security.AllowedRoles;
import com.agora.api.security.CurrentCaller;
import com.agora.kernel.paging.Page;
import com.agora.kernel.paging.PageRequest;
import com.agora.warehouse.boundary.WarehouseCommands;
import com.agora.warehouse.boundary.WarehouseQueries;
import com.agora.warehouse.boundary.WarehouseViews.PickListFilter;
import com.agora.warehouse.boundary.WarehouseViews.PickListView;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@ApplicationScoped
@Path("pick-lists")
@AllowedRoles({Roles.ADMIN, Roles.MERCHANT, Roles.INTEGRATOR})
@Tag(name = "Warehouse")
@Produces(MediaType.APPLICATION_JSON)
public class PickListResource {

    @EJB
    WarehouseQueries pickLists;

    @EJB
    WarehouseCommands floor;

    @Inject
    CurrentCaller caller;

    @GET
    @Operation(summary = "Pick lists, newest first: one per order and warehouse; merchants see only their own")
    @APIResponse(responseCode = "200", description = "a page of pick lists",
            content = @Content(schema = @Schema(ref = "Page")))
    public Page<PickListView> list(@QueryParam("orderId") Long orderId, @QueryParam("status") String status,
            @QueryParam("warehouseId") Long warehouseId, @QueryParam("page") Integer page,
            @QueryParam("size") Integer size) {
        return pickLists.listPickLists(caller.get(), new PickListFilter(orderId, status, warehouseId),
                PageRequest.of(page, size));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One pick list with its lines, units and weight")
    @APIResponse(responseCode = "200", description = "the pick list",
            content = @Content(schema = @Schema(ref = "PickList")))
    @APIResponse(responseCode = "404", description = "no such pick list, or not yours",
            content = @Content(schema = @Schema(ref = "Problem")))
    public PickListView find(@PathParam("id") long id) {
        return pickLists.findPickList(caller.get(), id);
    }

    @POST
    @Path("{id}/pick")
    @AllowedRoles({Roles.ADMIN, Roles.MERCHANT})
    @Operation(summary = "Record that an open pick list was picked",
            description = "Only where people pick (agora.warehouse.automatic-picking=false); a robotic warehouse "
                    + "picks and packs at once. Picking twice is refused, so a retry cannot move a pick list twice.")
    @APIResponse(responseCode = "200", description = "the picked pick list",
            content = @Content(schema = @Schema(ref = "PickList")))
    @APIResponse(responseCode = "409", description = "the pick list is not open",
            content = @Content(schema = @Schema(ref = "Problem")))
    public PickListView pick(@PathParam("id") long id) {
        return floor.pickGoods(caller.get(), id);
    }

    @POST
    @Path("{id}/pack")
    @AllowedRoles({Roles.ADMIN, Roles.MERCHANT})
    @Operation(summary = "Record that a picked pick list was packed: the parcel goes to the carriers",
            description = "Publishes ParcelPacked; the Carrier agent then rate-shops and creates the shipment.")
    @APIResponse(responseCode = "200", description = "the packed pick list",
            content = @Content(schema = @Schema(ref = "PickList")))
    @APIResponse(responseCode = "409", description = "the pick list is not picked",
            content = @Content(schema = @Schema(ref = "Problem")))
    public PickListView pack(@PathParam("id") long id) {
        return floor.packParcel(caller.get(), id);
    }
}
