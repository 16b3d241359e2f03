package tw.netzero.portal.web.support;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.html.HtmlOutputText;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.facelets.FaceletContext;
import jakarta.faces.view.facelets.TagAttribute;
import jakarta.faces.view.facelets.TagConfig;
import jakarta.faces.view.facelets.TagHandler;
import java.io.IOException;

/**
 * {@code <nz:kept key="…">…</nz:kept>}: the part's HTML is written by Faces the first time its key is
 * asked for and kept ({@link KeptHtml}); after that the part is neither built nor rendered, its kept
 * HTML is written in its place. A rendered public page spent most of its time building and rendering
 * components whose output was the same for every visitor (issue 18, item 3).
 *
 * <p>Only in transient views (the public pages, which keep no state) and only for a key that is not
 * null: anywhere else, and for a signed-in visitor's parts (no key), the children are built as usual.
 * A kept part must not hold what PrimeFaces' CSP writer moves into scripts (inline event handlers) nor
 * per-request values (nonces, tokens): its key must name everything it shows.
 */
public final class KeptHtmlHandler extends TagHandler {

    private final TagAttribute key;

    private volatile KeptHtml store;

    public KeptHtmlHandler(TagConfig config) {
        super(config);
        key = getRequiredAttribute("key");
    }

    @Override
    public void apply(FaceletContext context, UIComponent parent) throws IOException {
        FacesContext faces = context.getFacesContext();
        Object name = key.getObject(context);
        if (name == null || !faces.getViewRoot().isTransient()) {
            nextHandler.apply(context, parent);
            return;
        }
        String html = store().get(name);
        if (html != null) {
            HtmlOutputText text = (HtmlOutputText) faces.getApplication().createComponent(HtmlOutputText.COMPONENT_TYPE);
            text.setEscape(false);
            text.setValue(html);
            parent.getChildren().add(text);
        } else {
            KeptHtmlCapture capture = new KeptHtmlCapture(name, store());
            parent.getChildren().add(capture);
            nextHandler.apply(context, capture);
        }
    }

    private KeptHtml store() {
        if (store == null) {
            store = CDI.current().select(KeptHtml.class).get();
        }
        return store;
    }
}
