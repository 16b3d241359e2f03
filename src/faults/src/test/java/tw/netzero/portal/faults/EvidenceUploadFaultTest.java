package tw.netzero.portal.faults;

import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A fault test of evidence uploads through the filing page (issue 15; decision 0050): the fault
 * environment, its Payara ({@link #portal}) and {@link EvidenceUploads} on its database.
 */
@ExtendWith(FaultEnvironment.class)
abstract class EvidenceUploadFaultTest {

    protected final FaultEnvironment.Environment environment = FaultEnvironment.get();
    protected final EvidenceUploads uploads = new EvidenceUploads(environment);
    protected final OwnPayara portal = environment.payara;
}
