package com.agora.api.inventory;

import com.agora.api.Roles;
import com.agora.api.security.AllowedRoles;
import com.agora.api.security.CurrentCaller;
import com.agora.inventory.boundary.InventoryCommands;
import com.agora.inventory.boundary.InventoryQueries;
import com.agora.inventory.boundary.InventoryViews.AdjustmentView;
import com.agora.inventory.boundary.InventoryViews.StockAdjustment;
import com.agora.inventory.boundary.InventoryViews.StockFilter;
import com.agora.inventory.boundary.InventoryViews.StockView;
import com.agora.inventory.boundary.InventoryViews.WarehouseView;
import com.agora.kernel.paging.Page;
import com.agora.kernel.paging.PageRequest;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@ApplicationScoped
@Path("inventory")
@AllowedRoles({Roles.ADMIN, Roles.MERCHANT, Roles.INTEGRATOR})
@Tag(name = "Inventory")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class InventoryResource {

    @EJB
    InventoryQueries inventory;

    @EJB
    InventoryCommands stock;

    @Inject
    CurrentCaller caller;

    @GET
    @Operation(summary = "Stock per variant and warehouse: on hand, reserved, available, low-stock flag")
    public Page<StockView> list(@QueryParam("warehouseId") Long warehouseId, @QueryParam("productId") Long productId,
            @QueryParam("variantId") Long variantId, @QueryParam("low") Boolean lowOnly,
            @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return inventory.listStock(caller.get(), new StockFilter(warehouseId, productId, variantId, lowOnly),
                PageRequest.of(page, size));
    }

    @GET
    @Path("warehouses")
    @Operation(summary = "The warehouses stock is kept in")
    public List<WarehouseView> warehouses() {
        return inventory.listWarehouses();
    }

    @GET
    @Path("adjustments")
    @Operation(summary = "The adjustment history, newest first: type, change, reason, who and when")
    public Page<AdjustmentView> adjustments(@QueryParam("inventoryId") Long inventoryId,
            @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return inventory.listAdjustments(caller.get(), inventoryId, PageRequest.of(page, size));
    }

    @POST
    @Path("adjustments")
    @AllowedRoles({Roles.ADMIN, Roles.MERCHANT})
    @Operation(summary = "Adjust on-hand stock with a reason (restock, sale, damage, return, correction)",
            description = "Reserved units cannot be adjusted away. Every adjustment is kept with who made it.")
    @APIResponse(responseCode = "201", description = "The adjustment as recorded")
    @APIResponse(responseCode = "422", description = "reserved units cannot be adjusted away",
            content = @Content(schema = @Schema(ref = "Problem")))
    public Response adjust(
            @RequestBody(required = true,
                    content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "StockAdjustment")))
            @Valid @NotNull StockAdjustment adjustment) {
        return Response.status(Response.Status.CREATED).entity(stock.adjustStock(caller.get(), adjustment)).build();
    }
}
