package com.agora.api.catalog;

import com.agora.api.Roles;
import com.agora.api.security.AllowedRoles;
import com.agora.api.security.CurrentCaller;
import com.agora.product.boundary.ProductCommands;
import com.agora.product.boundary.ProductQueries;
import com.agora.product.boundary.ProductRequests.NewCategory;
import com.agora.product.boundary.ProductViews.CategoryView;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@ApplicationScoped
@Path("categories")
@AllowedRoles({Roles.ADMIN, Roles.MERCHANT, Roles.INTEGRATOR, Roles.CUSTOMER})
@Tag(name = "Catalog")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CategoryResource {

    @EJB
    ProductQueries products;

    @EJB
    ProductCommands catalogue;

    @Inject
    CurrentCaller caller;

    @GET
    @Operation(summary = "All categories; parentId links them into a tree")
    public List<CategoryView> list() {
        return products.listCategories();
    }

    @POST
    @AllowedRoles(Roles.ADMIN)
    @Operation(summary = "Create a category, optionally under a parent")
    @APIResponse(responseCode = "201", description = "The category as created")
    public Response create(
            @RequestBody(required = true,
                    content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "NewCategory")))
            @Valid @NotNull NewCategory request) {
        return Response.status(Response.Status.CREATED).entity(catalogue.createCategory(caller.get(), request)).build();
    }
}
