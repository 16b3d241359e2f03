package tw.netzero.portal.testing;

import com.mysql.cj.jdbc.MysqlDataSource;
import java.io.File;
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
                .addClasses(Deployments.class, TestData.class)
                .addAsWebInfResource(new File("target/classes/META-INF/ejb-jar.xml"), "ejb-jar.xml")
                .addAsWebInfResource(new File("target/classes/META-INF/beans.xml"), "beans.xml")
                .addAsLibraries(runtimeLibraries());
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
        return Maven.resolver().loadPomFromFile("pom.xml")
                .resolve(groupAndArtifact).withTransitivity().asFile();
    }

    private static File[] runtimeLibraries() {
        return Maven.resolver().loadPomFromFile("pom.xml")
                .importCompileAndRuntimeDependencies()
                .resolve().withTransitivity().asFile();
    }
}
