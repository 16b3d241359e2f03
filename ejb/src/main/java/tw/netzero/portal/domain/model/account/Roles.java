package tw.netzero.portal.domain.model.account;

/** The declared security roles, as names for {@code @RolesAllowed} and the deployment descriptors. */
public final class Roles {

    public static final String MEMBER = "member";
    public static final String MEMBER_ADMIN = "member-admin";
    public static final String REVIEWER = "reviewer";
    public static final String SECRETARIAT_ADMIN = "secretariat-admin";
    /** A solution provider of the call for solutions: self-registered, no member data (issue 16). */
    public static final String PROVIDER = "provider";
    /** A juror of the call for solutions, invited per call by the secretariat (issue 16). */
    public static final String JUROR = "juror";

    private Roles() {
    }
}
