package com.agora.console.fraud;

import com.agora.console.faces.BoundaryDataModel;
import com.agora.console.faces.Feedback;
import com.agora.console.security.SignedInUser;
import com.agora.fraud.boundary.FraudCommands;
import com.agora.fraud.boundary.FraudQueries;
import com.agora.fraud.boundary.FraudViews.AssessmentView;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The manual review queue: orders Fraud Detection found of medium risk, with the reasons, for an admin to
 * approve or reject with a note. web.xml keeps the page to admins.
 */
@Named
@ViewScoped
public class FraudReviewView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    FraudQueries fraud;

    @Inject
    FraudCommands reviews;

    @Inject
    SignedInUser signedIn;

    private String status = "review";

    /** The note typed next to each assessment, by its id, until the admin decides. */
    private final Map<Long, String> notes = new HashMap<>();

    private final BoundaryDataModel<AssessmentView> assessments = new BoundaryDataModel<>((page, sort) ->
            fraud.reviewQueue(signedIn.caller(), status, page), AssessmentView::id);

    public void statusChanged() {
        BoundaryDataModel.backToFirstPage("reviews:table");
    }

    public void approve(AssessmentView assessment) {
        decide(assessment, true);
    }

    public void reject(AssessmentView assessment) {
        decide(assessment, false);
    }

    private void decide(AssessmentView assessment, boolean approve) {
        try {
            AssessmentView decided = reviews.decide(signedIn.caller(), assessment.id(), approve,
                    notes.remove(assessment.id()));
            Feedback.done("Order " + decided.orderNumber() + (approve ? " approved: it will be charged"
                    : " rejected: it will be cancelled"));
        } catch (RuntimeException e) {
            Feedback.failed(e);
        }
    }

    public List<String> getStatuses() {
        return List.of("review", "approved", "rejected", "cleared");
    }

    public Map<Long, String> getNotes() {
        return notes;
    }

    public BoundaryDataModel<AssessmentView> getAssessments() {
        return assessments;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }
}
