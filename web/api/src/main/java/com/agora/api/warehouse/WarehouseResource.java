package com.agora.api.warehouse;

import com.agora.api.Roles;
import com.agora.api.security.AllowedRoles;
import com.agora.warehouse.boundary.WarehouseQueries;
import com.agora.warehouse.boundary.WarehouseViews.UtilisationView;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@ApplicationScoped
@Path("warehouses")
@AllowedRoles({Roles.ADMIN, Roles.INTEGRATOR})
@Tag(name = "Warehouse")
@Produces(MediaType.APPLICATION_JSON)
public class WarehouseResource {

    @EJB
    WarehouseQueries warehouses;

    @GET
    @Path("utilisation")
    @Operation(summary = "Today's load per warehouse (the shop's day, agora.shop.time-zone)",
            description = "unitsToday: units of the pick lists opened today and not cancelled; dailyCapacity: the "
                    + "warehouse's capacity, read as units it can ship per day; utilisationPercent: the one against "
                    + "the other (absent without a capacity); unitsWaiting: units of open or picked pick lists.")
    public List<UtilisationView> utilisation() {
        return warehouses.utilisation();
    }
}
