package tw.netzero.portal.testing;

import java.io.File;
import org.jboss.shrinkwrap.api.GenericArchive;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ExplodedImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jboss.shrinkwrap.resolver.api.maven.Maven;

/**
 * Builds the deployments the in-container tests run in: the EJB module as compiled (classes,
 * persistence unit, migrations, bundles) inside a WAR, with its descriptors and its runtime
 * libraries (Flyway, JDBC drivers).
 */
public final class Deployments {

    private Deployments() {
    }

    public static WebArchive ejbModule(String name) {
        GenericArchive compiled = ShrinkWrap.create(ExplodedImporter.class)
                .importDirectory(new File("target/classes")).as(GenericArchive.class);
        return ShrinkWrap.create(WebArchive.class, name + ".war")
                .merge(compiled, "/WEB-INF/classes")
                .addClass(Deployments.class)
                .addAsWebInfResource(new File("target/classes/META-INF/ejb-jar.xml"), "ejb-jar.xml")
                .addAsWebInfResource(new File("target/classes/META-INF/beans.xml"), "beans.xml")
                .addAsLibraries(runtimeLibraries());
    }

    /** A test-scoped library (with its dependencies) to put into a deployment. */
    public static File[] testLibrary(String groupAndArtifact) {
        return Maven.resolver().loadPomFromFile("pom.xml")
                .resolve(groupAndArtifact).withTransitivity().asFile();
    }

    private static File[] runtimeLibraries() {
        return Maven.resolver().loadPomFromFile("pom.xml")
                .importCompileAndRuntimeDependencies()
                .resolve().withTransitivity().asFile();
    }
}
