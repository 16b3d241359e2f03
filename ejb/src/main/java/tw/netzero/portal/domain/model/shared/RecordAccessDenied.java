package tw.netzero.portal.domain.model.shared;

/**
 * The caller reached by its id for a record of another company. Still a denial (logged and
 * audited like any other), but pages and downloads answer it exactly like {@link RecordNotFound}
 * (404), so that nobody learns from the answer whether an id exists.
 */
public class RecordAccessDenied extends AccessDenied {

    private static final long serialVersionUID = 1L;

    public RecordAccessDenied(String what) {
        super(what);
    }
}
