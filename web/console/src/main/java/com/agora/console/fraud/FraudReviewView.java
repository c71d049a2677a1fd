package com.agora.console.fraud;

import com.agora.console.faces.BoundaryDataModel;
import com.agora.console.faces.Feedback;
import com.agora.console.faces.StatusTags;
import com.agora.console.security.SignedInUser;
import com.agora.frauddetection.boundary.FraudCommands;
import com.agora.frauddetection.boundary.FraudQueries;
import com.agora.frauddetection.boundary.FraudViews.AssessmentView;
import com.agora.frauddetection.entity.AssessmentStatus;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
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
    FraudCommands decisions;

    @Inject
    FraudQueries reviews;

    @Inject
    SignedInUser signedIn;

    private String status = "review";

    /** The assessment the decision dialog is open for, the way it leans, and the admin's note. */
    private long selectedId;
    private String selectedNumber;
    private boolean approving;
    private String note;

    private final BoundaryDataModel<AssessmentView> assessments = new BoundaryDataModel<>((page, sort) ->
            reviews.reviewQueue(signedIn.caller(), status, page), AssessmentView::id);

    public void statusChanged() {
        BoundaryDataModel.backToFirstPage("reviews:table");
    }

    public void start(AssessmentView assessment, boolean approve) {
        selectedId = assessment.id();
        selectedNumber = assessment.orderNumber();
        approving = approve;
        note = null;
    }

    public void confirm() {
        try {
            AssessmentView decided = decisions.decide(signedIn.caller(), selectedId, approving, note);
            Feedback.done("Order " + decided.orderNumber() + (approving ? " approved: it will be charged"
                    : " rejected: it will be cancelled"));
        } catch (RuntimeException e) {
            Feedback.failed(e, Map.of("note", "decisionForm:note"));
        }
    }

    public List<String> getStatuses() {
        return StatusTags.codesOf(AssessmentStatus.class);
    }

    public String getSelectedNumber() {
        return selectedNumber;
    }

    public boolean isApproving() {
        return approving;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
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
