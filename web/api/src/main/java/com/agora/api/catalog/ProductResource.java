package com.agora.api.catalog;

import com.agora.api.Roles;
import com.agora.api.security.AllowedRoles;
import com.agora.api.security.CurrentCaller;
import com.agora.kernel.paging.Page;
import com.agora.kernel.paging.PageRequest;
import com.agora.product.boundary.ProductCommands;
import com.agora.product.boundary.ProductQueries;
import com.agora.product.boundary.ProductRequests.NewProduct;
import com.agora.product.boundary.ProductRequests.ProductChanges;
import com.agora.product.boundary.ProductRequests.ProductFilter;
import com.agora.product.boundary.ProductViews.ProductView;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@ApplicationScoped
@Path("products")
@AllowedRoles({Roles.ADMIN, Roles.MERCHANT, Roles.INTEGRATOR, Roles.CUSTOMER})
@Tag(name = "Catalog")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ProductResource {

    @EJB
    ProductQueries products;

    @EJB
    ProductCommands catalogue;

    @Inject
    CurrentCaller caller;

    @GET
    @Operation(summary = "List products with filters, sorting and pagination",
            description = "Merchants see only their own products, customers only active ones.")
    public Page<ProductView> list(
            @Parameter(description = "category id; includes its subcategories") @QueryParam("categoryId") Long categoryId,
            @Parameter(description = "draft, active, inactive, out_of_stock or archived") @QueryParam("status") String status,
            @Parameter(description = "text found in the name or the SKU") @QueryParam("q") String text,
            @Parameter(description = "only for admins and integrators") @QueryParam("merchantId") Long merchantId,
            @Parameter(description = "name, sku, price, createdAt or status; '-' in front sorts descending") @QueryParam("sort") String sort,
            @QueryParam("page") Integer page,
            @Parameter(description = "1 to 100, default 20") @QueryParam("size") Integer size) {
        return products.listProducts(caller.get(), new ProductFilter(merchantId, categoryId, status, text, sort),
                PageRequest.of(page, size));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One product with its variants")
    @APIResponse(responseCode = "200", description = "the product",
            content = @Content(schema = @Schema(ref = "Product")))
    @APIResponse(responseCode = "404", description = "no such product, or not yours",
            content = @Content(schema = @Schema(ref = "Problem")))
    public ProductView find(@PathParam("id") long id) {
        return products.findProduct(caller.get(), id);
    }

    @POST
    @AllowedRoles({Roles.ADMIN, Roles.MERCHANT})
    @Operation(summary = "Create a product; without variants it gets one default variant with the product's SKU")
    @APIResponse(responseCode = "201", description = "the product with its variants",
            content = @Content(schema = @Schema(ref = "Product")))
    @APIResponse(responseCode = "409", description = "the SKU is taken",
            content = @Content(schema = @Schema(ref = "Problem")))
    public Response create(
            @RequestBody(required = true,
                    content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "NewProduct")))
            @Valid @NotNull NewProduct request,
            @Context UriInfo uri) {
        ProductView created = catalogue.createProduct(caller.get(), request);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(created).build();
    }

    @PUT
    @Path("{id}")
    @AllowedRoles({Roles.ADMIN, Roles.MERCHANT})
    @Operation(summary = "Change a product's name, description, price, category and status")
    public ProductView update(@PathParam("id") long id,
            @RequestBody(required = true,
                    content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ProductChanges")))
            @Valid @NotNull ProductChanges changes) {
        return catalogue.updateProduct(caller.get(), id, changes);
    }

    @DELETE
    @Path("{id}")
    @AllowedRoles({Roles.ADMIN, Roles.MERCHANT})
    @Operation(summary = "Archive a product: it leaves the catalog but stays in the order history")
    public ProductView archive(@PathParam("id") long id) {
        return catalogue.archiveProduct(caller.get(), id);
    }
}
