package tw.netzero.portal.web.publicsite;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import tw.netzero.portal.application.publicdata.PublicProfile;
import tw.netzero.portal.application.publicdata.PublicProfiles;
import tw.netzero.portal.domain.model.company.Ubn;
import tw.netzero.portal.domain.model.pledge.TargetRuleResult;
import tw.netzero.portal.web.member.PathwayChart;
import tw.netzero.portal.web.support.Messages;

/**
 * public/member.xhtml?ubn=…: an active member's public profile. Request-scoped and rendered
 * as a transient view: the page has no form, so it keeps no view state and opens no HTTP
 * session (issue 7: anonymous pages must stay stateless). Anyone else (invalid or unknown UBN,
 * applicants, former members) gets 404.
 */
@Named
@RequestScoped
public class MemberProfileView {

    @Inject
    private PublicProfiles profiles;

    @Inject
    private FacesContext faces;

    @Inject
    private Messages messages;

    private PublicProfile profile;

    private String chart;

    public void load() {
        faces.getViewRoot().setTransient(true);
        String ubn = faces.getExternalContext().getRequestParameterMap().get("ubn");
        profile = Ubn.isValid(ubn) ? profiles.of(Ubn.of(ubn)).orElse(null) : null;
        if (profile == null) {
            notFound(faces.getExternalContext());
        }
    }

    private void notFound(ExternalContext external) {
        try {
            external.responseSendError(HttpServletResponse.SC_NOT_FOUND, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }

    public PublicProfile getProfile() {
        return profile;
    }

    /** The pathway chart's JSON, made once per request (the page asks for it twice: rendered, value). */
    public String getChart() {
        if (chart == null && profile.pledge() != null) {
            chart = PathwayChart.perTarget(profile.pledge().targetPathways(), profile.verdicts(), messages);
        }
        return chart;
    }

    /** A pre-check rule as a sentence with its figures (for WEB-INF/includes/precheck.xhtml). */
    public String ruleText(TargetRuleResult result) {
        return messages.rule(result);
    }
}
