package com.agora.console.payment;

import com.agora.console.faces.BoundaryDataModel;
import com.agora.console.security.SignedInUser;
import com.agora.payment.boundary.PaymentQueries;
import com.agora.payment.boundary.PaymentViews.TransactionFilter;
import com.agora.payment.boundary.PaymentViews.TransactionView;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** Every payment gateway attempt, newest first: admins see all, merchants their own orders' (the boundary scopes). */
@Named
@ViewScoped
public class PaymentsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PaymentQueries payments;

    @Inject
    SignedInUser signedIn;

    private String type;
    private String status;

    private final BoundaryDataModel<TransactionView> transactions = new BoundaryDataModel<>((page, sort) ->
            payments.listTransactions(signedIn.caller(), new TransactionFilter(null, type, status), page),
            TransactionView::id);

    public void filterChanged() {
        BoundaryDataModel.backToFirstPage("payments:table");
    }

    public List<String> getTypes() {
        return List.of("authorization", "capture", "void", "refund");
    }

    public List<String> getStatuses() {
        return List.of("success", "failed");
    }

    public BoundaryDataModel<TransactionView> getTransactions() {
        return transactions;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }
}
