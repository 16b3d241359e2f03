package tw.netzero.portal.application.solutions;

import java.io.Serializable;

/** How far one juror is with one call: proposals assigned (submitted, not conflicted), scored, and conflicts declared. */
public record JurorProgress(long jurorAccountId, String email, String displayName, int assigned, int scored,
                            int conflicts) implements Serializable {

    public boolean isDone() {
        return scored >= assigned;
    }
}
