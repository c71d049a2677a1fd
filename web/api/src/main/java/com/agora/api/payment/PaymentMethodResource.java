package com.agora.api.payment;

import com.agora.api.Roles;
import com.agora.api.security.AllowedRoles;
import com.agora.api.security.CurrentCaller;
import com.agora.payment.boundary.PaymentCommands;
import com.agora.payment.boundary.PaymentViews.CardView;
import com.agora.payment.boundary.PaymentViews.RegisterCard;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@ApplicationScoped
@Path("payment-methods")
@AllowedRoles({Roles.ADMIN, Roles.INTEGRATOR, Roles.CUSTOMER})
@Tag(name = "Payments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PaymentMethodResource {

    @EJB
    PaymentCommands payments;

    @Inject
    CurrentCaller caller;

    @POST
    @Operation(summary = "Register a card for a customer",
            description = "Customers register cards for themselves, integrators and admins for any customer. The "
                    + "card number is checked (Luhn) and handed to the payment gateway for a token; only the brand, "
                    + "the last four digits, the expiry and a fingerprint are stored.")
    @APIResponse(responseCode = "201", description = "the stored card",
            content = @Content(schema = @Schema(ref = "PaymentMethod")))
    @APIResponse(responseCode = "400", description = "invalid card number, expiry or customer, by field",
            content = @Content(schema = @Schema(ref = "Problem")))
    public Response register(
            @RequestBody(required = true,
                    content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "RegisterCard")))
            @NotNull RegisterCard request) {
        CardView card = payments.registerCard(caller.get(), request.customerId(), request.cardNumber(),
                request.expiryMonth(), request.expiryYear(), Boolean.TRUE.equals(request.makeDefault()));
        return Response.status(Response.Status.CREATED).entity(card).build();
    }
}
