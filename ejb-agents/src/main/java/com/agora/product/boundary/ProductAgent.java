package com.agora.product.boundary;

import com.agora.kernel.agent.Agent;
import com.agora.kernel.agent.BusinessAgent;
import com.agora.kernel.error.Codes;
import com.agora.kernel.error.DomainProblem;
import com.agora.kernel.paging.Page;
import com.agora.kernel.paging.PageRequest;
import com.agora.kernel.security.Caller;
import com.agora.product.boundary.ProductCommands.NewCategory;
import com.agora.product.boundary.ProductCommands.NewProduct;
import com.agora.product.boundary.ProductCommands.NewVariant;
import com.agora.product.boundary.ProductCommands.ProductChanges;
import com.agora.product.boundary.ProductCommands.ProductFilter;
import com.agora.product.boundary.ProductViews.CategoryView;
import com.agora.product.boundary.ProductViews.ProductView;
import com.agora.product.control.CategoryTree;
import com.agora.product.control.ProductSort;
import com.agora.product.control.Slugs;
import com.agora.product.entity.Category;
import com.agora.product.entity.Product;
import com.agora.product.entity.ProductStatus;
import com.agora.product.entity.ProductVariant;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The Product agent: the catalog of categories, products and their variants. */
@Stateless
@BusinessAgent(Agent.PRODUCT)
public class ProductAgent {

    @PersistenceContext(unitName = "agora")
    EntityManager em;

    public Page<ProductView> listProducts(Caller caller, ProductFilter filter, PageRequest page) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Product> query = cb.createQuery(Product.class);
        Root<Product> product = query.from(Product.class);
        query.where(conditions(cb, product, caller, filter));
        ProductSort sort = ProductSort.parse(filter.sort());
        query.orderBy(sort.descending() ? cb.desc(product.get(sort.attribute())) : cb.asc(product.get(sort.attribute())),
                cb.asc(product.get("id")));
        List<Product> found = em.createQuery(query).setFirstResult(page.offset()).setMaxResults(page.size())
                .getResultList();

        CriteriaQuery<Long> count = cb.createQuery(Long.class);
        Root<Product> counted = count.from(Product.class);
        count.select(cb.count(counted)).where(conditions(cb, counted, caller, filter));
        return new Page<>(found.stream().map(ProductViews::of).toList(), page, em.createQuery(count).getSingleResult());
    }

    private Predicate[] conditions(CriteriaBuilder cb, Root<Product> product, Caller caller, ProductFilter filter) {
        List<Predicate> where = new ArrayList<>();
        if (!caller.seesAllMerchants() && caller.isMerchant()) {
            where.add(cb.equal(product.get("merchantId"), caller.ownMerchantId()));
        } else if (filter.merchantId() != null) {
            where.add(cb.equal(product.get("merchantId"), filter.merchantId()));
        }
        if (caller.isCustomer()) {
            where.add(cb.equal(product.get("status"), ProductStatus.ACTIVE));
        } else if (filter.status() != null && !filter.status().isBlank()) {
            where.add(cb.equal(product.get("status"), Codes.parse(ProductStatus.class, "status", filter.status())));
        }
        if (filter.categoryId() != null) {
            where.add(product.get("categoryId").in(categoryTree().withDescendants(filter.categoryId())));
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            String pattern = "%" + filter.text().trim().toLowerCase(Locale.ROOT).replace("%", "\\%") + "%";
            where.add(cb.or(cb.like(cb.lower(product.get("name")), pattern),
                    cb.like(cb.lower(product.get("sku")), pattern)));
        }
        return where.toArray(Predicate[]::new);
    }

    public ProductView findProduct(Caller caller, long id) {
        return ProductViews.of(visibleProduct(caller, id));
    }

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
        product.setStatus(request.status() == null ? ProductStatus.DRAFT : Codes.parse(ProductStatus.class, "status", request.status()));
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
        em.persist(product);
        em.flush();
        em.refresh(product);
        return ProductViews.of(product);
    }

    public ProductView updateProduct(Caller caller, long id, ProductChanges changes) {
        Product product = visibleProduct(caller, id);
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
        product.setStatus(Codes.parse(ProductStatus.class, "status", changes.status()));
        em.flush();
        em.refresh(product);
        return ProductViews.of(product);
    }

    /** Archiving keeps the product for the order history; it only leaves the sellable catalog. */
    public ProductView archiveProduct(Caller caller, long id) {
        Product product = visibleProduct(caller, id);
        requireWritable(caller, product);
        product.setStatus(ProductStatus.ARCHIVED);
        em.flush();
        em.refresh(product);
        return ProductViews.of(product);
    }

    public List<CategoryView> listCategories() {
        return em.createQuery("select c from Category c order by c.sortOrder, c.name", Category.class)
                .getResultList().stream().map(ProductViews::of).toList();
    }

    public CategoryView createCategory(Caller caller, NewCategory request) {
        if (!caller.isAdmin()) {
            throw DomainProblem.forbidden("only admins manage categories");
        }
        if (request.parentId() != null) {
            existingCategory(request.parentId());
        }
        String slug = Slugs.of(request.name());
        if (!em.createQuery("select c.id from Category c where c.slug = :slug").setParameter("slug", slug)
                .getResultList().isEmpty()) {
            throw new DomainProblem(DomainProblem.Kind.CONFLICT, "a category named like '" + request.name()
                    + "' exists already", List.of(new DomainProblem.FieldError("name", "is already taken")));
        }
        Category category = new Category();
        category.setParentId(request.parentId());
        category.setName(request.name());
        category.setSlug(slug);
        category.setDescription(request.description());
        category.setActive(true);
        em.persist(category);
        em.flush();
        return ProductViews.of(category);
    }

    /** A product the caller may see; other merchants' products are reported as absent, not as forbidden. */
    private Product visibleProduct(Caller caller, long id) {
        Product product = em.find(Product.class, id);
        if (product == null || (caller.isMerchant() && !caller.mayActFor(product.getMerchantId()))
                || (caller.isCustomer() && product.getStatus() != ProductStatus.ACTIVE)) {
            throw DomainProblem.notFound("product", id);
        }
        return product;
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
        if (em.createNativeQuery("select 1 from merchants where id = ?1").setParameter(1, requested)
                .getResultList().isEmpty()) {
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
        if (!em.createQuery("select p.id from Product p where p.sku = :sku").setParameter("sku", productSku)
                .getResultList().isEmpty()) {
            taken.add(new DomainProblem.FieldError("sku", "SKU " + productSku + " is already used"));
        }
        em.createQuery("select v.sku from ProductVariant v where v.sku in :skus", String.class)
                .setParameter("skus", wanted).getResultList()
                .forEach(sku -> taken.add(new DomainProblem.FieldError("variants", "SKU " + sku + " is already used")));
        if (!taken.isEmpty()) {
            throw new DomainProblem(DomainProblem.Kind.CONFLICT, "SKU already in use", taken);
        }
    }

    private Category existingCategory(long id) {
        Category category = em.find(Category.class, id);
        if (category == null) {
            throw DomainProblem.invalid("categoryId", "category " + id + " does not exist");
        }
        return category;
    }

    private CategoryTree categoryTree() {
        return new CategoryTree(em.createQuery("select c from Category c", Category.class).getResultList().stream()
                .map(c -> new CategoryTree.Node(c.getId(), c.getParentId())).toList());
    }
}
