package com.agora.api.transport;

import com.agora.api.Roles;
import com.agora.api.security.AllowedRoles;
import com.agora.api.security.CurrentCaller;
import com.agora.kernel.error.DomainProblem;
import com.agora.kernel.paging.Page;
import com.agora.kernel.paging.PageRequest;
import com.agora.transportmanagement.boundary.TransportCommands;
import com.agora.transportmanagement.boundary.TransportQueries;
import com.agora.transportmanagement.boundary.TransportViews.PickupFilter;
import com.agora.transportmanagement.boundary.TransportViews.PickupView;
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
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@ApplicationScoped
@Path("pickups")
@AllowedRoles({Roles.ADMIN})
@Tag(name = "Shipments")
@Produces(MediaType.APPLICATION_JSON)
public class PickupResource {

    @EJB
    TransportQueries transport;

    @EJB
    TransportCommands operations;

    @Inject
    CurrentCaller caller;

    @GET
    @Operation(summary = "Daily pickups per carrier and warehouse, latest day first, with their shipments")
    @APIResponse(responseCode = "200", description = "a page of pickups",
            content = @Content(schema = @Schema(ref = "Page")))
    public Page<PickupView> list(
            @Parameter(description = "pickup day, e.g. 2025-11-25 (a day of the shop's time zone)") @QueryParam("date") String date,
            @QueryParam("status") String status, @QueryParam("page") Integer page,
            @QueryParam("size") Integer size) {
        return transport.listPickups(caller.get(), new PickupFilter(day(date), status), PageRequest.of(page, size));
    }

    @POST
    @Path("{id}/collected")
    @AllowedRoles({Roles.ADMIN, Roles.INTEGRATOR})
    @Operation(summary = "The carrier collected a pickup's parcels; later parcels go to the next day's pickup")
    @APIResponse(responseCode = "200", description = "the collected pickup",
            content = @Content(schema = @Schema(ref = "Pickup")))
    @APIResponse(responseCode = "409", description = "the pickup was already collected",
            content = @Content(schema = @Schema(ref = "Problem")))
    public PickupView collected(@PathParam("id") long id) {
        return operations.markCollected(caller.get(), id);
    }

    private static LocalDate day(String date) {
        if (date == null || date.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(date.trim());
        } catch (DateTimeParseException e) {
            throw DomainProblem.invalid("date", "must be a day like 2025-11-25");
        }
    }
}
