package com.agora.product.boundary;

import com.agora.kernel.agent.Agent;
import com.agora.kernel.agent.BusinessAgent;
import com.agora.kernel.error.Codes;
import com.agora.kernel.error.DomainProblem;
import com.agora.kernel.security.Caller;
import com.agora.product.boundary.ProductRequests.NewCategory;
import com.agora.product.boundary.ProductRequests.NewProduct;
import com.agora.product.boundary.ProductRequests.NewVariant;
import com.agora.product.boundary.ProductRequests.ProductChanges;
import com.agora.product.boundary.ProductViews.CategoryView;
import com.agora.product.boundary.ProductViews.ProductView;
import com.agora.product.control.ProductLifecycle;
import com.agora.product.control.ProductStore;
import com.agora.product.control.Slugs;
import com.agora.product.entity.Category;
import com.agora.product.entity.Product;
import com.agora.product.entity.ProductStatus;
import com.agora.product.entity.ProductVariant;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;

/** The Product agent: the catalog of categories, products and their variants, as merchants and admins keep it. */
@Stateless
@BusinessAgent(Agent.PRODUCT)
public class ProductCommands {

    @Inject
    ProductStore store;

    public ProductView createProduct(Caller caller, NewProduct request) {
        long merchantId = owningMerchant(caller, request.merchantId());
        if (request.categoryId() != null) {
            existingCategory(request.categoryId());
        }
        List<NewVariant> variants = request.variants() == null || request.variants().isEmpty()
                ? List.of(new NewVariant(request.sku(), request.name(), null))
                : request.variants();
        requireUnusedSkus(request.sku(), variants);

        Product product = new Product();
        product.setMerchantId(merchantId);
        product.setCategoryId(request.categoryId());
        product.setSku(request.sku());
        product.setName(request.name());
        product.setSlug(Slugs.of(request.name(), request.sku()));
        product.setDescription(request.description());
        product.setPrice(request.price());
        product.setStatus(ProductLifecycle.MACHINE.start(request.status() == null ? ProductStatus.DRAFT
                : Codes.parse(ProductStatus.class, "status", request.status())));
        boolean first = true;
        for (NewVariant draft : variants) {
            ProductVariant variant = new ProductVariant();
            variant.setProduct(product);
            variant.setSku(draft.sku());
            variant.setName(draft.name());
            variant.setPrice(draft.price());
            variant.setDefaultVariant(first);
            product.getVariants().add(variant);
            first = false;
        }
        store.add(product);
        return ProductViews.of(product);
    }

    public ProductView updateProduct(Caller caller, long id, ProductChanges changes) {
        Product product = ProductQueries.visible(caller, store, id);
        requireWritable(caller, product);
        if (product.getStatus() == ProductStatus.ARCHIVED) {
            throw DomainProblem.conflict("product " + id + " is archived and can no longer change");
        }
        if (changes.categoryId() != null) {
            existingCategory(changes.categoryId());
        }
        product.setCategoryId(changes.categoryId());
        product.setName(changes.name());
        product.setDescription(changes.description());
        product.setPrice(changes.price());
        product.setStatus(ProductLifecycle.MACHINE.requireMove(String.valueOf(id), product.getStatus(),
                Codes.parse(ProductStatus.class, "status", changes.status())));
        store.saved(product);
        return ProductViews.of(product);
    }

    /** Archiving keeps the product for the order history; it only leaves the sellable catalog. */
    public ProductView archiveProduct(Caller caller, long id) {
        Product product = ProductQueries.visible(caller, store, id);
        requireWritable(caller, product);
        // Archiving an archived product changes nothing.
        if (product.getStatus() != ProductStatus.ARCHIVED) {
            product.setStatus(ProductLifecycle.MACHINE.requireMove(String.valueOf(id), product.getStatus(),
                    ProductStatus.ARCHIVED));
        }
        store.saved(product);
        return ProductViews.of(product);
    }

    public CategoryView createCategory(Caller caller, NewCategory request) {
        if (!caller.isAdmin()) {
            throw DomainProblem.forbidden("only admins manage categories");
        }
        if (request.parentId() != null) {
            existingCategory(request.parentId());
        }
        String slug = Slugs.of(request.name());
        if (store.categorySlugTaken(slug)) {
            throw new DomainProblem(DomainProblem.Kind.CONFLICT, "a category named like '" + request.name()
                    + "' exists already", List.of(new DomainProblem.FieldError("name", "is already taken")));
        }
        Category category = new Category();
        category.setParentId(request.parentId());
        category.setName(request.name());
        category.setSlug(slug);
        category.setDescription(request.description());
        category.setActive(true);
        store.add(category);
        return ProductViews.of(category);
    }

    private static void requireWritable(Caller caller, Product product) {
        if (!caller.isAdmin() && !(caller.isMerchant() && caller.mayActFor(product.getMerchantId()))) {
            throw DomainProblem.forbidden("only the owning merchant or an admin may change a product");
        }
    }

    private long owningMerchant(Caller caller, Long requested) {
        if (caller.isMerchant()) {
            return caller.ownMerchantId();
        }
        if (!caller.isAdmin()) {
            throw DomainProblem.forbidden("only merchants and admins create products");
        }
        if (requested == null) {
            throw DomainProblem.invalid("merchantId", "is required when an admin creates a product");
        }
        if (!store.merchantExists(requested)) {
            throw DomainProblem.invalid("merchantId", "merchant " + requested + " does not exist");
        }
        return requested;
    }

    private void requireUnusedSkus(String productSku, List<NewVariant> variants) {
        List<String> wanted = variants.stream().map(NewVariant::sku).toList();
        if (wanted.stream().distinct().count() != wanted.size()) {
            throw DomainProblem.invalid("variants", "variant SKUs must be distinct");
        }
        List<DomainProblem.FieldError> taken = new ArrayList<>();
        if (store.skuTaken(productSku)) {
            taken.add(new DomainProblem.FieldError("sku", "SKU " + productSku + " is already used"));
        }
        store.variantSkusTaken(wanted).forEach(
                sku -> taken.add(new DomainProblem.FieldError("variants", "SKU " + sku + " is already used")));
        if (!taken.isEmpty()) {
            throw new DomainProblem(DomainProblem.Kind.CONFLICT, "SKU already in use", taken);
        }
    }

    private Category existingCategory(long id) {
        return store.category(id).orElseThrow(() -> DomainProblem.invalid("categoryId",
                "category " + id + " does not exist"));
    }
}
