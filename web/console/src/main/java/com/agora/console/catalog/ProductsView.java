package com.agora.console.catalog;

import com.agora.console.faces.BoundaryDataModel;
import com.agora.console.faces.Feedback;
import com.agora.console.security.SignedInUser;
import com.agora.merchant.boundary.MerchantFacts;
import com.agora.merchant.boundary.MerchantFacts.MerchantView;
import com.agora.product.boundary.ProductCommands;
import com.agora.product.boundary.ProductQueries;
import com.agora.product.boundary.ProductRequests.ProductFilter;
import com.agora.product.boundary.ProductViews.CategoryView;
import com.agora.product.boundary.ProductViews.ProductView;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.primefaces.PrimeFaces;

/**
 * The catalog page: the caller's products (all of them for an admin), filtered and sorted by the Product agent,
 * and the dialog that creates and edits them.
 */
@Named
@ViewScoped
public class ProductsView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Where the Product agent's field errors belong in the dialog. */
    private static final Map<String, String> FORM_FIELDS = Map.of(
            "merchantId", "productForm:merchant",
            "categoryId", "productForm:category",
            "sku", "productForm:sku",
            "variants", "productForm:sku",
            "name", "productForm:name",
            "description", "productForm:description",
            "price", "productForm:price",
            "status", "productForm:status");

    public record CategoryOption(long id, String label) implements Serializable {
    }

    @Inject
    ProductQueries catalog;

    @Inject
    ProductCommands catalogue;

    @Inject
    SignedInUser signedIn;

    @Inject
    MerchantFacts merchantDirectory;

    private String text;
    private String status;
    private Long categoryId;
    private List<CategoryOption> categories;
    private List<MerchantView> merchants;
    private ProductForm form = ProductForm.blank(null);

    private final BoundaryDataModel<ProductView> products = new BoundaryDataModel<>((page, sort) ->
            catalog.listProducts(signedIn.caller(), new ProductFilter(null, categoryId, status, text, sort), page),
            ProductView::id);

    @PostConstruct
    void loadChoices() {
        merchants = signedIn.isAdmin() ? merchantDirectory.listMerchants() : List.of();
        Map<Long, CategoryView> byId = catalog.listCategories().stream()
                .collect(Collectors.toMap(CategoryView::id, Function.identity()));
        categories = byId.values().stream()
                .map(c -> new CategoryOption(c.id(), path(c, byId)))
                .sorted(Comparator.comparing(CategoryOption::label, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    private static String path(CategoryView category, Map<Long, CategoryView> byId) {
        CategoryView parent = category.parentId() == null ? null : byId.get(category.parentId());
        return parent == null || parent.id() == category.id() ? category.name()
                : path(parent, byId) + " › " + category.name();
    }

    public void filtersChanged() {
        BoundaryDataModel.backToFirstPage("products:table");
    }

    public void startCreating() {
        form = ProductForm.blank(signedIn.caller().merchantId());
    }

    public void startEditing(ProductView product) {
        try {
            form = ProductForm.of(catalog.findProduct(signedIn.caller(), product.id()));
            PrimeFaces.current().executeScript("PF('productDialog').show()");
        } catch (RuntimeException e) {
            Feedback.failed(e);
        }
    }

    public void save() {
        try {
            ProductView saved = form.isNew()
                    ? catalogue.createProduct(signedIn.caller(), form.newProduct())
                    : catalogue.updateProduct(signedIn.caller(), form.getId(), form.changes());
            Feedback.done((form.isNew() ? "Created " : "Saved ") + saved.name() + " (" + saved.sku() + ")");
        } catch (RuntimeException e) {
            Feedback.failed(e, FORM_FIELDS);
        }
    }

    public void archive(ProductView product) {
        try {
            ProductView archived = catalogue.archiveProduct(signedIn.caller(), product.id());
            Feedback.done("Archived " + archived.name() + " (" + archived.sku() + ")");
        } catch (RuntimeException e) {
            Feedback.failed(e);
        }
    }

    public String categoryLabel(Long id) {
        if (id == null) {
            return "–";
        }
        return categories.stream().filter(c -> c.id() == id).map(CategoryOption::label).findFirst()
                .orElse("#" + id);
    }

    /** Statuses a product may be given; out of stock only applies to one that was already for sale. */
    public List<String> getFormStatuses() {
        return form.isNew() ? List.of("draft", "active", "inactive")
                : List.of("draft", "active", "inactive", "out_of_stock");
    }

    public List<String> getFilterStatuses() {
        return List.of("draft", "active", "inactive", "out_of_stock", "archived");
    }

    public BoundaryDataModel<ProductView> getProducts() {
        return products;
    }

    public String merchantName(long id) {
        return merchants.stream().filter(m -> m.id() == id).map(MerchantView::businessName).findFirst()
                .orElse("#" + id);
    }

    public List<MerchantView> getMerchants() {
        return merchants;
    }

    public List<CategoryOption> getCategories() {
        return categories;
    }

    public ProductForm getForm() {
        return form;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public Long getCategoryId() {
        return categoryId;
    }

    public void setCategoryId(Long categoryId) {
        this.categoryId = categoryId;
    }
}
