package com.agora.api.returns;

import com.agora.api.Roles;
import com.agora.api.binding.ListSearchParameters;
import com.agora.api.security.AllowedRoles;
import com.agora.api.security.CurrentCaller;
import com.agora.kernel.paging.Page;
import com.agora.kernel.paging.PageRequest;
import com.agora.returns.boundary.ReturnViews.Decision;
import com.agora.returns.boundary.ReturnViews.Inspection;
import com.agora.returns.boundary.ReturnViews.RequestReturn;
import com.agora.returns.boundary.ReturnViews.ReturnFilter;
import com.agora.returns.boundary.ReturnViews.ReturnView;
import com.agora.returns.boundary.ReturnsCommands;
import com.agora.returns.boundary.ReturnsHandlingCommands;
import com.agora.returns.boundary.ReturnsQueries;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
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

/**
 * Returns (RMAs): customers and integrators request them, the merchant (or an admin) decides, receives and
 * inspects; refunds and restocks follow through the Payment and Inventory agents.
 */
@ApplicationScoped
@Path("returns")
@AllowedRoles({Roles.ADMIN, Roles.MERCHANT, Roles.INTEGRATOR, Roles.CUSTOMER})
@Tag(name = "Returns")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ReturnResource {

    @EJB
    ReturnsQueries returns;

    @EJB
    ReturnsCommands requests;

    @EJB
    ReturnsHandlingCommands handling;

    @Inject
    CurrentCaller caller;

    @Inject
    ListSearchParameters searches;

    @POST
    @AllowedRoles({Roles.ADMIN, Roles.INTEGRATOR, Roles.CUSTOMER})
    @Operation(summary = "Request a return of units of one order line",
            description = "The order must be delivered and within the return window; the line must have that many "
                    + "units not covered by another return. Small returns with a concrete reason are approved at "
                    + "once, the others wait for the merchant. Repeating a request with the same Idempotency-Key "
                    + "returns the same return.")
    @APIResponse(responseCode = "201", description = "the return, approved or requested",
            content = @Content(schema = @Schema(ref = "Return")))
    @APIResponse(responseCode = "404", description = "no such order, or not yours",
            content = @Content(schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "409", description = "the order has not been delivered",
            content = @Content(schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "422", description = "the return window has closed, or too many units",
            content = @Content(schema = @Schema(ref = "Problem")))
    public Response request(
            @Parameter(description = "makes retries safe: the same key always yields the same return")
            @HeaderParam("Idempotency-Key") String idempotencyKey,
            @RequestBody(required = true,
                    content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "RequestReturn")))
            @Valid @NotNull RequestReturn request,
            @Context UriInfo uri) {
        ReturnView created = requests.requestReturn(caller.get(), request, idempotencyKey);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(created).build();
    }

    @GET
    @Operation(summary = "List returns, newest first; merchants and customers see only their own")
    @APIResponse(responseCode = "200", description = "a page of returns",
            content = @Content(schema = @Schema(ref = "Page")))
    @APIResponse(responseCode = "400", description = "q longer than 200 characters, a from or until that is not an ISO"
            + " date (yyyy-MM-dd), or until before from; errors name the parameter",
            content = @Content(schema = @Schema(ref = "Problem")))
    public Page<ReturnView> list(@QueryParam("status") String status, @QueryParam("orderId") Long orderId,
            @Parameter(description = "a piece of the order number, of the customer's name or e-mail, or of the"
                    + " return number; at most 200 matching customers and orders are followed, see the page's"
                    + " searchCapped")
            @QueryParam("q") String q,
            @Parameter(description = "requested on or after this day: an ISO date (yyyy-MM-dd) in the shop's"
                    + " time zone")
            @QueryParam("from") String from,
            @Parameter(description = "requested on or before this day: an ISO date (yyyy-MM-dd) in the shop's"
                    + " time zone")
            @QueryParam("until") String until,
            @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return returns.listReturns(caller.get(), new ReturnFilter(status, orderId, searches.search(q, from, until)),
                PageRequest.of(page, size));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One return with every step taken so far")
    @APIResponse(responseCode = "200", description = "the return", content = @Content(schema = @Schema(ref = "Return")))
    @APIResponse(responseCode = "404", description = "no such return, or not yours",
            content = @Content(schema = @Schema(ref = "Problem")))
    public ReturnView find(@PathParam("id") long id) {
        return returns.findReturn(caller.get(), id);
    }

    @POST
    @Path("{id}/approve")
    @AllowedRoles({Roles.ADMIN, Roles.MERCHANT})
    @Operation(summary = "Approve a requested return; who and when are recorded")
    @APIResponse(responseCode = "200", description = "the approved return",
            content = @Content(schema = @Schema(ref = "Return")))
    public ReturnView approve(@PathParam("id") long id, @RequestBody(
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ReturnDecision")))
            @Valid Decision decision) {
        return handling.approveReturn(caller.get(), id, note(decision));
    }

    @POST
    @Path("{id}/reject")
    @AllowedRoles({Roles.ADMIN, Roles.MERCHANT})
    @Operation(summary = "Reject a requested return; its units may be returned again")
    @APIResponse(responseCode = "200", description = "the rejected return",
            content = @Content(schema = @Schema(ref = "Return")))
    public ReturnView reject(@PathParam("id") long id, @RequestBody(
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ReturnDecision")))
            @Valid Decision decision) {
        return handling.rejectReturn(caller.get(), id, note(decision));
    }

    @POST
    @Path("{id}/cancel")
    @AllowedRoles({Roles.ADMIN, Roles.INTEGRATOR, Roles.CUSTOMER})
    @Operation(summary = "Withdraw a return before its parcel arrives")
    @APIResponse(responseCode = "200", description = "the cancelled return",
            content = @Content(schema = @Schema(ref = "Return")))
    public ReturnView cancel(@PathParam("id") long id, @RequestBody(
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ReturnDecision")))
            @Valid Decision decision) {
        return requests.cancelReturn(caller.get(), id, note(decision));
    }

    @POST
    @Path("{id}/received")
    @AllowedRoles({Roles.ADMIN, Roles.MERCHANT})
    @Operation(summary = "The parcel arrived at the warehouse")
    @APIResponse(responseCode = "200", description = "the received return",
            content = @Content(schema = @Schema(ref = "Return")))
    public ReturnView received(@PathParam("id") long id) {
        return handling.receiveReturn(caller.get(), id);
    }

    @POST
    @Path("{id}/inspection")
    @AllowedRoles({Roles.ADMIN, Roles.MERCHANT})
    @Operation(summary = "Record the inspection; the refund (or replacement) follows, the restock only if it passed",
            description = "Moves money and stock once: a second inspection of the same return is refused with 409.")
    @APIResponse(responseCode = "200", description = "the inspected return",
            content = @Content(schema = @Schema(ref = "Return")))
    public ReturnView inspect(@PathParam("id") long id, @RequestBody(required = true,
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ReturnInspection")))
            @Valid @NotNull Inspection inspection) {
        return handling.inspectReturn(caller.get(), id, inspection);
    }

    @POST
    @Path("{id}/refund")
    @AllowedRoles({Roles.ADMIN, Roles.MERCHANT})
    @Operation(summary = "Ask Payment again after a failed refund",
            description = "Only a return whose refund failed is accepted, so a repeated call never refunds twice.")
    @APIResponse(responseCode = "200", description = "the return, inspected again and awaiting its refund",
            content = @Content(schema = @Schema(ref = "Return")))
    public ReturnView retryRefund(@PathParam("id") long id) {
        return handling.retryRefund(caller.get(), id);
    }

    private static String note(Decision decision) {
        return decision == null ? null : decision.note();
    }
}
