package tw.netzero.portal.web.secretariat;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import tw.netzero.portal.application.company.CompanyAdministration;
import tw.netzero.portal.application.company.CompanyDetails;
import tw.netzero.portal.domain.model.account.Role;
import tw.netzero.portal.web.company.InvitationForm;
import tw.netzero.portal.web.support.Messages;
import tw.netzero.portal.web.support.ServiceCall;

/**
 * secretariat/companies.xhtml: every company, or those a search by name or UBN finds (a GET form,
 * so the search is an address), and admitting an applicant with its first member-admin.
 */
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

    private List<CompanyDetails> companies;
    /** The search text, the page's GET parameter {@code q} (issue 20, feature 3). */
    private String text;
    private CompanyDetails activating;
    private InvitationForm firstAdmin = new InvitationForm(Role.MEMBER_ADMIN);

    /** The view action, after the address's parameters are set. */
    public void load() {
        companies = administration.companies(text);
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text == null || text.isBlank() ? null : text.strip();
    }

    public void startActivation(CompanyDetails company) {
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

    public List<CompanyDetails> getCompanies() {
        return companies;
    }

    public CompanyDetails getActivating() {
        return activating;
    }

    public InvitationForm getFirstAdmin() {
        return firstAdmin;
    }
}
