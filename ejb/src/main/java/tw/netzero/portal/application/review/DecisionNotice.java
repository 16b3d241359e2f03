package tw.netzero.portal.application.review;

import java.util.List;

/** An e-mail telling a company of a secretariat decision, sent once the decision is committed. */
public record DecisionNotice(List<String> recipients, String subject, String body) {
}
