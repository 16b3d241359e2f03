package tw.netzero.portal.web.solutions;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import tw.netzero.portal.domain.model.solutions.PilotReport;
import tw.netzero.portal.domain.model.solutions.PilotStatus;

/** The inputs of member/pilots.xhtml's report (docs/architecture.md "Forms"): no rules here. */
public class PilotReportForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private PilotStatus status;
    private BigDecimal measuredReduction;
    private String measurementBasis;
    private LocalDate measuredOn;
    private String stopReason;

    /** An empty form proposing the first move the pilot may make (running, then completed). */
    static PilotReportForm from(PilotStatus current) {
        PilotReportForm form = new PilotReportForm();
        form.status = current == PilotStatus.PLANNED ? PilotStatus.RUNNING : PilotStatus.COMPLETED;
        return form;
    }

    public PilotReport toReport() {
        return new PilotReport(status, measuredReduction, measurementBasis, measuredOn, stopReason);
    }

    public PilotStatus getStatus() {
        return status;
    }

    public void setStatus(PilotStatus status) {
        this.status = status;
    }

    public BigDecimal getMeasuredReduction() {
        return measuredReduction;
    }

    public void setMeasuredReduction(BigDecimal measuredReduction) {
        this.measuredReduction = measuredReduction;
    }

    public String getMeasurementBasis() {
        return measurementBasis;
    }

    public void setMeasurementBasis(String measurementBasis) {
        this.measurementBasis = measurementBasis;
    }

    public LocalDate getMeasuredOn() {
        return measuredOn;
    }

    public void setMeasuredOn(LocalDate measuredOn) {
        this.measuredOn = measuredOn;
    }

    public String getStopReason() {
        return stopReason;
    }

    public void setStopReason(String stopReason) {
        this.stopReason = stopReason;
    }
}
