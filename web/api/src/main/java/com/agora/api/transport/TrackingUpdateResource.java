package com.agora.api.transport;

import com.agora.api.Roles;
import com.agora.api.security.AllowedRoles;
import com.agora.api.security.CurrentCaller;
import com.agora.transportmanagement.boundary.TransportCommands;
import com.agora.transportmanagement.boundary.TransportViews.TrackingUpdate;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@ApplicationScoped
@Path("tracking-updates")
@AllowedRoles({Roles.ADMIN, Roles.INTEGRATOR})
@Tag(name = "Shipments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TrackingUpdateResource {

    @EJB
    TransportCommands transport;

    @Inject
    CurrentCaller caller;

    @POST
    @Operation(summary = "A carrier reports progress on a parcel: in_transit, delivered or exception",
            description = "The report is recorded on the shipment's tracking history and moves the shipment and its "
                    + "order on (ShipmentTracked). Nothing can be reported after delivery. Repeating a request with "
                    + "the same Idempotency-Key returns the event the first one recorded.")
    @APIResponse(responseCode = "201", description = "the recorded tracking event",
            content = @Content(schema = @Schema(ref = "TrackingEvent")))
    @APIResponse(responseCode = "400", description = "invalid input, e.g. an unknown status",
            content = @Content(schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "404", description = "no shipment has this tracking number",
            content = @Content(schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "409", description = "the shipment has already been delivered",
            content = @Content(schema = @Schema(ref = "Problem")))
    public Response report(
            @Parameter(description = "makes retries safe: the same key always yields the same tracking event")
            @HeaderParam("Idempotency-Key") String idempotencyKey,
            @RequestBody(required = true,
                    content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "TrackingUpdate")))
            @Valid @NotNull TrackingUpdate update) {
        return Response.status(Response.Status.CREATED).entity(transport.reportTracking(caller.get(), update,
                idempotencyKey)).build();
    }
}
