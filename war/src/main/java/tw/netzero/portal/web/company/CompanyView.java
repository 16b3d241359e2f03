package tw.netzero.portal.web.company;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import tw.netzero.portal.application.account.AccountDetails;
import tw.netzero.portal.application.account.AccountService;
import tw.netzero.portal.application.company.CompanyAdministration;
import tw.netzero.portal.application.company.CompanyDetails;
import tw.netzero.portal.domain.model.account.Role;
import tw.netzero.portal.domain.model.account.Roles;
import tw.netzero.portal.domain.model.company.MembershipStatus;
import tw.netzero.portal.domain.model.pledge.CommitmentWindow;
import tw.netzero.portal.web.support.FieldMessages;
import tw.netzero.portal.web.support.Messages;
import tw.netzero.portal.web.support.ServiceCall;

/**
 * One company's page: member/company.xhtml (the caller's own company) and
 * secretariat/company.xhtml?id=… (any company). Editing and inviting are offered to whoever
 * may administer the company; the services check again.
 */
@Named
@ViewScoped
public class CompanyView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CompanyAdministration administration;

    @Inject
    private AccountService accountService;

    @Inject
    private SecurityContext security;

    @Inject
    private FieldMessages fieldMessages;

    @Inject
    private ServiceCall serviceCall;

    @Inject
    private Messages messages;

    /** Set from the URL on the secretariat page only; never trusted (the service checks). */
    private Long id;
    private CompanyDetails company;
    private CompanyForm form;
    private InvitationForm invitation = new InvitationForm(Role.MEMBER);
    private List<AccountDetails> users = List.of();
    private LocalDate extendedTo;
    private String extensionReason;

    /** f:viewAction: loads the company (own company when no id is given). */
    public void load() {
        reload();
        users = isCanAdminister() ? accountService.companyUsers(company.id()) : List.of();
    }

    /** The company as stored now, and the form from it (after a save the version has moved on). */
    private void reload() {
        company = id == null ? administration.myCompany() : administration.company(id);
        form = CompanyForm.of(company);
    }

    public void save() {
        if (!fieldMessages.valid(form.toProfile(), "profile")) {
            return;
        }
        if (serviceCall.run("profile", () -> administration.updateProfile(
                company.id(), form.toProfile(), form.getVersion()))) {
            reload();
            messages.info("company.saved");
        }
    }

    public void invite() {
        if (serviceCall.run("invite", () -> accountService.inviteCompanyUser(company.id(),
                invitation.getEmail(), invitation.getDisplayName(), invitation.getRole()))) {
            messages.info("account.invited", invitation.getEmail());
            invitation = new InvitationForm(Role.MEMBER);
            users = accountService.companyUsers(company.id());
        }
    }

    public void setEnabled(AccountDetails user, boolean enabled) {
        if (serviceCall.run("users", () -> accountService.setEnabled(user.id(), enabled))) {
            users = accountService.companyUsers(company.id());
        }
    }

    /** The secretariat moves the deadline of the commitment window; a missing reason or a past date is shown at its field. */
    public void extendCommitment() {
        if (serviceCall.run("commitment", () -> administration.extendCommitment(
                company.id(), extendedTo, extensionReason))) {
            reload();
            messages.info("commitment.extended", company.nameEn(), company.commitmentExtendedTo());
            extendedTo = null;
            extensionReason = null;
        }
    }

    /** The commitment window is the secretariat's to extend, for active members. */
    public boolean isCanExtendCommitment() {
        return company != null && company.membershipStatus() == MembershipStatus.ACTIVE
                && security.isCallerInRole(Roles.REVIEWER);
    }

    public CommitmentWindow getCommitmentWindow() {
        return company == null ? null : company.commitmentWindow().orElse(null);
    }

    public LocalDate getExtendedTo() {
        return extendedTo;
    }

    public void setExtendedTo(LocalDate extendedTo) {
        this.extendedTo = extendedTo;
    }

    public String getExtensionReason() {
        return extensionReason;
    }

    public void setExtensionReason(String extensionReason) {
        this.extensionReason = extensionReason;
    }

    public boolean isCanAdminister() {
        boolean ownAdmin = security.isCallerInRole(Roles.MEMBER_ADMIN) && company != null;
        return ownAdmin || security.isCallerInRole(Roles.SECRETARIAT_ADMIN);
    }

    public List<Role> getCompanyRoles() {
        return List.of(Role.MEMBER, Role.MEMBER_ADMIN);
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

    public CompanyForm getForm() {
        return form;
    }

    public InvitationForm getInvitation() {
        return invitation;
    }

    public List<AccountDetails> getUsers() {
        return users;
    }
}
