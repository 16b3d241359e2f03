package tw.netzero.portal.domain.model.pledge;

import java.net.URI;
import java.time.LocalDate;
import java.util.Objects;
import tw.netzero.portal.domain.model.shared.FieldRuleViolation;

/**
 * What a member records of SBTi's own validation of its targets: when SBTi validated them, the
 * classification SBTi published, and where that can be read (SBTi's Target Dashboard or the
 * company's announcement). The portal shows it beside its own pre-check ("consistent with SBTi
 * criteria, not validated"), so a reader sees both and which is whose.
 */
public record SbtiValidation(LocalDate validatedOn, TargetClassification classification, URI link) {

    /** SBTi began validating targets in 2015: no validation is older. */
    public static final LocalDate EARLIEST = LocalDate.of(2015, 1, 1);

    public SbtiValidation {
        Objects.requireNonNull(validatedOn, "validatedOn");
        Objects.requireNonNull(classification, "classification");
        Objects.requireNonNull(link, "link");
    }

    /**
     * Checks what a member typed: all three or none (null then), a date between 2015 and
     * {@code today}, and an http(s) address; each refusal names its field.
     */
    public static SbtiValidation of(LocalDate validatedOn, TargetClassification classification, String link,
                                    LocalDate today) {
        boolean noLink = link == null || link.isBlank();
        if (validatedOn == null && classification == null && noLink) {
            return null;
        }
        if (validatedOn == null) {
            throw new FieldRuleViolation("sbtiValidatedOn", "pledge.sbti.incomplete");
        }
        if (classification == null) {
            throw new FieldRuleViolation("sbtiClassification", "pledge.sbti.incomplete");
        }
        if (noLink) {
            throw new FieldRuleViolation("sbtiLink", "pledge.sbti.incomplete");
        }
        if (validatedOn.isBefore(EARLIEST) || validatedOn.isAfter(today)) {
            throw new FieldRuleViolation("sbtiValidatedOn", "pledge.sbti.date", EARLIEST, today);
        }
        return new SbtiValidation(validatedOn, classification, webAddress(link.strip()));
    }

    private static URI webAddress(String link) {
        try {
            URI uri = new URI(link);
            if (!("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
                    || uri.getHost() == null || uri.getHost().isBlank()) {
                throw new FieldRuleViolation("sbtiLink", "pledge.sbti.link");
            }
            return uri;
        } catch (java.net.URISyntaxException notAnAddress) {
            throw new FieldRuleViolation("sbtiLink", "pledge.sbti.link");
        }
    }
}
