package com.agora.console.communication;

import com.agora.communication.boundary.CommunicationQueries;
import com.agora.communication.boundary.CommunicationViews.MessageView;
import com.agora.console.faces.BoundaryDataModel;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

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

    private String status = "";

    private final BoundaryDataModel<MessageView> messages = new BoundaryDataModel<>((page, sort) ->
            communication.messageLog(status, page), MessageView::id);

    public void statusChanged() {
        BoundaryDataModel.backToFirstPage("messages:table");
    }

    public List<String> getStatuses() {
        return List.of("", "sent", "failed");
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
