package tw.netzero.portal.web.secretariat;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import tw.netzero.portal.application.company.CompanyAdministration;
import tw.netzero.portal.domain.model.account.Role;
import tw.netzero.portal.domain.model.company.MemberCompany;
import tw.netzero.portal.web.company.InvitationForm;
import tw.netzero.portal.web.support.Messages;
import tw.netzero.portal.web.support.ServiceCall;

/** secretariat/companies.xhtml: every company, and admitting an applicant with its first member-admin. */
@Named
@ViewScoped
public class CompaniesView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CompanyAdministration administration;

    @Inject
    private ServiceCall serviceCall;

    @Inject
    private Messages messages;

    private List<MemberCompany> companies;
    private MemberCompany activating;
    private InvitationForm firstAdmin = new InvitationForm(Role.MEMBER_ADMIN);

    @PostConstruct
    void load() {
        companies = administration.allCompanies();
    }

    public void startActivation(MemberCompany company) {
        activating = company;
        firstAdmin = new InvitationForm(Role.MEMBER_ADMIN);
    }

    public void activate() {
        if (serviceCall.run("activationForm", () -> administration.activate(activating.id(),
                firstAdmin.getEmail(), firstAdmin.getDisplayName()))) {
            messages.info("company.activated", activating.nameEn(), firstAdmin.getEmail());
            activating = null;
            load();
        }
    }

    public List<MemberCompany> getCompanies() {
        return companies;
    }

    public MemberCompany getActivating() {
        return activating;
    }

    public InvitationForm getFirstAdmin() {
        return firstAdmin;
    }
}
