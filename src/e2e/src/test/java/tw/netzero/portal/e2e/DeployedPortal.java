package tw.netzero.portal.e2e;

import com.mysql.cj.jdbc.MysqlDataSource;
import java.io.File;
import java.net.URI;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import tw.netzero.portal.testkit.SignInCodes;

/**
 * The assembled EAR, deployed as it is to a managed Payara Server whose datasource points at
 * MariaDB, with the demo data switched on: for the run's first deployment the database is emptied
 * and the application migrates the schema and loads the 51 founding members itself, as it does for
 * the run command; each later deployment starts from that database put back ({@link DemoDatabase}).
 */
@ExtendWith(ArquillianExtension.class)
public abstract class DeployedPortal {

    /**
     * What a stack trace on a page looks like: an exception with its message, a "Caused by" or a
     * frame. Not the bare word "Exception": PrimeFaces 15 names the exception types of web.xml's
     * error pages in its settings script on every page (errorPages), which is no leak.
     */
    private static final Pattern STACK_TRACE =
            Pattern.compile("Exception: |Caused by|\\bat [\\w$.]+\\([\\w$]+\\.java:\\d+\\)");

    /** Founding members in the demo data (ejb/src/main/resources/demo/founding-members.tsv). */
    protected static final int FOUNDING_MEMBERS = 51;

    @Deployment(testable = false)
    public static EnterpriseArchive portal() {
        DemoDatabase.prepare(database());
        SignInCodes.forgetUsedSteps();
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, new File(System.getProperty("portal.ear")));
    }

    /** Runs once the EAR is deployed (Arquillian deploys before a class's own {@code @BeforeAll}). */
    @BeforeAll
    static void rememberTheDemoDatabase() {
        DemoDatabase.rememberIfFirst(database());
    }

    /** True when a page shows a stack trace, which no page ever should. */
    protected static boolean showsAStackTrace(String body) {
        return STACK_TRACE.matcher(body).find();
    }

    protected static URI portalUri(String path) {
        return URI.create("http://localhost:" + System.getProperty("it.payara.httpPort") + path);
    }

    /** The portal's database, for checking what a request did (or did not) change. */
    protected static Database database() {
        MysqlDataSource dataSource = new MysqlDataSource();
        dataSource.setUrl(System.getProperty("it.db.url"));
        dataSource.setUser(System.getProperty("it.db.user"));
        dataSource.setPassword(System.getProperty("it.db.password"));
        return new Database(dataSource);
    }
}
