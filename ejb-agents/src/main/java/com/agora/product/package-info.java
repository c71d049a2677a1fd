/**
 * The Product agent: the catalog of categories, products and their variants.
 *
 * <p>Owns {@code categories}, {@code products} and {@code product_variants}. Listens to nothing and publishes
 * nothing. Asks no agent. Gives the Order agent {@link com.agora.product.boundary.ProductFacts}: prices and
 * shipping weights.
 */
package com.agora.product;
