package tw.netzero.portal.web.solutions;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import tw.netzero.portal.application.solutions.CallService;
import tw.netzero.portal.application.solutions.JuryOverview;
import tw.netzero.portal.application.solutions.JuryService;
import tw.netzero.portal.application.solutions.RankedProposal;
import tw.netzero.portal.domain.model.solutions.CallPhase;
import tw.netzero.portal.domain.model.solutions.CloseCall;
import tw.netzero.portal.web.support.Messages;
import tw.netzero.portal.web.support.RecordByAddress;
import tw.netzero.portal.web.support.ServiceCall;

/**
 * secretariat/call.xhtml?id=: one call's jury — the weighted ranking with ties and the spread
 * between jurors, each juror's progress, the second round; a secretariat administrator seats jurors,
 * asks for a second round on a close call and publishes the shortlist and the winners once the call
 * has closed.
 */
@Named
@ViewScoped
public class CallJuryView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String JUROR_FORM = "juror";
    static final String RESULTS_FORM = "results";
    static final String SECOND_ROUND_FORM = "secondRound";

    @Inject
    private CallService calls;

    @Inject
    private JuryService jury;

    @Inject
    private RecordByAddress records;

    @Inject
    private ServiceCall serviceCall;

    @Inject
    private Messages messages;

    private Long id;
    private JuryOverview overview;
    private String jurorEmail;
    private String jurorName;
    private List<String> shortlisted = new ArrayList<>();
    private List<String> winners = new ArrayList<>();

    public void load() {
        records.load(id, () -> overview = calls.jury(id));
    }

    public void seatJuror() {
        if (serviceCall.run(JUROR_FORM, () -> jury.seat(id, jurorEmail, jurorName))) {
            messages.info("jury.seated", jurorEmail);
            jurorEmail = null;
            jurorName = null;
            load();
        }
    }

    /** Asks the jury to score the close call at the winners' line again (decision 0055). */
    public void askSecondRound() {
        if (serviceCall.run(SECOND_ROUND_FORM, () -> calls.askSecondRound(id))) {
            messages.info("secondRound.asked");
            load();
        }
    }

    public void publish() {
        if (serviceCall.run(RESULTS_FORM, "shortlist", () -> calls.publishResults(id, ids(shortlisted), ids(winners)))) {
            messages.info("call.results.published");
            load();
        }
    }

    private static Set<Long> ids(List<String> values) {
        Set<Long> ids = new HashSet<>();
        values.forEach(value -> ids.add(Long.valueOf(value)));
        return ids;
    }

    public CallPhase getPhase() {
        return overview.call().phase(Instant.now());
    }

    /** How close the two places at the winners' line must be for a second round (decision 0055). */
    public BigDecimal getCloseMargin() {
        return CloseCall.MARGIN;
    }

    public String idOf(RankedProposal proposal) {
        return String.valueOf(proposal.proposalId());
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public JuryOverview getOverview() {
        return overview;
    }

    public String getJurorEmail() {
        return jurorEmail;
    }

    public void setJurorEmail(String jurorEmail) {
        this.jurorEmail = jurorEmail;
    }

    public String getJurorName() {
        return jurorName;
    }

    public void setJurorName(String jurorName) {
        this.jurorName = jurorName;
    }

    public List<String> getShortlisted() {
        return shortlisted;
    }

    public void setShortlisted(List<String> shortlisted) {
        this.shortlisted = shortlisted;
    }

    public List<String> getWinners() {
        return winners;
    }

    public void setWinners(List<String> winners) {
        this.winners = winners;
    }
}
