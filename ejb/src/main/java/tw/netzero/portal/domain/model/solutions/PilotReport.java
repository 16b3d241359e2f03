package tw.netzero.portal.domain.model.solutions;

import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import tw.netzero.portal.domain.model.shared.NoHiddenCharacters;
import tw.netzero.portal.domain.model.shared.ValidEmissions;

/**
 * What a member reports on a pilot (issue 16, item 5; decision 0047), as member/pilots.xhtml sends it: the
 * status it moves to and, when completed, the measured reduction in t CO2e per year with its basis and
 * the date it was measured; when stopped, the reason. Ranges here (Bean Validation, messages in
 * ValidationMessages*); which fields a status needs, and the moves allowed, in {@link Pilot}.
 *
 * @param measuredOn the day the measurement ends (the last day of the metered period)
 */
public record PilotReport(
        PilotStatus status,
        @ValidEmissions BigDecimal measuredReductionTonnesPerYear,
        @Size(max = Pilot.TEXT_MAX, message = "{pilot.text.size}") @NoHiddenCharacters String measurementBasis,
        LocalDate measuredOn,
        @Size(max = Pilot.TEXT_MAX, message = "{pilot.text.size}") @NoHiddenCharacters String stopReason)
        implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A move that needs no other field: a planned pilot starting. */
    public static PilotReport to(PilotStatus status) {
        return new PilotReport(status, null, null, null, null);
    }

    public static PilotReport completed(BigDecimal tonnesPerYear, String basis, LocalDate measuredOn) {
        return new PilotReport(PilotStatus.COMPLETED, tonnesPerYear, basis, measuredOn, null);
    }

    public static PilotReport stopped(String reason) {
        return new PilotReport(PilotStatus.STOPPED, null, null, null, reason);
    }
}
