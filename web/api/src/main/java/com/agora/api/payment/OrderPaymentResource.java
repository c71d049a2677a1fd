package com.agora.api.payment;

import com.agora.api.Roles;
import com.agora.api.security.AllowedRoles;
import com.agora.api.security.CurrentCaller;
import com.agora.payment.boundary.PaymentQueries;
import com.agora.payment.boundary.PaymentViews.OrderPayments;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** An order's money, on its own path so it does not shadow the order resource itself. */
@ApplicationScoped
@Path("orders/{orderId}/payments")
@AllowedRoles({Roles.ADMIN, Roles.MERCHANT, Roles.INTEGRATOR, Roles.CUSTOMER})
@Tag(name = "Payments")
@Produces(MediaType.APPLICATION_JSON)
public class OrderPaymentResource {

    @EJB
    PaymentQueries payments;

    @Inject
    CurrentCaller caller;

    @GET
    @Operation(summary = "An order's payment transactions with the sums authorized, captured and refunded")
    @APIResponse(responseCode = "200", description = "every gateway attempt for the order, oldest first",
            content = @Content(schema = @Schema(ref = "OrderPayments")))
    @APIResponse(responseCode = "404", description = "no payments for this order, or not yours",
            content = @Content(schema = @Schema(ref = "Problem")))
    public OrderPayments payments(@PathParam("orderId") long orderId) {
        return payments.paymentsOf(caller.get(), orderId);
    }
}
