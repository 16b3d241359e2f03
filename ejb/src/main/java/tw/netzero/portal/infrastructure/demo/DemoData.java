package tw.netzero.portal.infrastructure.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import tw.netzero.portal.application.MembershipService;
import tw.netzero.portal.domain.model.company.CompanyProfile;
import tw.netzero.portal.domain.model.company.CompanyRepository;
import tw.netzero.portal.domain.model.company.District;
import tw.netzero.portal.domain.model.company.IndustryGroup;

/**
 * Loads the alliance as founded (51 fictional companies in five groups) into an empty
 * database, only when {@code portal.demo-data=true} (the run command sets it; tests and
 * production leave it off).
 */
@Startup
@Singleton
@DependsOn("DatabaseMigration")
public class DemoData {

    static final String FOUNDING_MEMBERS = "/demo/founding-members.tsv";

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    @Inject
    @ConfigProperty(name = "portal.demo-data", defaultValue = "false")
    boolean enabled;

    @Inject
    private CompanyRepository companies;

    @EJB
    private MembershipService membership;

    @PostConstruct
    void load() {
        if (!enabled || companies.count() > 0) {
            return;
        }
        List<FoundingMember> founders = readFoundingMembers();
        founders.forEach(founder -> membership.admit(founder.profile(), founder.joinedOn()));
        LOG.info(() -> "Demo data: " + founders.size() + " founding member companies loaded");
    }

    record FoundingMember(CompanyProfile profile, LocalDate joinedOn) {
    }

    static List<FoundingMember> readFoundingMembers() {
        try (InputStream in = DemoData.class.getResourceAsStream(FOUNDING_MEMBERS);
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<FoundingMember> founders = new ArrayList<>();
            reader.readLine(); // header
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                CompanyProfile profile = new CompanyProfile(f[0], f[2], f[3],
                        IndustryGroup.valueOf(f[1]), District.valueOf(f[4]), f[5]);
                founders.add(new FoundingMember(profile, LocalDate.parse(f[6])));
            }
            return founders;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
