package com.agora.console.sales;

import com.agora.console.faces.BoundaryDataModel;
import com.agora.console.faces.Feedback;
import com.agora.console.faces.ListFilter;
import com.agora.console.faces.Names;
import com.agora.console.faces.ShopSettings;
import com.agora.console.faces.StatusTags;
import com.agora.console.security.SignedInUser;
import com.agora.kernel.error.DomainProblem;
import com.agora.kernel.paging.Page;
import com.agora.returns.boundary.ReturnViews.Inspection;
import com.agora.returns.boundary.ReturnViews.ReturnFilter;
import com.agora.returns.boundary.ReturnViews.ReturnView;
import com.agora.returns.boundary.ReturnsHandlingCommands;
import com.agora.returns.boundary.ReturnsQueries;
import com.agora.returns.entity.ReturnStatus;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The returns page: admins see every return, a merchant those of its own orders, narrowed by status, number,
 * customer and the days they were requested, and exported as the filters show them. Requests waiting for a decision
 * are approved or rejected here with a note; arrived parcels are marked received and inspected.
 */
@Named
@ViewScoped
public class ReturnsView implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final List<String> STATUSES = StatusTags.codesOf(ReturnStatus.class);

    /** The steps that take a note, as the dialog offers them. */
    public enum Step {
        APPROVE("Approve return", "approved"),
        REJECT("Reject return", "rejected"),
        PASS("Inspection passed", "inspected: passed, units restocked"),
        FAIL("Inspection failed", "inspected: failed, not restocked");

        private final String title;
        private final String outcome;

        Step(String title, String outcome) {
            this.title = title;
            this.outcome = outcome;
        }

        public String getTitle() {
            return title;
        }
    }

    @Inject
    ReturnsQueries returns;

    @Inject
    ReturnsHandlingCommands handling;

    @Inject
    SignedInUser signedIn;

    private String status;
    private final ListFilter filter = new ListFilter("returns:table");
    private long selectedId;
    private String selectedNumber;
    private Step step;
    private String note;

    /** The requests ticked for approval together; rows are read again on every request, so not kept in a session. */
    private transient List<ReturnView> selected;

    @Inject
    Names names;

    @Inject
    ShopSettings shop;

    private final BoundaryDataModel<ReturnView> model = new BoundaryDataModel<>((page, sort) -> {
        Page<ReturnView> found = returns.listReturns(signedIn.caller(), new ReturnFilter(status, null,
                filter.search(shop.zone())), page);
        names.learnOrders(found.items().stream().map(ReturnView::orderId).toList());
        names.learnOrderLines(found.items().stream().map(ReturnView::orderLineId).toList());
        names.learnMerchants(found.items().stream().map(ReturnView::merchantId).toList());
        return found;
    }, ReturnView::id);

    public void start(ReturnView rma, Step next) {
        selectedId = rma.id();
        selectedNumber = rma.returnNumber();
        step = next;
        note = null;
    }

    public void confirm() {
        try {
            ReturnView done = switch (step) {
                case APPROVE -> handling.approveReturn(signedIn.caller(), selectedId, note);
                case REJECT -> handling.rejectReturn(signedIn.caller(), selectedId, note);
                case PASS -> handling.inspectReturn(signedIn.caller(), selectedId, new Inspection(true, note));
                case FAIL -> handling.inspectReturn(signedIn.caller(), selectedId, new Inspection(false, note));
            };
            Feedback.done("Return " + done.returnNumber() + " " + step.outcome);
        } catch (RuntimeException e) {
            Feedback.failed(e, Map.of("note", "decisionForm:note"));
        }
    }

    /** Approves every ticked request; one that can no longer be approved is named, and the others still go. */
    public void approveSelected() {
        List<String> refused = new ArrayList<>();
        int approved = 0;
        for (ReturnView rma : getSelected()) {
            try {
                handling.approveReturn(signedIn.caller(), rma.id(), null);
                approved++;
            } catch (RuntimeException e) {
                Optional<DomainProblem> refusal = Feedback.refusalIn(e);
                if (refusal.isEmpty()) {
                    Feedback.failed(e);
                    return;
                }
                refused.add(rma.returnNumber() + ": " + refusal.get().getMessage());
            }
        }
        selected = List.of();
        Feedback.done(approved + (approved == 1 ? " return approved" : " returns approved"));
        if (!refused.isEmpty()) {
            FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN,
                    refused.size() + " not approved", String.join("; ", refused)));
        }
    }

    public void received(ReturnView rma) {
        try {
            Feedback.done("Return " + handling.receiveReturn(signedIn.caller(), rma.id()).returnNumber()
                    + " received at the warehouse");
        } catch (RuntimeException e) {
            Feedback.failed(e);
        }
    }

    public void retryRefund(ReturnView rma) {
        try {
            Feedback.done("Refund of return " + handling.retryRefund(signedIn.caller(), rma.id()).returnNumber()
                    + " asked for again");
        } catch (RuntimeException e) {
            Feedback.failed(e);
        }
    }

    public BoundaryDataModel<ReturnView> getModel() {
        return model;
    }

    public ListFilter getFilter() {
        return filter;
    }

    public List<String> getStatuses() {
        return STATUSES;
    }

    public Step[] getSteps() {
        return Step.values();
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public String getSelectedNumber() {
        return selectedNumber;
    }

    public List<ReturnView> getSelected() {
        return selected == null ? List.of() : selected;
    }

    public void setSelected(List<ReturnView> selected) {
        this.selected = selected;
    }

    public Step getStep() {
        return step;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
