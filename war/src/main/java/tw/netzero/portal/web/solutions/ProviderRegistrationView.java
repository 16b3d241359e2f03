package tw.netzero.portal.web.solutions;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import tw.netzero.portal.application.solutions.ProposalService;
import tw.netzero.portal.application.solutions.ProviderRegistration;
import tw.netzero.portal.web.support.FieldMessages;
import tw.netzero.portal.web.support.ServiceCall;

/** public/provider-register.xhtml: a solution provider registers; the e-mailed link verifies the address. */
@Named
@ViewScoped
public class ProviderRegistrationView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "registration";

    @Inject
    private ProposalService proposals;

    @Inject
    private ServiceCall serviceCall;

    @Inject
    private FieldMessages fieldMessages;

    private String organisation;
    private String country;
    private String contactName;
    private String email;
    private boolean submitted;

    public void submit() {
        ProviderRegistration registration = new ProviderRegistration(organisation, country, contactName, email);
        if (fieldMessages.valid(registration, FORM)) {
            submitted = serviceCall.run(FORM, () -> proposals.register(registration));
        }
    }

    public boolean isSubmitted() {
        return submitted;
    }

    public String getOrganisation() {
        return organisation;
    }

    public void setOrganisation(String organisation) {
        this.organisation = organisation;
    }

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = country;
    }

    public String getContactName() {
        return contactName;
    }

    public void setContactName(String contactName) {
        this.contactName = contactName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }
}
