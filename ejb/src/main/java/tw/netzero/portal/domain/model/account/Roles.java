package tw.netzero.portal.domain.model.account;

/** The declared security roles, as names for {@code @RolesAllowed} and the deployment descriptors. */
public final class Roles {

    public static final String MEMBER = "member";
    public static final String MEMBER_ADMIN = "member-admin";
    public static final String REVIEWER = "reviewer";
    public static final String SECRETARIAT_ADMIN = "secretariat-admin";

    private Roles() {
    }
}
