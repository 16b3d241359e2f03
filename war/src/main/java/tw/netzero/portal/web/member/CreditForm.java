package tw.netzero.portal.web.member;

import java.io.Serializable;
import java.time.LocalDate;
import tw.netzero.portal.application.credit.CreditDetails;
import tw.netzero.portal.domain.model.credit.CreditCommand;
import tw.netzero.portal.domain.model.credit.CreditProjectType;
import tw.netzero.portal.domain.model.credit.CreditRegistry;

/**
 * The inputs of member/credits.xhtml (docs/architecture.md "Forms"): no rules here, they are the
 * command's and the entity's.
 */
public class CreditForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private CreditRegistry registry;
    private Long serialFirst;
    private Long serialLast;
    private Integer vintage;
    private CreditProjectType projectType;
    private LocalDate retiredOn;
    private String claimedFor;

    /** A form holding a recorded retirement, for correcting it. */
    public static CreditForm of(CreditDetails retirement) {
        CreditCommand command = retirement.toCommand();
        CreditForm form = new CreditForm();
        form.registry = command.registry();
        form.serialFirst = command.serialFirst();
        form.serialLast = command.serialLast();
        form.vintage = command.vintage();
        form.projectType = command.projectType();
        form.retiredOn = command.retiredOn();
        form.claimedFor = command.claimedFor();
        return form;
    }

    public CreditCommand toCommand() {
        return new CreditCommand(registry, serialFirst, serialLast, vintage, projectType, retiredOn, claimedFor);
    }

    public CreditRegistry getRegistry() {
        return registry;
    }

    public void setRegistry(CreditRegistry registry) {
        this.registry = registry;
    }

    public Long getSerialFirst() {
        return serialFirst;
    }

    public void setSerialFirst(Long serialFirst) {
        this.serialFirst = serialFirst;
    }

    public Long getSerialLast() {
        return serialLast;
    }

    public void setSerialLast(Long serialLast) {
        this.serialLast = serialLast;
    }

    public Integer getVintage() {
        return vintage;
    }

    public void setVintage(Integer vintage) {
        this.vintage = vintage;
    }

    public CreditProjectType getProjectType() {
        return projectType;
    }

    public void setProjectType(CreditProjectType projectType) {
        this.projectType = projectType;
    }

    public LocalDate getRetiredOn() {
        return retiredOn;
    }

    public void setRetiredOn(LocalDate retiredOn) {
        this.retiredOn = retiredOn;
    }

    public String getClaimedFor() {
        return claimedFor;
    }

    public void setClaimedFor(String claimedFor) {
        this.claimedFor = claimedFor;
    }
}
