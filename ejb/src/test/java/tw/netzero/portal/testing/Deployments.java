package tw.netzero.portal.testing;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jboss.shrinkwrap.resolver.api.maven.Maven;

/**
 * Builds the small deployments the in-container tests run in: the EJB module's layers by
 * package, its descriptors and migrations, and its runtime libraries (Flyway, JDBC drivers).
 */
public final class Deployments {

    private static final String ROOT = "tw.netzero.portal";

    private Deployments() {
    }

    /** The member-company slice: domain, services, persistence and migration. */
    public static WebArchive companySlice(String name) {
        return ShrinkWrap.create(WebArchive.class, name + ".war")
                .addPackages(true, ROOT + ".domain")
                .addPackages(true, ROOT + ".application")
                .addPackages(true, ROOT + ".infrastructure")
                .addClass(Deployments.class)
                .addAsResource("META-INF/persistence.xml")
                .addAsResource("META-INF/microprofile-config.properties")
                .addAsResource("db/migration/mysql/V1__member_company.sql")
                .addAsResource("db/migration/h2/V1__member_company.sql")
                .addAsResource("demo/founding-members.tsv")
                .addAsResource("ValidationMessages.properties")
                .addAsResource("ValidationMessages_en.properties")
                .addAsResource("ValidationMessages_zh_TW.properties")
                .addAsWebInfResource("META-INF/ejb-jar.xml", "ejb-jar.xml")
                .addAsWebInfResource("META-INF/beans.xml", "beans.xml")
                .addAsLibraries(runtimeLibraries());
    }

    private static File[] runtimeLibraries() {
        return Maven.resolver().loadPomFromFile("pom.xml")
                .importCompileAndRuntimeDependencies()
                .resolve().withTransitivity().asFile();
    }
}
