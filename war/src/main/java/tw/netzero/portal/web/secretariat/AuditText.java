package tw.netzero.portal.web.secretariat;

import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tw.netzero.portal.application.audit.AuditLine;
import tw.netzero.portal.application.audit.AuditSubjects;
import tw.netzero.portal.application.audit.AuditSubjects.Subject;
import tw.netzero.portal.domain.model.audit.AuditAction;
import tw.netzero.portal.web.support.Messages;

/**
 * An audit line's record and details in the page's language (issue 20, defect 5): the company's
 * name with the filing's year or the pledge's version instead of internal ids, status and role
 * values by their labels, and the phrases the portal itself writes into details translated. What
 * people wrote (comments, reasons) is shown as they wrote it.
 */
final class AuditText {

    /** Bundles whose keys end in an enum value the services write into details (FilingStatus, Role...). */
    private static final List<String> VALUE_LABELS = List.of("filingStatus.", "pledge.status.", "cycle.status.",
            "membershipStatus.", "role.");
    private static final Pattern VALUE = Pattern.compile("\\b[A-Z][A-Z0-9]+(?:_[A-Z0-9]+)*\\b");

    /**
     * Phrases the services write into details (LoginService, SecondFactorService, FilingService,
     * ReportingCycleService, ReminderDelivery, AccountService); the translation of each is
     * audit.phrase.{its index}. Matched longest first, so a phrase wins over the words inside it.
     */
    private static final List<String> PHRASES = List.of("second factor accepted", "from the account page",
            "with the password", "with a code", "unknown e-mail", "at sign-in", "reporting year", "recipient(s)",
            "revision", "tolerance", "version", "left", "due", "as", "password accepted; second factor due",
            "second factor delayed after", "failures in a row, the last at", "failures in a row", "in a row",
            "account disabled", "no password set", "wrong password", "owner e-mailed", "a code already used",
            "wrong code confirming the app", "wrong code", "delayed after");
    private static final Pattern PHRASE = Pattern.compile("\\b(" + String.join("|", PHRASES.stream()
            .sorted(Comparator.comparingInt(String::length).reversed()).map(Pattern::quote).toList()) + ")(?![\\w-])");

    /** Lines whose details are (or end with) what a person wrote: only ids and values are replaced. */
    private static final Set<AuditAction> WRITTEN_BY_PEOPLE = EnumSet.of(AuditAction.PLEDGE_APPROVED,
            AuditAction.PLEDGE_RETURNED, AuditAction.PLEDGE_REJECTED, AuditAction.FILING_RETURNED,
            AuditAction.COMPANY_REJECTED, AuditAction.BASE_YEAR_RESTATED, AuditAction.COMMITMENT_EXTENDED,
            AuditAction.COMPANY_UPDATED, AuditAction.COMPANY_ACTIVATED, AuditAction.COMPANY_CREATED,
            AuditAction.HISTORY_IMPORTED, AuditAction.EVIDENCE_ATTACHED);

    private final Locale locale;
    private final Map<String, Subject> subjects;

    AuditText(Locale locale, Map<String, Subject> subjects) {
        this.locale = locale;
        this.subjects = subjects;
    }

    /** "Harbor Crest Steel Corporation · 2025 filing"; the type and id when the record is gone. */
    String target(AuditLine entry) {
        if (entry.targetType() == null) {
            return "";
        }
        Subject subject = subjects.get(AuditSubjects.key(entry.targetType(), entry.targetId()));
        if (subject == null) {
            String type = text("audit.type." + entry.targetType());
            type = type.startsWith("audit.type.") ? entry.targetType() : type;
            return entry.targetId() == null ? type : type + " " + entry.targetId();
        }
        String what = switch (entry.targetType()) {
            case "filing" -> text("audit.subject.filing", subject.year());
            case "pledge" -> text("audit.subject.pledge", subject.version());
            case "cycle" -> text("audit.subject.cycle", subject.year());
            case "restatement" -> text("audit.subject.restatement");
            case "account" -> subject.email();
            default -> null;
        };
        String company = companyName(subject);
        if (company == null) {
            return what == null ? "" : what;
        }
        return what == null ? company : company + " · " + what;
    }

    String details(AuditLine entry) {
        String details = entry.details();
        if (details == null) {
            return "";
        }
        Matcher company = AuditSubjects.COMPANY_IN_DETAILS.matcher(details);
        StringBuilder named = new StringBuilder();
        while (company.find()) {
            Subject subject = subjects.get(AuditSubjects.key("company", company.group(1)));
            String name = subject == null ? null : companyName(subject);
            company.appendReplacement(named, Matcher.quoteReplacement(name == null ? company.group() : name));
        }
        company.appendTail(named);
        String labelled = replace(VALUE, named.toString(), this::valueLabel);
        if (WRITTEN_BY_PEOPLE.contains(entry.action()) || Locale.ENGLISH.getLanguage().equals(locale.getLanguage())) {
            return labelled;
        }
        return replace(PHRASE, labelled, phrase -> text("audit.phrase." + PHRASES.indexOf(phrase)));
    }

    private String companyName(Subject subject) {
        boolean chinese = Locale.CHINESE.getLanguage().equals(locale.getLanguage());
        return chinese && subject.companyZh() != null ? subject.companyZh() : subject.companyEn();
    }

    private String valueLabel(String value) {
        for (String prefix : VALUE_LABELS) {
            String label = Messages.text(locale, prefix + value);
            if (!label.equals(prefix + value)) {
                return label;
            }
        }
        return value;
    }

    private String text(String key, Object... arguments) {
        return Messages.text(locale, key, arguments);
    }

    private static String replace(Pattern pattern, String text, java.util.function.UnaryOperator<String> by) {
        Matcher matcher = pattern.matcher(text);
        StringBuilder replaced = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(replaced, Matcher.quoteReplacement(by.apply(matcher.group())));
        }
        matcher.appendTail(replaced);
        return replaced.toString();
    }
}
