package com.agora.console.payment;

import com.agora.console.faces.BoundaryDataModel;
import com.agora.console.faces.ListFilter;
import com.agora.console.faces.Names;
import com.agora.console.faces.ShopSettings;
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

/**
 * Every payment gateway attempt, newest first: admins see all, merchants their own orders' (the boundary scopes);
 * narrowed by type, outcome, order, customer and the days they were made, and exported as the filters show them.
 */
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
    private final ListFilter filter = new ListFilter("payments:table");

    @Inject
    Names names;

    @Inject
    ShopSettings shop;

    private final BoundaryDataModel<TransactionView> transactions = new BoundaryDataModel<>((page, sort) -> {
        Page<TransactionView> found = payments.listTransactions(signedIn.caller(),
                new TransactionFilter(null, type, status, filter.search(shop.zone())), page);
        names.learnMerchants(found.items().stream().map(TransactionView::merchantId).toList());
        return found;
    }, TransactionView::id);

    public ListFilter getFilter() {
        return filter;
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
