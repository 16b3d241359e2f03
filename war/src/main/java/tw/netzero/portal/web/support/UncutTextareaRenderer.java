package tw.netzero.portal.web.support;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import org.primefaces.component.inputtextarea.InputTextarea;
import org.primefaces.component.inputtextarea.InputTextareaRenderer;

/**
 * PrimeFaces' text area, except that a value longer than its {@code maxlength} reaches the
 * domain as it was sent. PrimeFaces cuts it to {@code maxlength} while decoding, so a forged
 * 10,000-character motivation or comment was stored cut to 2,000 without a word; the domain's
 * limit ({@code @Size} or its own check, equal to the column's length) now refuses it with a
 * message at the field. Browsers never send more than {@code maxlength}, so forms are unchanged.
 */
public class UncutTextareaRenderer extends InputTextareaRenderer {

    @Override
    public void decode(FacesContext context, UIComponent component) {
        super.decode(context, component);
        InputTextarea textarea = (InputTextarea) component;
        if (textarea.getSubmittedValue() instanceof String kept) {
            String sent = context.getExternalContext().getRequestParameterMap().get(textarea.getClientId(context));
            if (sent != null) {
                // The same line breaks as PrimeFaces makes of them, which is what maxlength counted.
                String normalised = sent.replaceAll("\r\n?", "\n");
                if (normalised.length() > kept.length()) {
                    textarea.setSubmittedValue(normalised);
                }
            }
        }
    }
}
