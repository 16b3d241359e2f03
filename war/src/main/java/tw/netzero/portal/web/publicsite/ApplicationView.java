package tw.netzero.portal.web.publicsite;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import tw.netzero.portal.application.company.MembershipService;
import tw.netzero.portal.domain.model.company.ApplicationContact;
import tw.netzero.portal.domain.model.company.MembershipApplication;
import tw.netzero.portal.web.company.CompanyForm;
import tw.netzero.portal.web.support.FieldMessages;
import tw.netzero.portal.web.support.ServiceCall;

/** public/apply.xhtml: a company applies to join; the rules live in MembershipApplication. */
@Named
@ViewScoped
public class ApplicationView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "application";

    @Inject
    private MembershipService membership;

    @Inject
    private ServiceCall serviceCall;

    @Inject
    private FieldMessages fieldMessages;

    private final CompanyForm company = new CompanyForm();
    private String contactName;
    private String contactEmail;
    private String contactPhone;
    private String motivation;
    private boolean submitted;

    public void submit() {
        MembershipApplication application = new MembershipApplication(
                company.toProfile(),
                new ApplicationContact(contactName, contactEmail, blankToNull(contactPhone)), motivation);
        if (fieldMessages.valid(application, FORM)) {
            submitted = serviceCall.run(FORM, () -> membership.apply(application));
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public CompanyForm getCompany() {
        return company;
    }

    public boolean isSubmitted() {
        return submitted;
    }

    public String getContactName() {
        return contactName;
    }

    public void setContactName(String contactName) {
        this.contactName = contactName;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public void setContactEmail(String contactEmail) {
        this.contactEmail = contactEmail;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public void setContactPhone(String contactPhone) {
        this.contactPhone = contactPhone;
    }

    public String getMotivation() {
        return motivation;
    }

    public void setMotivation(String motivation) {
        this.motivation = motivation;
    }
}
