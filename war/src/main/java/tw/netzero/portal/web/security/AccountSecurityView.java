package tw.netzero.portal.web.security;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import tw.netzero.portal.application.account.SecondFactorService;
import tw.netzero.portal.domain.model.shared.DomainRuleViolation;
import tw.netzero.portal.web.support.Messages;

/**
 * Backing bean of the account page's sign-in section (member/security.xhtml,
 * secretariat/security.xhtml): set up an authenticator app (members; reviewers and administrators
 * did at sign-in), make new recovery codes, remove the app (members).
 */
@Named
@ViewScoped
public class AccountSecurityView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String CODE_FIELD = "security:code";

    @Inject
    private transient SecondFactorService secondFactors;

    @Inject
    private Messages messages;

    private SecondFactorService.Status status;
    private String qrCode;
    private String code;
    private List<String> recoveryCodes = List.of();

    @PostConstruct
    void load() {
        status = secondFactors.status();
        showPendingSecret();
    }

    public void startEnrolment() {
        secondFactors.startEnrolment();
        load();
    }

    public void confirmEnrolment() {
        List<String> fresh = secondFactors.confirmEnrolment(code);
        afterCodeChecked(fresh.isEmpty(), () -> recoveryCodes = fresh);
    }

    public void regenerateRecoveryCodes() {
        List<String> fresh = secondFactors.regenerateRecoveryCodes(code);
        afterCodeChecked(fresh.isEmpty(), () -> recoveryCodes = fresh);
    }

    public void disable() {
        try {
            afterCodeChecked(!secondFactors.disable(code), () -> messages.info("security.disabled"));
        } catch (DomainRuleViolation e) {
            messages.error(CODE_FIELD, e);
        }
    }

    /** One answer for every code-confirmed change: the message at the field when refused, else the change shown. */
    private void afterCodeChecked(boolean refused, Runnable onSuccess) {
        code = null;
        if (refused) {
            messages.error(CODE_FIELD, "secondFactor.wrong");
            return;
        }
        onSuccess.run();
        status = secondFactors.status();
        qrCode = null;
    }

    private void showPendingSecret() {
        qrCode = status.pendingSecret() == null ? null
                : SecondFactorView.qrCodeOf(currentUser(), status.pendingSecret());
    }

    private static String currentUser() {
        return FacesContext.getCurrentInstance().getExternalContext().getUserPrincipal().getName();
    }

    public SecondFactorService.Status getStatus() {
        return status;
    }

    public String getQrCode() {
        return qrCode;
    }

    public String getSecretForTyping() {
        return qrCode == null ? null : SecondFactorView.forTyping(status.pendingSecret());
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public List<String> getRecoveryCodes() {
        return recoveryCodes;
    }
}
