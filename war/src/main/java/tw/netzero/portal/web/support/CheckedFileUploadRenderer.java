package tw.netzero.portal.web.support;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;
import jakarta.faces.validator.ValidatorException;
import org.primefaces.component.fileupload.FileUploadRenderer;

/**
 * PrimeFaces' file upload, whose refusal of a file name becomes a message at the field. PrimeFaces
 * refuses names with path separators ({@code ../evidence.pdf}), markup characters
 * ({@code <b>.pdf}), percent-encoded characters and the like while it reads the request, with a
 * {@link ValidatorException} that nothing between it and the servlet catches: the member saw the
 * general error page. The file is not read further and no listener runs, so nothing is stored;
 * stored files are named by the portal anyway (a random UUID), never by the upload.
 */
public class CheckedFileUploadRenderer extends FileUploadRenderer {

    static final String NAME_REFUSED = "evidence.name.refused";

    @Override
    public void decode(FacesContext context, UIComponent component) {
        try {
            super.decode(context, component);
        } catch (ValidatorException refused) {
            String text = Messages.text(context.getViewRoot().getLocale(), NAME_REFUSED);
            context.addMessage(component.getClientId(context), new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
            if (component instanceof UIInput input) {
                input.setValid(false);
            }
            context.validationFailed();
        }
    }
}
