package com.agora.api.system;

import com.agora.api.Roles;
import com.agora.api.security.AllowedRoles;
import com.agora.api.security.CurrentCaller;
import com.agora.infrastructure.boundary.KernelProbes;
import com.agora.infrastructure.boundary.PlatformOverview.Overview;
import com.agora.infrastructure.boundary.PlatformOverview;
import com.agora.kernel.agent.AgentRegistry;
import com.agora.kernel.agent.AgentStatus;
import com.agora.kernel.entity.DeadLetter;
import com.agora.kernel.error.DomainProblem;
import com.agora.kernel.messaging.DeadLetterOffice;
import com.agora.kernel.paging.Page;
import com.agora.kernel.paging.PageRequest;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@ApplicationScoped
@Path("system")
@Tag(name = "Platform")
@Produces(MediaType.APPLICATION_JSON)
public class SystemResource {

    public record DeadLetterView(long id, String consumer, String destination, UUID eventId, String eventType,
            String reason, int attempts, String status, Instant parkedAt, Instant resolvedAt, String resolvedBy,
            String payload) {

        static DeadLetterView of(DeadLetter d) {
            return new DeadLetterView(d.getId(), d.getConsumer(), d.getDestination(), d.getEventId(), d.getEventType(),
                    d.getReason(), d.getAttempts(), d.getStatus(), d.getParkedAt(), d.getResolvedAt(),
                    d.getResolvedBy(), d.getPayload());
        }
    }

    /** How many probe events to send, and how many the sending transactions carry each (default 1). */
    public record ProbeRequest(Integer events, Integer eventsPerTransaction) {
    }

    @EJB
    PlatformOverview overview;

    @EJB
    KernelProbes probes;

    @Inject
    AgentRegistry agents;

    @EJB
    DeadLetterOffice deadLetters;

    @Inject
    CurrentCaller caller;

    @GET
    @Path("overview")
    @AllowedRoles({Roles.ADMIN, Roles.INTEGRATOR, Roles.MERCHANT})
    @Operation(summary = "Live platform figures: orders, revenue, products, customers, alerts, agents")
    public Overview overview() {
        return overview.overview(caller.get());
    }

    @GET
    @Path("agents")
    @AllowedRoles({Roles.ADMIN, Roles.INTEGRATOR})
    @Operation(summary = "All 26 agents with their readiness and event metrics")
    public List<AgentStatus> agents() {
        return agents.statuses();
    }

    @GET
    @Path("dead-letters")
    @AllowedRoles(Roles.ADMIN)
    @Operation(summary = "Messages parked after their last retry, newest first")
    public Page<DeadLetterView> deadLetters(@QueryParam("status") String status, @QueryParam("page") Integer page,
            @QueryParam("size") Integer size) {
        return deadLetters.list(status, PageRequest.of(page, size)).map(DeadLetterView::of);
    }

    @POST
    @Path("dead-letters/{id}/replay")
    @AllowedRoles(Roles.ADMIN)
    @Operation(summary = "Send a parked message back to its agent")
    public DeadLetterView replay(@PathParam("id") long id) {
        return DeadLetterView.of(deadLetters.replay(id, caller.get().username()));
    }

    @POST
    @Path("dead-letters/{id}/discard")
    @AllowedRoles(Roles.ADMIN)
    @Operation(summary = "Give up on a parked message, recording who decided")
    public DeadLetterView discard(@PathParam("id") long id) {
        return DeadLetterView.of(deadLetters.discard(id, caller.get().username()));
    }

    @POST
    @Path("kernel-probes")
    @Consumes(MediaType.APPLICATION_JSON)
    @AllowedRoles(Roles.ADMIN)
    @Operation(summary = "Send probe events through the delivery path alone",
            description = "The Infrastructure agent receives them and does nothing, so the rise of"
                    + " agora_agent_events_handled_total{agent=\"infrastructure\"} over time is what the kernel alone"
                    + " delivers per second on this machine.")
    @APIResponse(responseCode = "202", description = "the probes are on their way")
    public Response kernelProbes(ProbeRequest request) {
        if (request == null || request.events() == null) {
            throw DomainProblem.invalid("events", "is required");
        }
        int perTransaction = request.eventsPerTransaction() == null ? 1 : request.eventsPerTransaction();
        return Response.accepted(probes.launch(request.events(), perTransaction)).build();
    }
}
