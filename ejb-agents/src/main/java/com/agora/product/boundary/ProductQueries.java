package com.agora.product.boundary;

import com.agora.kernel.error.Codes;
import com.agora.kernel.error.DomainProblem;
import com.agora.kernel.paging.Page;
import com.agora.kernel.paging.PageRequest;
import com.agora.kernel.security.Caller;
import com.agora.product.boundary.ProductRequests.ProductFilter;
import com.agora.product.boundary.ProductViews.CategoryView;
import com.agora.product.boundary.ProductViews.ProductView;
import com.agora.product.control.ProductSort;
import com.agora.product.control.ProductStore;
import com.agora.product.entity.Product;
import com.agora.product.entity.ProductStatus;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;

/** The catalog as people browse it: customers see what is for sale, merchants their own products. */
@Stateless
public class ProductQueries {

    @Inject
    ProductStore store;

    public Page<ProductView> listProducts(Caller caller, ProductFilter filter, PageRequest page) {
        Long merchant = !caller.seesAllMerchants() && caller.isMerchant() ? Long.valueOf(caller.ownMerchantId())
                : filter.merchantId();
        ProductStatus status = caller.isCustomer() ? ProductStatus.ACTIVE
                : filter.status() == null || filter.status().isBlank() ? null
                : Codes.parse(ProductStatus.class, "status", filter.status());
        return store.products(merchant, status,
                        filter.categoryId() == null ? null : store.categoryTree().withDescendants(filter.categoryId()),
                        filter.text() == null || filter.text().isBlank() ? null : filter.text(),
                        ProductSort.parse(filter.sort()), page)
                .map(ProductViews::of);
    }

    public ProductView findProduct(Caller caller, long id) {
        return ProductViews.of(visible(caller, store, id));
    }

    public List<CategoryView> listCategories() {
        return store.categories().stream().map(ProductViews::of).toList();
    }

    /** A product the caller may see; other merchants' products are reported as absent, not as forbidden. */
    static Product visible(Caller caller, ProductStore store, long id) {
        return store.product(id).filter(product -> !(caller.isMerchant() && !caller.mayActFor(product.getMerchantId()))
                        && !(caller.isCustomer() && product.getStatus() != ProductStatus.ACTIVE))
                .orElseThrow(() -> DomainProblem.notFound("product", id));
    }
}
