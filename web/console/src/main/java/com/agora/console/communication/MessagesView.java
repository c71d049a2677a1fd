package com.agora.console.communication;

import com.agora.customercommunication.boundary.CommunicationQueries;
import com.agora.customercommunication.boundary.CommunicationViews.MessageView;
import com.agora.customercommunication.entity.MessageStatus;
import com.agora.console.faces.BoundaryDataModel;
import com.agora.console.faces.Names;
import com.agora.console.faces.StatusTags;
import com.agora.kernel.paging.Page;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.stream.Stream;

/**
 * The log of every e-mail sent to customers, newest first, so an operator sees what customers were told and which
 * messages the SMTP server did not take; web.xml keeps the page to admins.
 */
@Named
@ViewScoped
public class MessagesView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CommunicationQueries communication;

    @Inject
    Names names;

    private String status = "";

    private final BoundaryDataModel<MessageView> messages = new BoundaryDataModel<>((page, sort) ->
            learnOrders(communication.messageLog(status, page)), MessageView::id);

    private Page<MessageView> learnOrders(Page<MessageView> found) {
        names.learnOrders(found.items().stream().map(MessageView::orderId).toList());
        return found;
    }

    public void statusChanged() {
        BoundaryDataModel.backToFirstPage("messages:table");
    }

    public List<String> getStatuses() {
        // The empty code stands for "all".
        return Stream.concat(Stream.of(""), StatusTags.codesOf(MessageStatus.class).stream()).toList();
    }

    public BoundaryDataModel<MessageView> getMessages() {
        return messages;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }
}
