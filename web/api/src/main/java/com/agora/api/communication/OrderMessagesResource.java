package com.agora.api.communication;

import com.agora.api.Roles;
import com.agora.api.security.AllowedRoles;
import com.agora.api.security.CurrentCaller;
import com.agora.customercommunication.boundary.CommunicationCommands;
import com.agora.customercommunication.boundary.CommunicationQueries;
import com.agora.customercommunication.boundary.CommunicationViews.MessageView;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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

@ApplicationScoped
@Path("orders/{orderId}/messages")
@AllowedRoles({Roles.ADMIN, Roles.MERCHANT, Roles.CUSTOMER})
@Tag(name = "Customer messages")
@Produces(MediaType.APPLICATION_JSON)
public class OrderMessagesResource {

    @EJB
    CommunicationQueries communication;

    @EJB
    CommunicationCommands commands;

    @Inject
    CurrentCaller caller;

    @GET
    @Operation(summary = "The e-mails sent to the customer about an order, oldest first, with their outcome",
            description = "Admins, and the merchant and the customer of the order.")
    @APIResponse(responseCode = "200", description = "the order's messages",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, ref = "CustomerMessage")))
    @APIResponse(responseCode = "404", description = "no such order, or not yours",
            content = @Content(schema = @Schema(ref = "Problem")))
    public List<MessageView> list(@PathParam("orderId") long orderId) {
        return communication.messagesOf(caller.get(), orderId);
    }

    @POST
    @Path("{messageId}/resend")
    @AllowedRoles({Roles.ADMIN, Roles.MERCHANT})
    @Operation(summary = "Send an e-mail of the order to the customer again",
            description = "Admins and the order's merchant. The message goes out as it was written, to the customer's"
                    + " address of now, and counts as one more attempt; the answer is the message with its new status"
                    + " (failed, with the error, when the mail server did not take it).")
    @APIResponse(responseCode = "200", description = "the message after this attempt",
            content = @Content(schema = @Schema(ref = "CustomerMessage")))
    @APIResponse(responseCode = "404", description = "no such order or message, or not yours",
            content = @Content(schema = @Schema(ref = "Problem")))
    public MessageView resend(@PathParam("orderId") long orderId, @PathParam("messageId") long messageId) {
        return commands.resend(caller.get(), orderId, messageId);
    }
}
