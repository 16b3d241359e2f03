package tw.netzero.portal.domain.model.directory;

import java.util.Arrays;
import java.util.Optional;

/** The on/off-track badge of a member's latest reported year (absent when it could not be judged). */
public enum TrackBadge {
    ON_TRACK("on-track", "filing.onTrack.onTrack"),
    OFF_TRACK("off-track", "filing.onTrack.offTrack");

    private final String parameter;
    private final String messageKey;

    TrackBadge(String parameter, String messageKey) {
        this.parameter = parameter;
        this.messageKey = messageKey;
    }

    public String parameter() {
        return parameter;
    }

    public String messageKey() {
        return messageKey;
    }

    public static Optional<TrackBadge> ofParameter(String value) {
        return Arrays.stream(values()).filter(badge -> badge.parameter.equals(value)).findFirst();
    }
}
