package tw.netzero.portal.web.solutions;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import tw.netzero.portal.application.solutions.OwnPilot;
import tw.netzero.portal.application.solutions.PilotService;
import tw.netzero.portal.domain.model.solutions.PilotReport;
import tw.netzero.portal.domain.model.solutions.PilotStatus;
import tw.netzero.portal.web.support.FieldMessages;
import tw.netzero.portal.web.support.Messages;
import tw.netzero.portal.web.support.ServiceCall;

/**
 * member/pilots.xhtml: the pilots the company runs with the call's winners (decision 0047), and the report
 * on one of them: its next status and, when completed, the measured reduction with its basis and date.
 */
@Named
@ViewScoped
public class MemberPilotsView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "report";

    @Inject
    private PilotService pilots;

    @Inject
    private ServiceCall serviceCall;

    @Inject
    private FieldMessages fieldMessages;

    @Inject
    private Messages messages;

    private List<OwnPilot> own;
    private OwnPilot reporting;
    private PilotReportForm form;

    @PostConstruct
    void load() {
        own = pilots.ownPilots();
    }

    /** Opens the report on this pilot, with the version the page read (a later report by someone else is refused). */
    public void choose(OwnPilot listing) {
        reporting = listing;
        form = PilotReportForm.from(listing.pilot().status());
    }

    public void report() {
        PilotReport report = form.toReport();
        if (fieldMessages.valid(report, FORM) && serviceCall.run(FORM,
                () -> pilots.report(reporting.id(), report, reporting.pilot().version()))) {
            messages.info("pilot.reported", reporting.proposalTitle());
            cancel();
            load();
        }
    }

    public void cancel() {
        reporting = null;
        form = null;
    }

    public List<OwnPilot> getOwn() {
        return own;
    }

    public OwnPilot getReporting() {
        return reporting;
    }

    public PilotReportForm getForm() {
        return form;
    }

    /** The statuses the chosen pilot may move to. */
    public List<PilotStatus> getNextStatuses() {
        return reporting == null ? List.of() : reporting.pilot().status().next().stream().sorted().toList();
    }
}
