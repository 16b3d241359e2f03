package tw.netzero.portal.web.support;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import tw.netzero.portal.domain.model.shared.RecordAccessDenied;
import tw.netzero.portal.domain.model.shared.RecordNotFound;

/**
 * Loads what a page's address names by id ({@code ?id=…}). A missing or unknown id and another
 * company's id get the same answer, 404 with the "not found" page, so the answer does not tell
 * whether the id exists; neither is an error of the application (no stack trace in the log).
 */
@RequestScoped
public class RecordByAddress {

    @Inject
    private FacesContext faces;

    /** True when {@code load} ran; false when the record was not found (or not the caller's) and 404 was sent. */
    public boolean load(Long id, Runnable load) {
        if (id == null) {
            return notFound();
        }
        try {
            load.run();
            return true;
        } catch (RecordNotFound | RecordAccessDenied unknown) {
            return notFound();
        }
    }

    private boolean notFound() {
        try {
            faces.getExternalContext().responseSendError(HttpServletResponse.SC_NOT_FOUND, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
        return false;
    }
}
