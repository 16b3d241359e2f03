package tw.netzero.portal.web.member;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import tw.netzero.portal.application.registry.RegistryDetails;
import tw.netzero.portal.domain.model.registry.RegistryCommand;
import tw.netzero.portal.domain.model.registry.VerificationStatus;

/**
 * The inputs of member/registry.xhtml (docs/architecture.md "Forms"): no rules here, they are the
 * command's and the entity's.
 */
public class RegistryForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Integer inventoryYear;
    private boolean listedIndustry;
    private BigDecimal direct;
    private BigDecimal indirect;
    private LocalDate registeredOn;
    private VerificationStatus verificationStatus = VerificationStatus.NOT_STARTED;
    private LocalDate verifiedOn;
    private boolean carbonFeePayer;
    private boolean reductionPlanApproved;
    private BigDecimal targetRate;
    private String differenceReason;

    /** A form holding a recorded year, for correcting it. */
    public static RegistryForm of(RegistryDetails record) {
        RegistryCommand command = record.toCommand();
        RegistryForm form = new RegistryForm();
        form.inventoryYear = command.inventoryYear();
        form.listedIndustry = command.listedIndustry();
        form.direct = command.direct();
        form.indirect = command.indirect();
        form.registeredOn = command.registeredOn();
        form.verificationStatus = command.verificationStatus();
        form.verifiedOn = command.verifiedOn();
        form.carbonFeePayer = command.carbonFeePayer();
        form.reductionPlanApproved = command.reductionPlanApproved();
        form.targetRate = command.targetRate();
        form.differenceReason = command.differenceReason();
        return form;
    }

    public RegistryCommand toCommand() {
        return new RegistryCommand(inventoryYear, listedIndustry, direct, indirect, registeredOn, verificationStatus,
                verifiedOn, carbonFeePayer, reductionPlanApproved, targetRate, differenceReason);
    }

    public Integer getInventoryYear() {
        return inventoryYear;
    }

    public void setInventoryYear(Integer inventoryYear) {
        this.inventoryYear = inventoryYear;
    }

    public boolean isListedIndustry() {
        return listedIndustry;
    }

    public void setListedIndustry(boolean listedIndustry) {
        this.listedIndustry = listedIndustry;
    }

    public BigDecimal getDirect() {
        return direct;
    }

    public void setDirect(BigDecimal direct) {
        this.direct = direct;
    }

    public BigDecimal getIndirect() {
        return indirect;
    }

    public void setIndirect(BigDecimal indirect) {
        this.indirect = indirect;
    }

    public LocalDate getRegisteredOn() {
        return registeredOn;
    }

    public void setRegisteredOn(LocalDate registeredOn) {
        this.registeredOn = registeredOn;
    }

    public VerificationStatus getVerificationStatus() {
        return verificationStatus;
    }

    public void setVerificationStatus(VerificationStatus verificationStatus) {
        this.verificationStatus = verificationStatus;
    }

    public LocalDate getVerifiedOn() {
        return verifiedOn;
    }

    public void setVerifiedOn(LocalDate verifiedOn) {
        this.verifiedOn = verifiedOn;
    }

    public boolean isCarbonFeePayer() {
        return carbonFeePayer;
    }

    public void setCarbonFeePayer(boolean carbonFeePayer) {
        this.carbonFeePayer = carbonFeePayer;
    }

    public boolean isReductionPlanApproved() {
        return reductionPlanApproved;
    }

    public void setReductionPlanApproved(boolean reductionPlanApproved) {
        this.reductionPlanApproved = reductionPlanApproved;
    }

    public BigDecimal getTargetRate() {
        return targetRate;
    }

    public void setTargetRate(BigDecimal targetRate) {
        this.targetRate = targetRate;
    }

    public String getDifferenceReason() {
        return differenceReason;
    }

    public void setDifferenceReason(String differenceReason) {
        this.differenceReason = differenceReason;
    }
}
