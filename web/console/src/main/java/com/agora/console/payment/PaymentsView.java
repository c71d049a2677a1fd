package com.agora.console.payment;

import com.agora.console.faces.BoundaryDataModel;
import com.agora.console.faces.Names;
import com.agora.console.faces.StatusTags;
import com.agora.payment.entity.TransactionStatus;
import com.agora.payment.entity.TransactionType;
import com.agora.console.security.SignedInUser;
import com.agora.kernel.paging.Page;
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

    @Inject
    Names names;

    private final BoundaryDataModel<TransactionView> transactions = new BoundaryDataModel<>((page, sort) -> {
        Page<TransactionView> found = payments.listTransactions(signedIn.caller(),
                new TransactionFilter(null, type, status), page);
        names.learnMerchants(found.items().stream().map(TransactionView::merchantId).toList());
        return found;
    }, TransactionView::id);

    public void filterChanged() {
        BoundaryDataModel.backToFirstPage("payments:table");
    }

    public List<String> getTypes() {
        return StatusTags.codesOf(TransactionType.class);
    }

    public List<String> getStatuses() {
        return StatusTags.codesOf(TransactionStatus.class);
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
