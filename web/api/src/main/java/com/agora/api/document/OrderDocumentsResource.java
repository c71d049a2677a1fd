package com.agora.api.document;

import com.agora.api.Roles;
import com.agora.api.security.AllowedRoles;
import com.agora.api.security.CurrentCaller;
import com.agora.documentgeneration.boundary.DocumentQueries;
import com.agora.documentgeneration.boundary.DocumentViews.DocumentSummary;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The documents of one order; a resource of its own so the order resource stays about orders. */
@ApplicationScoped
@Path("orders/{orderId}/documents")
@AllowedRoles({Roles.ADMIN, Roles.MERCHANT, Roles.CUSTOMER})
@Tag(name = "Documents")
@Produces(MediaType.APPLICATION_JSON)
public class OrderDocumentsResource {

    @EJB
    DocumentQueries documents;

    @Inject
    CurrentCaller caller;

    @GET
    @Operation(summary = "The invoice, packing slips and shipping labels of an order, oldest first",
            description = "Admins, and the merchant and the customer of the order.")
    @APIResponse(responseCode = "200", description = "the order's documents, without their content",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, ref = "Document")))
    @APIResponse(responseCode = "404", description = "no such order, or not yours",
            content = @Content(schema = @Schema(ref = "Problem")))
    public List<DocumentSummary> list(@PathParam("orderId") long orderId) {
        return documents.documentsOf(caller.get(), orderId);
    }
}
