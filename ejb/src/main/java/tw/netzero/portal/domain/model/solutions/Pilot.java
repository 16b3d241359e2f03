package tw.netzero.portal.domain.model.solutions;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import tw.netzero.portal.domain.model.shared.DomainRuleViolation;
import tw.netzero.portal.domain.model.shared.Emissions;
import tw.netzero.portal.domain.model.shared.FieldRuleViolation;
import tw.netzero.portal.domain.model.shared.RequiredText;

/**
 * A winning proposal tried out at the member company that posted the challenge it addresses (issue 16,
 * item 5; decision 0047). The secretariat matches it once the call's results are published, one pilot
 * per winning proposal; the member reports its status ({@link PilotStatus}) and, when completed, the
 * reduction it measured in t CO2e per year, with the basis and the date of the measurement, beside the
 * provider's expected reduction.
 */
@Entity
@Table(name = "solution_pilot")
public class Pilot implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int TEXT_MAX = 2000;

    @Id
    @TableGenerator(name = "solution_pilot_id", table = "id_sequence", pkColumnName = "sequence_name",
            valueColumnName = "next_value", pkColumnValue = "solution_pilot", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "solution_pilot_id")
    private Long id;

    @Column(name = "proposal_id", nullable = false, updatable = false, unique = true)
    private Long proposalId;

    @Column(name = "challenge_id", nullable = false, updatable = false)
    private Long challengeId;

    @Column(name = "call_id", nullable = false, updatable = false)
    private Long callId;

    /** The member company that posted the challenge: the one that runs and reports the pilot. */
    @Column(name = "company_id", nullable = false, updatable = false)
    private long companyId;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private PilotStatus status;

    @Column(name = "matched_by", nullable = false, length = 254, updatable = false)
    private String matchedBy;

    @Column(name = "matched_at", nullable = false, updatable = false)
    private Instant matchedAt;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "measured_reduction_t", precision = 15, scale = 3)
    private Emissions measuredReduction;

    @Column(name = "measurement_basis", length = TEXT_MAX)
    private String measurementBasis;

    @Column(name = "measured_on")
    private LocalDate measuredOn;

    @Column(name = "stop_reason", length = TEXT_MAX)
    private String stopReason;

    @Column(name = "reported_by", length = 254)
    private String reportedBy;

    @Column(name = "reported_at")
    private Instant reportedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Pilot() {
        // for JPA
    }

    /**
     * Matches a winning proposal with the company whose challenge it addresses: only once the call's
     * results are published, only a winner, only a proposal to a challenge (one to the call as a whole
     * has no member to pilot it).
     */
    public static Pilot match(CallForSolutions call, Proposal proposal, Challenge challenge, String matchedBy,
                              Instant now) {
        if (!Objects.equals(proposal.callId(), call.id())) {
            throw new IllegalArgumentException("proposal " + proposal.id() + " is not in call " + call.id());
        }
        if (call.phase(now) != CallPhase.RESULTS_PUBLISHED) {
            throw new DomainRuleViolation("pilot.resultsNotPublished");
        }
        if (proposal.outcome() != ProposalOutcome.WINNER) {
            throw new DomainRuleViolation("pilot.notWinner");
        }
        if (proposal.challengeId() == null || challenge == null) {
            throw new DomainRuleViolation("pilot.noChallenge");
        }
        if (!Objects.equals(proposal.challengeId(), challenge.id())) {
            throw new IllegalArgumentException("proposal " + proposal.id() + " does not address challenge " + challenge.id());
        }
        Pilot pilot = new Pilot();
        pilot.proposalId = proposal.id();
        pilot.challengeId = challenge.id();
        pilot.callId = call.id();
        pilot.companyId = challenge.companyId();
        pilot.status = PilotStatus.PLANNED;
        pilot.matchedBy = Objects.requireNonNull(matchedBy, "matchedBy");
        pilot.matchedAt = Objects.requireNonNull(now, "now");
        return pilot;
    }

    /**
     * The member's report: the next status ({@link PilotStatus#next()}); completing needs the measured
     * reduction, its basis and the day it was measured (not in the future, not before the pilot started
     * running: {@code today} in Taipei); stopping needs the reason. Refused at the field to correct.
     */
    public void report(PilotReport report, LocalDate today, String reporter, Instant now) {
        PilotStatus next = report.status();
        if (next == null) {
            throw new FieldRuleViolation("status", "pilot.status.required");
        }
        if (status.isFinal()) {
            throw new DomainRuleViolation("pilot.status.final");
        }
        if (!status.canMoveTo(next)) {
            throw new FieldRuleViolation("status", "pilot.status.notNext");
        }
        switch (next) {
            case RUNNING -> startedAt = now;
            case COMPLETED -> complete(report, today);
            case STOPPED -> stopReason = required("stopReason", report.stopReason(), "pilot.stopReason.required");
            default -> throw new IllegalStateException("no move to " + next);
        }
        status = next;
        reportedBy = Objects.requireNonNull(reporter, "reporter");
        reportedAt = now;
    }

    private void complete(PilotReport report, LocalDate today) {
        if (report.measuredReductionTonnesPerYear() == null) {
            throw new FieldRuleViolation("measuredReductionTonnesPerYear", "pilot.measured.required");
        }
        Emissions measured = Emissions.of(report.measuredReductionTonnesPerYear());
        String basis = required("measurementBasis", report.measurementBasis(), "pilot.basis.required");
        LocalDate on = report.measuredOn();
        if (on == null) {
            throw new FieldRuleViolation("measuredOn", "pilot.measuredOn.required");
        }
        if (on.isAfter(today)) {
            throw new FieldRuleViolation("measuredOn", "pilot.measuredOn.future");
        }
        LocalDate started = LocalDate.ofInstant(startedAt, CallForSolutions.ZONE);
        if (on.isBefore(started)) {
            throw new FieldRuleViolation("measuredOn", "pilot.measuredOn.beforeStart", started);
        }
        measuredReduction = measured;
        measurementBasis = basis;
        measuredOn = on;
    }

    private static String required(String field, String value, String key) {
        return RequiredText.stripped(field, value, TEXT_MAX, key, "pilot.text.tooLong");
    }

    /** Whether this company runs the pilot (the company that posted the challenge). */
    public boolean isRunBy(long company) {
        return companyId == company;
    }

    public Long id() {
        return id;
    }

    public Long proposalId() {
        return proposalId;
    }

    public Long challengeId() {
        return challengeId;
    }

    public Long callId() {
        return callId;
    }

    public long companyId() {
        return companyId;
    }

    public PilotStatus status() {
        return status;
    }

    public String matchedBy() {
        return matchedBy;
    }

    public Instant matchedAt() {
        return matchedAt;
    }

    public Instant startedAt() {
        return startedAt;
    }

    /** The reduction the member measured, t CO2e per year; null until completed. */
    public Emissions measuredReduction() {
        return measuredReduction;
    }

    public String measurementBasis() {
        return measurementBasis;
    }

    public LocalDate measuredOn() {
        return measuredOn;
    }

    public String stopReason() {
        return stopReason;
    }

    public String reportedBy() {
        return reportedBy;
    }

    public Instant reportedAt() {
        return reportedAt;
    }

    public long version() {
        return version;
    }
}
