package com.agora.api.fraud;

import com.agora.api.Roles;
import com.agora.api.security.AllowedRoles;
import com.agora.api.security.CurrentCaller;
import com.agora.frauddetection.boundary.FraudCommands;
import com.agora.frauddetection.boundary.FraudQueries;
import com.agora.frauddetection.boundary.FraudViews.AssessmentView;
import com.agora.frauddetection.boundary.FraudViews.ReviewDecision;
import com.agora.kernel.paging.Page;
import com.agora.kernel.paging.PageRequest;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@ApplicationScoped
@Path("fraud/reviews")
@AllowedRoles(Roles.ADMIN)
@Tag(name = "Fraud review")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class FraudReviewResource {

    @EJB
    FraudQueries fraud;

    @EJB
    FraudCommands reviews;

    @Inject
    CurrentCaller caller;

    @GET
    @Operation(summary = "Fraud assessments by status, oldest first; by default the orders waiting for review")
    @APIResponse(responseCode = "200", description = "a page of assessments (items are FraudAssessment)",
            content = @Content(schema = @Schema(ref = "Page")))
    public Page<AssessmentView> queue(@QueryParam("status") String status, @QueryParam("page") Integer page,
            @QueryParam("size") Integer size) {
        return fraud.reviewQueue(caller.get(), status, PageRequest.of(page, size));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One fraud assessment with its score, reasons and review")
    @APIResponse(responseCode = "200", description = "the assessment",
            content = @Content(schema = @Schema(ref = "FraudAssessment")))
    public AssessmentView assessment(@PathParam("id") long id) {
        return fraud.assessment(caller.get(), id);
    }

    @POST
    @Path("{id}/decision")
    @Operation(summary = "Approve or reject an order waiting for review",
            description = "Records who decided and when; the order is charged (approved) or cancelled (rejected).")
    @APIResponse(responseCode = "200", description = "the decided assessment",
            content = @Content(schema = @Schema(ref = "FraudAssessment")))
    @APIResponse(responseCode = "409", description = "the assessment is not waiting for review (decided already)",
            content = @Content(schema = @Schema(ref = "Problem")))
    public AssessmentView decide(@PathParam("id") long id,
            @RequestBody(required = true,
                    content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ReviewDecision")))
            @Valid @NotNull ReviewDecision decision) {
        return reviews.decide(caller.get(), id, decision.approve(), decision.note());
    }
}
