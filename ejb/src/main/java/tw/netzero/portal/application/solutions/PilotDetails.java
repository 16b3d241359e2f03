package tw.netzero.portal.application.solutions;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import tw.netzero.portal.domain.model.shared.Emissions;
import tw.netzero.portal.domain.model.solutions.Pilot;
import tw.netzero.portal.domain.model.solutions.PilotStatus;

/**
 * A pilot of a winning proposal as the member company that runs it reads it: a read-only copy of {@link Pilot},
 * so that no entity reaches a view (issue 19, item 2). {@code version} is what the member's report sends back.
 */
public record PilotDetails(long id, long proposalId, long challengeId, long callId, long companyId, PilotStatus status,
                           Instant matchedAt, Instant startedAt, Emissions measuredReduction, String measurementBasis,
                           LocalDate measuredOn, String stopReason, String reportedBy, Instant reportedAt, long version)
        implements Serializable {

    private static final long serialVersionUID = 1L;

    public static PilotDetails of(Pilot pilot) {
        return new PilotDetails(pilot.id(), pilot.proposalId(), pilot.challengeId(), pilot.callId(), pilot.companyId(),
                pilot.status(), pilot.matchedAt(), pilot.startedAt(), pilot.measuredReduction(),
                pilot.measurementBasis(), pilot.measuredOn(), pilot.stopReason(), pilot.reportedBy(),
                pilot.reportedAt(), pilot.version());
    }
}
