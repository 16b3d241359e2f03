package tw.netzero.portal.e2e;

import tw.netzero.portal.testkit.FacesClient;

/**
 * The shared browser without JavaScript ({@link FacesClient}) on the test server, signing the demo
 * reviewers and administrators in with a code computed from their published secret.
 */
final class JsfClient extends FacesClient {

    JsfClient() {
        super(DeployedPortal.portalUri("/"));
    }

    /**
     * Signs in through the login page, and for a demo reviewer or administrator through the
     * second-factor page with a code from its secret; true when the portal accepted them.
     */
    @Override
    public boolean signIn(String email, String password) {
        return signIn(email, password, () -> DemoUsers.withEmail(email).filter(user -> user.totpSecret != null)
                .map(DemoUsers::nextCode).orElse(null));
    }
}
