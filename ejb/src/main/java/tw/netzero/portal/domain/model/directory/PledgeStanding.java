package tw.netzero.portal.domain.model.directory;

import java.util.Arrays;
import java.util.Optional;

/**
 * A member's pledge as the public sees it. An approved version in force wins over a revision
 * that is being reviewed; drafts, returned and rejected versions are not public, so a member
 * with only those has NONE.
 */
public enum PledgeStanding {
    NONE("none"),
    /** Submitted or under review. */
    SUBMITTED("submitted"),
    APPROVED("approved");

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
