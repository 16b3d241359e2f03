package tw.netzero.portal.web.secretariat;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import tw.netzero.portal.application.cycle.CycleDetails;
import tw.netzero.portal.application.cycle.ReportingCycleService;
import tw.netzero.portal.domain.model.cycle.DueDates;
import tw.netzero.portal.web.support.Messages;
import tw.netzero.portal.web.support.ServiceCall;

/** secretariat/cycles.xhtml (secretariat admins): open a reporting cycle per year, move its due date, close it. */
@Named
@ViewScoped
public class CyclesView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ReportingCycleService cycleService;

    @Inject
    private ServiceCall serviceCall;

    @Inject
    private Messages messages;

    private List<CycleDetails> cycles;

    private Integer newYear;
    private LocalDate newDueDate;
    private BigDecimal newTolerance = BigDecimal.ZERO;

    private CycleDetails editing;
    private LocalDate editDueDate;
    private BigDecimal editTolerance;

    @PostConstruct
    void load() {
        cycles = cycleService.cycles();
        if (newYear == null) {
            newYear = Year.now(DueDates.ALLIANCE_ZONE).minusYears(1).getValue();
            proposeDueDate();
        }
    }

    /** The default due date for the year chosen in the "open" form. */
    public void proposeDueDate() {
        newDueDate = newYear == null ? null : cycleService.defaultDueDate(Year.of(newYear));
    }

    public void open() {
        serviceCall.call("open", () -> cycleService.open(newYear == null ? null : Year.of(newYear), newDueDate,
                newTolerance)).ifPresent(opened -> {
                    messages.info("cycle.opened", opened.reportingYear(), opened.dueDate().toString());
                    newYear = null;
                    load();
                });
    }

    public void edit(CycleDetails cycle) {
        editing = cycle;
        editDueDate = cycle.dueDate();
        editTolerance = cycle.tolerance().value();
    }

    public void save() {
        serviceCall.call("edit", () -> cycleService.reschedule(editing.id(), editDueDate, editTolerance,
                editing.version())).ifPresent(saved -> {
                    messages.info("cycle.saved", saved.reportingYear());
                    editing = null;
                    load();
                });
    }

    public void close() {
        serviceCall.call("edit", () -> cycleService.close(editing.id(), editing.version())).ifPresent(closed -> {
            messages.info("cycle.closedMessage", closed.reportingYear());
            editing = null;
            load();
        });
    }

    public void cancel() {
        editing = null;
    }

    public List<CycleDetails> getCycles() {
        return cycles;
    }

    public Integer getNewYear() {
        return newYear;
    }

    public void setNewYear(Integer newYear) {
        this.newYear = newYear;
    }

    public LocalDate getNewDueDate() {
        return newDueDate;
    }

    public void setNewDueDate(LocalDate newDueDate) {
        this.newDueDate = newDueDate;
    }

    public BigDecimal getNewTolerance() {
        return newTolerance;
    }

    public void setNewTolerance(BigDecimal newTolerance) {
        this.newTolerance = newTolerance;
    }

    public CycleDetails getEditing() {
        return editing;
    }

    public LocalDate getEditDueDate() {
        return editDueDate;
    }

    public void setEditDueDate(LocalDate editDueDate) {
        this.editDueDate = editDueDate;
    }

    public BigDecimal getEditTolerance() {
        return editTolerance;
    }

    public void setEditTolerance(BigDecimal editTolerance) {
        this.editTolerance = editTolerance;
    }
}
