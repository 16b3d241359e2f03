package tw.netzero.portal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tw.netzero.portal.domain.model.account.Role;
import tw.netzero.portal.domain.model.audit.AuditAction;
import tw.netzero.portal.domain.model.credit.CreditProjectType;
import tw.netzero.portal.domain.model.credit.CreditRegistry;
import tw.netzero.portal.domain.model.company.District;
import tw.netzero.portal.domain.model.company.IndustryGroup;
import tw.netzero.portal.domain.model.company.MembershipStatus;
import tw.netzero.portal.domain.model.cycle.CycleStatus;
import tw.netzero.portal.domain.model.cycle.DeadlineStanding;
import tw.netzero.portal.domain.model.cycle.ReminderKind;
import tw.netzero.portal.domain.model.filing.AssuranceLevel;
import tw.netzero.portal.domain.model.filing.FilingField;
import tw.netzero.portal.domain.model.filing.FilingStatus;
import tw.netzero.portal.domain.model.filing.OnTrackStatus;
import tw.netzero.portal.domain.model.filing.Scope3EntryStatus;
import tw.netzero.portal.domain.model.filing.TargetProgressStatus;
import tw.netzero.portal.domain.model.history.HistoryColumn;
import tw.netzero.portal.domain.model.pledge.BoundaryApproach;
import tw.netzero.portal.domain.model.pledge.PledgeStatus;
import tw.netzero.portal.domain.model.pledge.RestatementReason;
import tw.netzero.portal.domain.model.pledge.RuleOutcome;
import tw.netzero.portal.domain.model.pledge.SbtiCriteriaVersion;
import tw.netzero.portal.domain.model.pledge.Scope2Method;
import tw.netzero.portal.domain.model.pledge.TargetBoundary;
import tw.netzero.portal.domain.model.pledge.TargetClassification;
import tw.netzero.portal.domain.model.pledge.TargetHorizon;
import tw.netzero.portal.domain.model.pledge.TargetKind;
import tw.netzero.portal.domain.model.pledge.TargetType;
import tw.netzero.portal.domain.model.registry.Reconciliation;
import tw.netzero.portal.domain.model.registry.RegistrationDuty;
import tw.netzero.portal.domain.model.registry.VerificationStatus;
import tw.netzero.portal.domain.model.review.ReviewKind;
import tw.netzero.portal.domain.model.shared.Scope3Category;
import tw.netzero.portal.domain.model.shared.Scope;
import tw.netzero.portal.domain.model.solutions.CallPhase;
import tw.netzero.portal.domain.model.solutions.ProposalOutcome;
import tw.netzero.portal.domain.model.solutions.ProposalStatus;

/** Both languages say everything: no page may ever show a raw message key. */
class MessageBundlesTest {

    private static final String BUNDLE = "/tw/netzero/portal/web/messages";

    @Test
    void englishAndTraditionalChineseHaveTheSameKeys() throws IOException {
        Set<String> english = new TreeSet<>(load("").stringPropertyNames());
        Set<String> chinese = new TreeSet<>(load("_zh_TW").stringPropertyNames());
        Set<String> onlyEnglish = new TreeSet<>(english);
        onlyEnglish.removeAll(chinese);
        Set<String> onlyChinese = new TreeSet<>(chinese);
        onlyChinese.removeAll(english);
        assertEquals(Set.of(), onlyEnglish, "missing in zh_TW");
        assertEquals(Set.of(), onlyChinese, "missing in English");
    }

    @Test
    void everyValueShownOnAPageHasALabel() throws IOException {
        Properties english = load("");
        List<String> missing = Stream.of(
                        keys("industryGroup.", IndustryGroup.values()), keys("district.", District.values()),
                        keys("membershipStatus.", MembershipStatus.values()), keys("role.", Role.values()),
                        keys("audit.action.", AuditAction.values()), keys("pledge.status.", PledgeStatus.values()),
                        keys("pledge.scope2Method.", Scope2Method.values()), keys("pledge.targetKind.", TargetKind.values()),
                        keys("pledge.boundary.", BoundaryApproach.values()), keys("scope3.", Scope3Category.values()),
                        keys("filing.status.", FilingStatus.values()), keys("onTrack.", OnTrackStatus.values()),
                        keys("scope3Status.", Scope3EntryStatus.values()), keys("scope.", Scope.values()),
                        keys("assurance.", AssuranceLevel.values()), keys("restatement.reason.", RestatementReason.values()),
                        keys("filingField.", FilingField.values()), keys("queue.kind.", ReviewKind.values()),
                        keys("history.column.", HistoryColumn.values()),
                        keys("cycle.status.", CycleStatus.values()), keys("overdue.standing.", DeadlineStanding.values()),
                        keys("reminder.kind.", ReminderKind.values()),
                        keys("pledge.horizon.", TargetHorizon.values()),
                        keys("pledge.targetBoundary.", TargetBoundary.values()),
                        keys("pledge.targetType.", TargetType.values()),
                        keys("pledge.criteriaVersion.", SbtiCriteriaVersion.values()),
                        keys("pledge.classification.", TargetClassification.values()),
                        keys("pledge.ruleOutcome.", RuleOutcome.values()),
                        keys("filing.targetProgress.", TargetProgressStatus.values()),
                        keys("credit.registry.", CreditRegistry.values()),
                        keys("credit.projectType.", CreditProjectType.values()),
                        keys("call.phase.", CallPhase.values()), keys("proposal.status.", ProposalStatus.values()),
                        keys("proposal.outcome.", ProposalOutcome.values()),
                        keys("registry.duty.", RegistrationDuty.values()),
                        keys("registry.verification.", VerificationStatus.values()),
                        keys("registry.registerBy.", DeadlineStanding.values()),
                        keys("registry.verifyBy.", DeadlineStanding.values()),
                        keys("registry.outcome.", Reconciliation.Outcome.values()))
                .flatMap(List::stream)
                .filter(key -> !english.containsKey(key))
                .toList();
        assertTrue(missing.isEmpty(), () -> "no label for " + missing);
    }

    private static List<String> keys(String prefix, Enum<?>[] values) {
        return Stream.of(values).map(value -> prefix + value.name()).toList();
    }

    private static Properties load(String suffix) throws IOException {
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream(BUNDLE + suffix + ".properties")) {
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        }
    }
}
