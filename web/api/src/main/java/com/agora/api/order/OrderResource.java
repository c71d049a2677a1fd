package com.agora.api.order;

import com.agora.api.Roles;
import com.agora.api.binding.ListSearchParameters;
import com.agora.api.security.AllowedRoles;
import com.agora.api.security.CurrentCaller;
import com.agora.kernel.paging.Page;
import com.agora.kernel.paging.PageRequest;
import com.agora.order.boundary.OrderCommands;
import com.agora.order.boundary.OrderQueries;
import com.agora.order.boundary.OrderViews.CancelOrder;
import com.agora.order.boundary.OrderViews.OrderFilter;
import com.agora.order.boundary.OrderViews.OrderSummary;
import com.agora.order.boundary.OrderViews.OrderView;
import com.agora.order.boundary.OrderViews.PlaceOrder;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@ApplicationScoped
@Path("orders")
@AllowedRoles({Roles.ADMIN, Roles.MERCHANT, Roles.INTEGRATOR, Roles.CUSTOMER})
@Tag(name = "Orders")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OrderResource {

    @EJB
    OrderQueries orders;

    @EJB
    OrderCommands ordering;

    @Inject
    CurrentCaller caller;

    @Inject
    ListSearchParameters searches;

    @POST
    @AllowedRoles({Roles.ADMIN, Roles.INTEGRATOR, Roles.CUSTOMER})
    @Operation(summary = "Place an order",
            description = "Prices come from the catalog. The order starts pending and the agents carry it on: "
                    + "Inventory reserves stock (splitting across warehouses when needed; rejected when short), "
                    + "Fraud Detection screens it (reserved, under_review or rejected), Payment authorizes the "
                    + "payment method (confirmed or payment_failed), Warehouse, Carrier and Transport Management "
                    + "ship it (processing, shipped, delivered). Without paymentMethodId the customer's default "
                    + "payment method is charged. Repeating a request with the same Idempotency-Key returns the "
                    + "same order.")
    @APIResponse(responseCode = "201", description = "the order, pending until Inventory answers",
            content = @Content(schema = @Schema(ref = "Order")))
    @APIResponse(responseCode = "400", description = "invalid input, with the offending fields",
            content = @Content(schema = @Schema(ref = "Problem")))
    public Response place(
            @Parameter(description = "makes retries safe: the same key always yields the same order")
            @HeaderParam("Idempotency-Key") String idempotencyKey,
            @RequestBody(required = true,
                    content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "PlaceOrder")))
            @Valid @NotNull PlaceOrder request,
            @Context UriInfo uri, @Context HttpServletRequest http) {
        OrderView order = ordering.placeOrder(caller.get(), request, idempotencyKey, http.getRemoteAddr());
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(order.id())).build())
                .entity(order).build();
    }

    @GET
    @Operation(summary = "List orders, newest first; merchants and customers see only their own")
    @APIResponse(responseCode = "200", description = "a page of orders",
            content = @Content(schema = @Schema(ref = "Page")))
    @APIResponse(responseCode = "400", description = "q longer than 200 characters, a from or until that is not an ISO"
            + " date (yyyy-MM-dd), or until before from; errors name the parameter",
            content = @Content(schema = @Schema(ref = "Problem")))
    public Page<OrderSummary> list(@QueryParam("status") String status, @QueryParam("merchantId") Long merchantId,
            @QueryParam("customerId") Long customerId,
            @Parameter(description = "a piece of the order number or of the customer's name or e-mail;"
                    + " at most 200 matching customers and orders are followed, see the page's searchCapped")
            @QueryParam("q") String q,
            @Parameter(description = "placed on or after this day: an ISO date (yyyy-MM-dd) in the shop's time zone")
            @QueryParam("from") String from,
            @Parameter(description = "placed on or before this day: an ISO date (yyyy-MM-dd) in the shop's time zone")
            @QueryParam("until") String until,
            @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return orders.listOrders(caller.get(), new OrderFilter(status, merchantId, customerId,
                searches.search(q, from, until)), PageRequest.of(page, size));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One order with its lines and its timeline of agent steps")
    @APIResponse(responseCode = "200", description = "the order with its lines and timeline",
            content = @Content(schema = @Schema(ref = "Order")))
    @APIResponse(responseCode = "404", description = "no such order, or not yours",
            content = @Content(schema = @Schema(ref = "Problem")))
    public OrderView find(@PathParam("id") long id) {
        return orders.findOrder(caller.get(), id);
    }

    @POST
    @Path("{id}/cancel")
    @Operation(summary = "Cancel an order before it ships; reserved stock is released")
    public OrderView cancel(@PathParam("id") long id,
            @RequestBody(
                    content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "CancelOrder")))
            @Valid CancelOrder request) {
        return ordering.cancelOrder(caller.get(), id, request == null ? null : request.reason());
    }
}
