package com.agora.console.faces;

import com.agora.kernel.error.DomainProblem;
import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * What the person at the console is told after an action. A refusal by the business ({@link DomainProblem}) is
 * shown in its own words, with each field error next to its field; anything else is logged with an incident
 * number and shown as that number only, never as a stack trace.
 */
public final class Feedback {

    private static final Logger LOG = Logger.getLogger(Feedback.class.getName());

    private Feedback() {
    }

    public static void done(String summary) {
        FacesContext.getCurrentInstance().addMessage(null, note(FacesMessage.SEVERITY_INFO, summary));
    }

    /** The action was carried out but did not have the outcome hoped for, such as a mail the server refused. */
    public static void warned(String summary, String detail) {
        FacesContext.getCurrentInstance().addMessage(null,
                new FacesMessage(FacesMessage.SEVERITY_WARN, summary, detail));
    }

    /**
     * Reports a failed action and marks the request as failed, so dialogs stay open for a correction.
     *
     * @param fields client ids of the inputs, by the field names the boundary uses in its field errors
     */
    public static void failed(RuntimeException failure, Map<String, String> fields) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.validationFailed();
        Optional<DomainProblem> problem = refusalIn(failure);
        if (problem.isEmpty()) {
            String incident = UUID.randomUUID().toString().substring(0, 8);
            LOG.log(Level.SEVERE, "Console action failed, incident " + incident, failure);
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, "Something went wrong.",
                    "The platform could not complete this action (incident " + incident + "). Please try again."));
            return;
        }
        DomainProblem refusal = problem.get();
        boolean besideFields = !refusal.fieldErrors().isEmpty();
        for (DomainProblem.FieldError error : refusal.fieldErrors()) {
            String clientId = fields.get(error.field());
            FacesMessage message = new FacesMessage(FacesMessage.SEVERITY_ERROR, error.message(), null);
            if (clientId == null) {
                besideFields = false;
                message.setSummary(error.field() + ": " + error.message());
            }
            faces.addMessage(clientId, message);
        }
        if (besideFields) {
            faces.addMessage(null, note(FacesMessage.SEVERITY_ERROR, "Please correct the marked fields."));
        } else if (refusal.fieldErrors().isEmpty()) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, refusal.kind().title() + ".",
                    refusal.getMessage()));
        }
    }

    public static void failed(RuntimeException failure) {
        failed(failure, Map.of());
    }

    /** A message without details; Faces would otherwise repeat the summary as the detail. */
    private static FacesMessage note(FacesMessage.Severity severity, String summary) {
        return new FacesMessage(severity, summary, "");
    }

    /** The business refusal behind a failure, also when the EJB container wrapped it on the way out. */
    public static Optional<DomainProblem> refusalIn(Throwable failure) {
        Throwable cause = failure;
        for (int depth = 0; cause != null && depth < 10; depth++) {
            if (cause instanceof DomainProblem problem) {
                return Optional.of(problem);
            }
            cause = cause instanceof EJBException wrapper && wrapper.getCausedByException() != null
                    ? wrapper.getCausedByException()
                    : cause.getCause();
        }
        return Optional.empty();
    }
}
