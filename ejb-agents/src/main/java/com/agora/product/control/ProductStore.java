package com.agora.product.control;

import com.agora.kernel.paging.Page;
import com.agora.kernel.paging.PageRequest;
import com.agora.product.entity.Category;
import com.agora.product.entity.Product;
import com.agora.product.entity.ProductStatus;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The Product agent's tables: categories, products and their variants. */
@Dependent
public class ProductStore {

    @PersistenceContext(unitName = "agora")
    EntityManager em;

    /**
     * Products in the given order; every filter is optional (null).
     *
     * @param categoryIds only products in one of these categories
     * @param text a part of the name or SKU, in any case
     */
    public Page<Product> products(Long merchantId, ProductStatus status, Collection<Long> categoryIds, String text,
            ProductSort sort, PageRequest page) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Product> query = cb.createQuery(Product.class);
        Root<Product> product = query.from(Product.class);
        query.where(conditions(cb, product, merchantId, status, categoryIds, text));
        query.orderBy(sort.descending() ? cb.desc(product.get(sort.attribute())) : cb.asc(product.get(sort.attribute())),
                cb.asc(product.get("id")));
        List<Product> found = em.createQuery(query).setFirstResult(page.offset()).setMaxResults(page.size())
                .getResultList();

        CriteriaQuery<Long> count = cb.createQuery(Long.class);
        Root<Product> counted = count.from(Product.class);
        count.select(cb.count(counted)).where(conditions(cb, counted, merchantId, status, categoryIds, text));
        return new Page<>(found, page, em.createQuery(count).getSingleResult());
    }

    private static Predicate[] conditions(CriteriaBuilder cb, Root<Product> product, Long merchantId,
            ProductStatus status, Collection<Long> categoryIds, String text) {
        List<Predicate> where = new ArrayList<>();
        if (merchantId != null) {
            where.add(cb.equal(product.get("merchantId"), merchantId));
        }
        if (status != null) {
            where.add(cb.equal(product.get("status"), status));
        }
        if (categoryIds != null) {
            where.add(product.get("categoryId").in(categoryIds));
        }
        if (text != null) {
            String pattern = "%" + text.trim().toLowerCase(Locale.ROOT).replace("%", "\\%") + "%";
            where.add(cb.or(cb.like(cb.lower(product.get("name")), pattern),
                    cb.like(cb.lower(product.get("sku")), pattern)));
        }
        return where.toArray(Predicate[]::new);
    }

    public Optional<Product> product(long id) {
        return Optional.ofNullable(em.find(Product.class, id));
    }

    /** Stores a new product with its variants and reads back what the database filled in. */
    public void add(Product product) {
        em.persist(product);
        saved(product);
    }

    /** Writes the product's changes and reads back what the database filled in. */
    public void saved(Product product) {
        em.flush();
        em.refresh(product);
    }

    public boolean skuTaken(String sku) {
        return !em.createQuery("select p.id from Product p where p.sku = :sku").setParameter("sku", sku)
                .getResultList().isEmpty();
    }

    /** Which of the given SKUs variants already use. */
    public List<String> variantSkusTaken(List<String> skus) {
        return em.createQuery("select v.sku from ProductVariant v where v.sku in :skus", String.class)
                .setParameter("skus", skus).getResultList();
    }

    public boolean merchantExists(long merchantId) {
        return !em.createNativeQuery("select 1 from merchants where id = ?1").setParameter(1, merchantId)
                .getResultList().isEmpty();
    }

    public List<Category> categories() {
        return em.createQuery("select c from Category c order by c.sortOrder, c.name", Category.class)
                .getResultList();
    }

    public Optional<Category> category(long id) {
        return Optional.ofNullable(em.find(Category.class, id));
    }

    public boolean categorySlugTaken(String slug) {
        return !em.createQuery("select c.id from Category c where c.slug = :slug").setParameter("slug", slug)
                .getResultList().isEmpty();
    }

    /** Stores a new category and gives it its id. */
    public void add(Category category) {
        em.persist(category);
        em.flush();
    }

    public CategoryTree categoryTree() {
        return new CategoryTree(em.createQuery("select c from Category c", Category.class).getResultList().stream()
                .map(c -> new CategoryTree.Node(c.getId(), c.getParentId())).toList());
    }
}
