package com.agora.api.document;

import com.agora.api.Roles;
import com.agora.api.security.AllowedRoles;
import com.agora.api.security.CurrentCaller;
import com.agora.documentgeneration.boundary.DocumentQueries;
import com.agora.documentgeneration.boundary.DocumentViews.DocumentFile;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@ApplicationScoped
@Path("documents")
@AllowedRoles({Roles.ADMIN, Roles.MERCHANT, Roles.CUSTOMER})
@Tag(name = "Documents")
public class DocumentResource {

    @EJB
    DocumentQueries documents;

    @Inject
    CurrentCaller caller;

    @GET
    @Path("{id}")
    @Produces({"application/pdf", MediaType.APPLICATION_JSON})
    @Operation(summary = "Download an invoice, packing slip or shipping label as PDF",
            description = "Admins, and the merchant and the customer of the order the document belongs to.")
    @APIResponse(responseCode = "200", description = "the PDF, named in Content-Disposition",
            content = @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "404", description = "no such document, or not yours",
            content = @Content(schema = @Schema(ref = "Problem")))
    public Response download(@PathParam("id") long id) {
        DocumentFile file = documents.download(caller.get(), id);
        return Response.ok(file.content(), file.contentType())
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + file.fileName() + "\"")
                .build();
    }
}
