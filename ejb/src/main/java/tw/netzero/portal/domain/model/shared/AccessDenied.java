package tw.netzero.portal.domain.model.shared;

/**
 * The caller may not touch this record (for example a member reaching for another company's
 * data). Declared an application exception in ejb-jar.xml; the web layer shows "not allowed".
 */
public class AccessDenied extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public AccessDenied(String what) {
        super(what);
    }
}
