package tw.netzero.portal.domain.model.alliance;

import java.io.Serializable;
import java.time.Year;

/**
 * How much of the alliance the figures cover: its active members, those with an approved
 * pledge, those that filed for the reporting year (submitted or accepted), and those whose
 * filing for that year has scope 1 and scope 2 verified (limited or reasonable assurance).
 */
public record MemberCoverage(Year reportingYear, long activeMembers, long withApprovedPledge, long withFiling,
                             long withVerifiedFiling) implements Serializable {
}
