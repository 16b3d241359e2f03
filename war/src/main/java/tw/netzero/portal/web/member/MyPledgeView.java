package tw.netzero.portal.web.member;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Year;
import java.util.Map;
import tw.netzero.portal.application.filing.ProgressService;
import tw.netzero.portal.application.pledge.PledgeHistory;
import tw.netzero.portal.application.pledge.PledgeService;
import tw.netzero.portal.domain.model.pledge.RestatementLedger;
import tw.netzero.portal.domain.model.pledge.TargetRuleResult;
import tw.netzero.portal.domain.model.shared.Emissions;
import tw.netzero.portal.web.support.Messages;

/**
 * member/my-pledge.xhtml: the member's own pledge, read only (issue 20, feature 1): every submitted
 * version, in force, under review, returned or earlier, with its targets, pre-check, pathway and
 * status timeline with the reviewers' comments, and the base-year restatements with their review.
 * Decision e-mails link here. Request scoped: the page has no form of its own, so it keeps no view state.
 */
@Named
@RequestScoped
public class MyPledgeView {

    @Inject
    private PledgeService pledgeService;

    @Inject
    private ProgressService progressService;

    @Inject
    private Messages messages;

    private PledgeHistory history;
    private Map<Year, Emissions> reported;

    @PostConstruct
    void load() {
        history = pledgeService.ownPledgeHistory();
        reported = progressService.ownProgress().reportedTotals();
    }

    public PledgeHistory getHistory() {
        return history;
    }

    /** The ledger of the accepted restatements of the pledge in force; null without one. */
    public RestatementLedger getLedger() {
        return history.overview().ledger().orElse(null);
    }

    /** A version's pathway beside the emissions reported so far; null while the version is incomplete. */
    public String chart(PledgeHistory.VersionHistory version) {
        return version.pathway() == null ? null : PathwayChart.of(version.pathway(),
                messages.text("pledge.chart.pathway"), reported, messages.text("pledge.chart.reported"));
    }

    public String ruleText(TargetRuleResult result) {
        return messages.rule(result);
    }
}
