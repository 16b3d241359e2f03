package tw.netzero.portal.web.secretariat;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import tw.netzero.portal.application.company.CompanyDetails;
import tw.netzero.portal.application.company.MembershipService;
import tw.netzero.portal.domain.model.company.ApplicationContact;
import tw.netzero.portal.domain.model.company.MembershipStatus;
import tw.netzero.portal.web.support.Messages;
import tw.netzero.portal.web.support.RecordByAddress;
import tw.netzero.portal.web.support.ServiceCall;

/**
 * secretariat/application.xhtml?id=…: one membership application with its contact person;
 * approve (the contact is invited as member administrator) or reject with a reason.
 */
@Named
@ViewScoped
public class ApplicationReviewView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "decision";

    @Inject
    private RecordByAddress records;

    @Inject
    private MembershipService membership;

    @Inject
    private ServiceCall serviceCall;

    @Inject
    private Messages messages;

    private Long id;
    private CompanyDetails company;
    private String reason;

    public void load() {
        records.load(id, () -> company = membership.application(id));
    }

    public void approve() {
        if (serviceCall.run(FORM, () -> membership.approve(id))) {
            messages.info("application.approved", company.contact() == null ? "" : company.contact().email());
            load();
        }
    }

    public void reject() {
        if (serviceCall.run(FORM, () -> membership.reject(id, reason))) {
            messages.info("application.rejected");
            reason = null;
            load();
        }
    }

    public boolean isDecidable() {
        return company != null && company.membershipStatus() == MembershipStatus.APPLICANT;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public CompanyDetails getCompany() {
        return company;
    }

    /** The person who applied; null for an applicant the secretariat typed in. */
    public ApplicationContact getContact() {
        return company == null ? null : company.contact();
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
