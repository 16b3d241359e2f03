package tw.netzero.portal.web.security;

import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.QrGenerationException;
import dev.samstevens.totp.qr.QrData;
import dev.samstevens.totp.qr.ZxingPngQrGenerator;
import dev.samstevens.totp.util.Utils;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import tw.netzero.portal.application.account.LoginService.SecondFactorDue;
import tw.netzero.portal.application.account.LoginService;
import tw.netzero.portal.domain.model.account.TotpCodes;
import tw.netzero.portal.web.support.Messages;

/**
 * Backing bean of public/second-factor.xhtml: the second step of a sign-in ({@link SessionSignIn}).
 * Asks for the code of the authenticator app, or, for a reviewer or administrator without one yet,
 * shows the new secret (QR code and text) and takes the first code; then shows the recovery codes
 * once.
 */
@Named
@ViewScoped
public class SecondFactorView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The issuer authenticator apps show next to the account name. */
    static final String ISSUER = "Net Zero Alliance Portal";

    @Inject
    private transient SecurityContext securityContext;

    @Inject
    private transient LoginService logins;

    @Inject
    private Messages messages;

    private boolean enrolment;
    private String secret;
    private String qrCode;
    private String code;
    private List<String> recoveryCodes = List.of();

    /** Page action: only after the right password, within {@link SessionSignIn#SECOND_FACTOR_TIME}. */
    public void load() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces.isPostback()) {
            return;
        }
        SessionSignIn.HalfSignedIn half = SessionSignIn.halfSignedIn(request(faces));
        if (half == null) {
            backToLogin(faces.getExternalContext());
            return;
        }
        enrolment = half.due() == SecondFactorDue.ENROLMENT;
        if (enrolment) {
            secret = logins.enrolmentSecretAtSignIn(half.name());
            qrCode = qrCodeOf(half.name(), secret);
        }
    }

    public void verify() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = request(faces);
        if (SessionSignIn.halfSignedIn(request) == null) {
            backToLogin(external);
            return;
        }
        AuthenticationStatus status = securityContext.authenticate(request, (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams().credential(new SecondFactorCredential(code)).newAuthentication(true));
        code = null;
        if (status != AuthenticationStatus.SUCCESS) {
            Object retryAfter = request.getAttribute(SessionSignIn.RETRY_AFTER);
            if (retryAfter != null) {
                messages.error("secondFactor:code", "login.tooManyAttempts", retryAfter);
            } else if (SessionSignIn.halfSignedIn(request) == null) {
                backToLogin(external);
            } else {
                messages.error("secondFactor:code", "secondFactor.wrong");
            }
            return;
        }
        @SuppressWarnings("unchecked")
        List<String> fresh = (List<String>) request.getAttribute(SessionSignIn.NEW_RECOVERY_CODES);
        if (fresh == null || fresh.isEmpty()) {
            external.redirect(external.getRequestContextPath() + LoginView.homeOf(request));
        } else {
            recoveryCodes = List.copyOf(fresh);
            secret = null;
            qrCode = null;
        }
    }

    public void continueToHome() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        external.redirect(external.getRequestContextPath() + LoginView.homeOf(request(faces)));
    }

    /** The otpauth URI as a PNG data URI (the page's CSP allows {@code img-src data:}). */
    static String qrCodeOf(String account, String secret) {
        QrData data = new QrData.Builder().label(account).secret(secret).issuer(ISSUER)
                .algorithm(HashingAlgorithm.SHA1).digits(TotpCodes.DIGITS).period(TotpCodes.STEP_SECONDS).build();
        ZxingPngQrGenerator generator = new ZxingPngQrGenerator();
        try {
            return Utils.getDataUriForImage(generator.generate(data), generator.getImageMimeType());
        } catch (QrGenerationException e) {
            throw new IllegalStateException("Cannot draw the QR code", e);
        }
    }

    public String getSecretForTyping() {
        return secret == null ? null : forTyping(secret);
    }

    /** A secret in groups of four, easier to type into an app by hand. */
    static String forTyping(String secret) {
        return secret.replaceAll("(.{4})(?!$)", "$1 ");
    }

    private static void backToLogin(ExternalContext external) throws IOException {
        external.redirect(external.getRequestContextPath() + SessionSignIn.LOGIN_PAGE);
    }

    private static HttpServletRequest request(FacesContext faces) {
        return (HttpServletRequest) faces.getExternalContext().getRequest();
    }

    public boolean isEnrolment() {
        return enrolment;
    }

    public String getQrCode() {
        return qrCode;
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

    public boolean isDone() {
        return !recoveryCodes.isEmpty();
    }
}
