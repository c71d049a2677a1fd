package com.agora.api.payment;

import com.agora.api.Roles;
import com.agora.api.security.AllowedRoles;
import com.agora.api.security.CurrentCaller;
import com.agora.payment.boundary.PaymentCommands;
import com.agora.payment.boundary.PaymentViews.RefundAccepted;
import com.agora.payment.boundary.PaymentViews.RequestRefund;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
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
@Path("orders/{orderId}/refunds")
@AllowedRoles({Roles.ADMIN, Roles.MERCHANT})
@Tag(name = "Payments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RefundResource {

    @EJB
    PaymentCommands payments;

    @Inject
    CurrentCaller caller;

    @POST
    @Operation(summary = "Refund captured money, in part or in full",
            description = "The Payment agent refunds asynchronously; the order's payments show the refund once the "
                    + "gateway has answered (or a RefundFailed on its timeline). Never more than was captured and "
                    + "not refunded yet. Repeating a request with the same Idempotency-Key refunds once.")
    @APIResponse(responseCode = "202", description = "the refund is on its way; Location points at the order's payments",
            content = @Content(schema = @Schema(ref = "RefundAccepted")))
    @APIResponse(responseCode = "404", description = "no payments for this order, or not yours",
            content = @Content(schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "422", description = "nothing captured, or more than can still be refunded",
            content = @Content(schema = @Schema(ref = "Problem")))
    public Response refund(@PathParam("orderId") long orderId,
            @Parameter(description = "makes retries safe: the same key refunds once")
            @HeaderParam("Idempotency-Key") String idempotencyKey,
            @RequestBody(required = true,
                    content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "RequestRefund")))
            @Valid @NotNull RequestRefund request,
            @Context UriInfo uri) {
        RefundAccepted accepted = payments.requestRefund(caller.get(), orderId, request, idempotencyKey);
        return Response.accepted(accepted)
                .location(uri.getBaseUriBuilder().path("orders").path(String.valueOf(orderId)).path("payments").build())
                .build();
    }
}
