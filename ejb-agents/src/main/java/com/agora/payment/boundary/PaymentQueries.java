package com.agora.payment.boundary;

import com.agora.customer.boundary.CustomerFacts;
import com.agora.kernel.error.Codes;
import com.agora.kernel.error.DomainProblem;
import com.agora.kernel.paging.Page;
import com.agora.kernel.paging.PageRequest;
import com.agora.kernel.security.Caller;
import com.agora.payment.boundary.PaymentViews.OrderPayments;
import com.agora.payment.boundary.PaymentViews.TransactionFilter;
import com.agora.payment.boundary.PaymentViews.TransactionView;
import com.agora.payment.control.PaymentLedger;
import com.agora.payment.control.PaymentStore;
import com.agora.payment.entity.PaymentTransaction;
import com.agora.payment.entity.TransactionStatus;
import com.agora.payment.entity.TransactionType;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;

/** Orders' money trails and the list of gateway attempts, for the API and the consoles. */
@Stateless
public class PaymentQueries {

    @Inject
    PaymentStore store;

    @EJB
    CustomerFacts customers;

    /** An order's money trail; merchants and customers see only their own orders' payments. */
    public OrderPayments paymentsOf(Caller caller, long orderId) {
        List<PaymentTransaction> rows = visible(caller, orderId, store.transactionsOf(orderId));
        PaymentLedger ledger = PaymentLedger.of(rows);
        return new OrderPayments(orderId, ledger.authorized(), ledger.captured(), ledger.refunded(),
                ledger.refundable(), rows.stream().map(PaymentViews::view).toList());
    }

    /** Every gateway attempt, newest first; merchants see only their own orders'. */
    public Page<TransactionView> listTransactions(Caller caller, TransactionFilter filter, PageRequest page) {
        if (!caller.isAdmin() && !caller.isMerchant()) {
            throw DomainProblem.forbidden("only merchants and admins list payments");
        }
        Long merchant = caller.isMerchant() ? Long.valueOf(caller.ownMerchantId()) : filter.merchantId();
        TransactionType type = filter.type() == null || filter.type().isBlank() ? null
                : Codes.parse(TransactionType.class, "type", filter.type());
        TransactionStatus status = filter.status() == null || filter.status().isBlank() ? null
                : Codes.parse(TransactionStatus.class, "status", filter.status());
        return store.transactions(merchant, type, status, filter.search(), customers.customersMatching(filter.search()),
                page).map(PaymentViews::view);
    }

    /** Orders of other merchants or customers, and orders without payments, are reported as absent. */
    static List<PaymentTransaction> visible(Caller caller, long orderId, List<PaymentTransaction> rows) {
        boolean visible = !rows.isEmpty()
                && rows.stream().allMatch(t -> caller.mayRead(t.getMerchantId(), t.getCustomerId()));
        if (!visible) {
            throw DomainProblem.notFound("payments of order", orderId);
        }
        return rows;
    }
}
