package tw.netzero.portal.web.support;

import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIComponentBase;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import java.io.IOException;
import java.io.StringWriter;

/**
 * Renders its children into a buffer, keeps the HTML under its key ({@link KeptHtml}) and writes it:
 * the first rendering of a {@code <nz:kept>} part ({@link KeptHtmlHandler}). Transient, like the view.
 */
final class KeptHtmlCapture extends UIComponentBase {

    private final Object key;
    private final KeptHtml store;

    KeptHtmlCapture(Object key, KeptHtml store) {
        this.key = key;
        this.store = store;
        setTransient(true);
        setRendererType(null);
    }

    @Override
    public String getFamily() {
        return "tw.netzero.portal.KeptHtml";
    }

    @Override
    public boolean getRendersChildren() {
        return true;
    }

    @Override
    public void encodeChildren(FacesContext faces) throws IOException {
        ResponseWriter page = faces.getResponseWriter();
        StringWriter buffer = new StringWriter(8192);
        faces.setResponseWriter(page.cloneWithWriter(buffer));
        try {
            for (UIComponent child : getChildren()) {
                child.encodeAll(faces);
            }
            faces.getResponseWriter().flush();
        } finally {
            faces.setResponseWriter(page);
        }
        String html = buffer.toString();
        store.put(key, html);
        page.write(html);
    }
}
