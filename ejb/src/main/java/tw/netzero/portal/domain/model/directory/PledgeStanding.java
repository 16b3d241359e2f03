package tw.netzero.portal.domain.model.directory;

import java.util.Arrays;
import java.util.Optional;

/**
 * A member's pledge as the public sees it. An approved version in force wins over a revision
 * that is being reviewed; drafts, returned and rejected versions are not public, so a member
 * with only those has NONE. Without an approved version, the commitment window
 * ({@link tw.netzero.portal.domain.model.pledge.CommitmentWindow}: 24 months from joining) wins
 * over both once it is over: LAPSED, or EXTENDED while an extension the secretariat recorded runs
 * (SBTi's dashboard: "Removed" / "Extended").
 */
public enum PledgeStanding {
    NONE("none"),
    /** Submitted or under review. */
    SUBMITTED("submitted"),
    APPROVED("approved"),
    /** No approved pledge 24 months after joining, nor within an extension: "commitment lapsed". */
    LAPSED("lapsed"),
    /** No approved pledge after 24 months, within the extension the secretariat recorded. */
    EXTENDED("extended");

    private final String parameter;

    PledgeStanding(String parameter) {
        this.parameter = parameter;
    }

    /** The stable name in URLs, files and the open data API. */
    public String parameter() {
        return parameter;
    }

    public String messageKey() {
        return "directory.pledge." + parameter;
    }

    public static Optional<PledgeStanding> ofParameter(String value) {
        return Arrays.stream(values()).filter(standing -> standing.parameter.equals(value)).findFirst();
    }
}
