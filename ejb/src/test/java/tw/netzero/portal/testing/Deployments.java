package tw.netzero.portal.testing;

import com.mysql.cj.jdbc.MysqlDataSource;
import java.io.File;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.flywaydb.core.Flyway;
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

    private static boolean databaseEmptied;

    /**
     * Libraries resolved from the POM once per test run, not once per test class: each resolution
     * reads the POM and the local repository again (the test run's time, docs/performance.md).
     */
    private static final Map<String, File[]> RESOLVED = new ConcurrentHashMap<>();
    private static final String RUNTIME = "compile and runtime dependencies";

    /**
     * The EJB module as a WAR. Built on the test client before deploying, which is also when
     * the test database is emptied (once per run): the application then migrates it from
     * nothing, so a database left by an earlier run, even of older migrations, never matters.
     */
    public static WebArchive ejbModule(String name) {
        emptyTheTestDatabaseOnce();
        GenericArchive compiled = ShrinkWrap.create(ExplodedImporter.class)
                .importDirectory(new File("target/classes")).as(GenericArchive.class);
        return ShrinkWrap.create(WebArchive.class, name + ".war")
                .merge(compiled, "/WEB-INF/classes")
                .addClasses(Deployments.class, TestData.class, InContainerTest.class)
                .addAsWebInfResource(new File("target/classes/META-INF/ejb-jar.xml"), "ejb-jar.xml")
                .addAsWebInfResource(new File("target/classes/META-INF/beans.xml"), "beans.xml")
                .addAsLibraries(runtimeLibraries());
    }

    /**
     * The EJB module with {@link TwoCompanies}' small alliance and callers signed in through the
     * real identity store ({@link SignedIn}, the roles of WEB-INF/glassfish-web.xml): the deployment
     * of a {@link TwoCompaniesTest}.
     */
    public static WebArchive twoCompanies(String name) {
        return ejbModule(name)
                .addClasses(TwoCompaniesTest.class, SignedIn.class, TwoCompanies.class, FixturePasswordHash.class)
                .addAsWebInfResource("WEB-INF/glassfish-web.xml", "glassfish-web.xml");
    }

    /** {@link #twoCompanies} with a mail server in the test server ({@link TwoCompaniesWithMailTest}). */
    public static WebArchive twoCompaniesWithMail(String name) {
        return withCapturedMail(twoCompanies(name).addClass(TwoCompaniesWithMailTest.class));
    }

    /** Adds {@link CapturedMail} and its GreenMail server to a deployment. */
    public static WebArchive withCapturedMail(WebArchive deployment) {
        return deployment.addClasses(CapturedMail.class, CapturedMail.Mail.class)
                .addAsLibraries(testLibrary("com.icegreen:greenmail"));
    }

    private static synchronized void emptyTheTestDatabaseOnce() {
        if (databaseEmptied) {
            return;
        }
        MysqlDataSource database = new MysqlDataSource();
        database.setUrl(System.getProperty("it.db.url"));
        database.setUser(System.getProperty("it.db.user"));
        database.setPassword(System.getProperty("it.db.password"));
        Flyway.configure().dataSource(database).cleanDisabled(false).load().clean();
        databaseEmptied = true;
    }

    /** A test-scoped library (with its dependencies) to put into a deployment. */
    public static File[] testLibrary(String groupAndArtifact) {
        return RESOLVED.computeIfAbsent(groupAndArtifact, library -> Maven.resolver().loadPomFromFile("pom.xml")
                .resolve(library).withTransitivity().asFile()).clone();
    }

    private static File[] runtimeLibraries() {
        return RESOLVED.computeIfAbsent(RUNTIME, libraries -> Maven.resolver().loadPomFromFile("pom.xml")
                .importCompileAndRuntimeDependencies()
                .resolve().withTransitivity().asFile()).clone();
    }
}
