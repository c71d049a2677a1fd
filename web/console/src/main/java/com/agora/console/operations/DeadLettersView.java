package com.agora.console.operations;

import com.agora.console.faces.BoundaryDataModel;
import com.agora.console.faces.Feedback;
import com.agora.console.faces.StatusTags;
import com.agora.console.security.SignedInUser;
import com.agora.kernel.entity.DeadLetter;
import com.agora.kernel.messaging.DeadLetterOffice;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * Messages the agents gave up on, for an operator to send back once the cause is fixed or to discard. Parked ones
 * are shown first because they are the ones waiting for a decision; web.xml keeps the page to admins.
 */
@Named
@ViewScoped
public class DeadLettersView implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final int PREVIEW_LENGTH = 140;

    @Inject
    DeadLetterOffice office;

    @Inject
    SignedInUser signedIn;

    private String status = "parked";

    private final BoundaryDataModel<DeadLetter> letters = new BoundaryDataModel<>((page, sort) ->
            office.list(status, page), DeadLetter::getId);

    public void statusChanged() {
        BoundaryDataModel.backToFirstPage("letters:table");
    }

    public void replay(DeadLetter letter) {
        try {
            DeadLetter replayed = office.replay(letter.getId(), signedIn.getUsername());
            Feedback.done("Dead letter #" + replayed.getId() + " sent back to the " + replayed.getConsumer() + " agent");
        } catch (RuntimeException e) {
            Feedback.failed(e);
        }
    }

    public void discard(DeadLetter letter) {
        try {
            DeadLetter discarded = office.discard(letter.getId(), signedIn.getUsername());
            Feedback.done("Dead letter #" + discarded.getId() + " discarded");
        } catch (RuntimeException e) {
            Feedback.failed(e);
        }
    }

    public String preview(String payload) {
        if (payload == null) {
            return "";
        }
        String oneLine = payload.replaceAll("\\s+", " ").strip();
        return oneLine.length() <= PREVIEW_LENGTH ? oneLine : oneLine.substring(0, PREVIEW_LENGTH) + "…";
    }

    public List<String> getStatuses() {
        return StatusTags.codesOf(DeadLetter.Status.class);
    }

    public BoundaryDataModel<DeadLetter> getLetters() {
        return letters;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }
}
