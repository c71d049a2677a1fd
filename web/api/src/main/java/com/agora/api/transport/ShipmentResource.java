package com.agora.api.transport;

import com.agora.api.Roles;
import com.agora.api.binding.ListSearchParameters;
import com.agora.api.security.AllowedRoles;
import com.agora.api.security.CurrentCaller;
import com.agora.carrier.boundary.CarrierViews.ShipmentFilter;
import com.agora.carrier.boundary.CarrierViews.ShipmentView;
import com.agora.kernel.paging.Page;
import com.agora.kernel.paging.PageRequest;
import com.agora.transportmanagement.boundary.TransportQueries;
import com.agora.transportmanagement.boundary.TransportViews.ShipmentDetail;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@ApplicationScoped
@Path("shipments")
@AllowedRoles({Roles.ADMIN, Roles.MERCHANT, Roles.INTEGRATOR})
@Tag(name = "Shipments")
@Produces(MediaType.APPLICATION_JSON)
public class ShipmentResource {

    @EJB
    TransportQueries transport;

    @Inject
    CurrentCaller caller;

    @Inject
    ListSearchParameters searches;

    @GET
    @Operation(summary = "Shipments, newest first, e.g. of one order; merchants see only their own")
    @APIResponse(responseCode = "200", description = "a page of shipments",
            content = @Content(schema = @Schema(ref = "Page")))
    @APIResponse(responseCode = "400", description = "q longer than 200 characters, a from or until that is not an ISO"
            + " date (yyyy-MM-dd), or until before from; errors name the parameter",
            content = @Content(schema = @Schema(ref = "Problem")))
    public Page<ShipmentView> list(@QueryParam("orderId") Long orderId, @QueryParam("status") String status,
            @Parameter(description = "a piece of the order number, of the customer's name or e-mail, or of the"
                    + " tracking number; at most 200 matching customers and orders are followed, see the page's"
                    + " searchCapped")
            @QueryParam("q") String q,
            @Parameter(description = "created on or after this day: an ISO date (yyyy-MM-dd) in the shop's time zone")
            @QueryParam("from") String from,
            @Parameter(description = "created on or before this day: an ISO date (yyyy-MM-dd) in the shop's time zone")
            @QueryParam("until") String until,
            @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return transport.listShipments(caller.get(),
                new ShipmentFilter(orderId, status, searches.search(q, from, until)),
                PageRequest.of(page, size));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One shipment with its carrier, tracking link and tracking history")
    @APIResponse(responseCode = "200", description = "the shipment and its tracking events, oldest first",
            content = @Content(schema = @Schema(ref = "ShipmentDetail")))
    @APIResponse(responseCode = "404", description = "no such shipment, or not yours",
            content = @Content(schema = @Schema(ref = "Problem")))
    public ShipmentDetail find(@PathParam("id") long id) {
        return transport.findShipment(caller.get(), id);
    }
}
