package tw.netzero.portal.web.secretariat;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import tw.netzero.portal.application.CompanyAdministration;
import tw.netzero.portal.application.PledgeService;
import tw.netzero.portal.domain.model.company.MemberCompany;
import tw.netzero.portal.domain.model.pledge.PledgeVersion;
import tw.netzero.portal.web.support.Messages;
import tw.netzero.portal.web.support.ServiceCall;

/** secretariat/reviews.xhtml: submitted and in-review pledge versions, oldest first; taking one. */
@Named
@ViewScoped
public class PledgeReviewsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private PledgeService pledgeService;

    @Inject
    private CompanyAdministration administration;

    @Inject
    private ServiceCall serviceCall;

    @Inject
    private Messages messages;

    private List<PledgeVersion> queue;
    private Map<Long, MemberCompany> companies;

    @PostConstruct
    void load() {
        queue = pledgeService.reviewQueue();
        companies = administration.allCompanies().stream()
                .collect(Collectors.toMap(MemberCompany::id, Function.identity()));
    }

    public void take(PledgeVersion version) {
        if (serviceCall.run("queue", () -> pledgeService.take(version.id()))) {
            messages.info("review.taken", version.number());
            load();
        }
    }

    public MemberCompany companyOf(PledgeVersion version) {
        return companies.get(version.companyId());
    }

    public List<PledgeVersion> getQueue() {
        return queue;
    }
}
