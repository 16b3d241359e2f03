package tw.netzero.portal.domain.model.filing;

/** How a reporting year's emissions compare with the approved pathway. */
public enum OnTrackStatus {
    ON_TRACK("filing.onTrack.onTrack"),
    OFF_TRACK("filing.onTrack.offTrack"),
    NO_APPROVED_PLEDGE("filing.onTrack.noApprovedPledge"),
    /**
     * Not measured like the base year: a scope 3 category the pledge covers is "not evaluated" in
     * the filing, so its emissions are unknown, not zero (domain brief, "Progress filings").
     */
    NOT_COMPARABLE("filing.onTrack.notComparable");

    private final String messageKey;

    OnTrackStatus(String messageKey) {
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
