package tw.netzero.portal.web.support;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Gives the error pages their proper HTTP status (they are reached by forward). */
@Named
@RequestScoped
public class ErrorPage {

    @Inject
    private FacesContext faces;

    public void forbidden() {
        faces.getExternalContext().setResponseStatus(403);
    }

    public void notFound() {
        faces.getExternalContext().setResponseStatus(404);
    }
}
