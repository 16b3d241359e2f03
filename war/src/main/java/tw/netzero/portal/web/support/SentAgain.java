package tw.netzero.portal.web.support;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseId;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * A submitting button that the page no longer shows (the filing is submitted, the decision taken)
 * still receives the form when it comes again: a double click's second request, or the browser
 * sending the same form again after Back (issue 15, item 2). Without this, Faces would skip the
 * button, run nothing and show the page without a word; with it, the action runs, the service refuses
 * it by the record's state, and {@link ServiceCall#runOnce} answers "already submitted". Only while
 * the request is processed: the page rendered afterwards does not show the button.
 *
 * <p>Use: {@code rendered="#{filingView.editable or sentAgain.pressed('filing:submit')}"}.
 */
@Named
@RequestScoped
public class SentAgain {

    @Inject
    private FacesContext faces;

    /** True while a form post that pressed the button with this client id is decoded and run. */
    public boolean pressed(String buttonClientId) {
        return faces.isPostback() && faces.getCurrentPhaseId() != PhaseId.RENDER_RESPONSE
                && faces.getExternalContext().getRequestParameterMap().containsKey(buttonClientId);
    }
}
