package tw.netzero.portal.web.member;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import tw.netzero.portal.domain.model.filing.AssuranceLevel;
import tw.netzero.portal.domain.model.filing.FilingDraft;
import tw.netzero.portal.domain.model.filing.FilingDraft.Assurance;
import tw.netzero.portal.domain.model.filing.FilingDraft.Scope3Figure;
import tw.netzero.portal.domain.model.filing.Scope3EntryStatus;
import tw.netzero.portal.domain.model.shared.Scope;
import tw.netzero.portal.domain.model.shared.Scope3Category;

/**
 * A progress filing as bound to the form: one row per scope 3 category and per scope's
 * verification. The rules live in {@link FilingDraft}, which this builds.
 */
public class FilingForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private BigDecimal scope1;
    private BigDecimal scope2LocationBased;
    private BigDecimal scope2MarketBased;
    private BigDecimal energyMwh;
    private BigDecimal renewableSharePercent;
    private String reductionActions;
    private BigDecimal productionOutput;
    private String productionUnit;
    private BigDecimal netRevenueMillionNtd;
    private final List<Scope3Row> scope3 = new ArrayList<>();
    private final List<VerificationRow> verification = new ArrayList<>();

    public static FilingForm of(FilingDraft draft) {
        FilingForm form = new FilingForm();
        form.scope1 = draft.scope1();
        form.scope2LocationBased = draft.scope2LocationBased();
        form.scope2MarketBased = draft.scope2MarketBased();
        form.energyMwh = draft.energyMwh();
        form.renewableSharePercent = draft.renewableSharePercent();
        form.reductionActions = draft.reductionActions();
        form.productionOutput = draft.productionOutput();
        form.productionUnit = draft.productionUnit();
        form.netRevenueMillionNtd = draft.netRevenueMillionNtd();
        for (Scope3Category category : Scope3Category.values()) {
            Scope3Figure figure = draft.scope3().get(category);
            form.scope3.add(new Scope3Row(category, figure == null ? null : figure.status(),
                    figure == null ? null : figure.tonnes(), figure == null ? null : figure.reason()));
        }
        for (Scope scope : Scope.values()) {
            Assurance assurance = draft.verification().get(scope);
            form.verification.add(new VerificationRow(scope, assurance == null ? AssuranceLevel.NONE : assurance.level(),
                    assurance == null ? null : assurance.verifier(), assurance == null ? null : assurance.standard()));
        }
        return form;
    }

    /** The draft to save: categories left without a status are not reported yet. */
    public FilingDraft toDraft() {
        Map<Scope3Category, Scope3Figure> figures = new EnumMap<>(Scope3Category.class);
        scope3.stream().filter(row -> row.status != null)
                .forEach(row -> figures.put(row.category, new Scope3Figure(row.status, row.tonnes, row.reason)));
        Map<Scope, Assurance> assurances = new EnumMap<>(Scope.class);
        verification.forEach(row -> assurances.put(row.scope, new Assurance(row.level, row.verifier, row.standard)));
        return new FilingDraft(scope1, scope2LocationBased, scope2MarketBased, figures, energyMwh,
                renewableSharePercent, reductionActions, assurances, productionOutput, productionUnit,
                netRevenueMillionNtd);
    }

    /** One scope 3 category on the form. */
    public static class Scope3Row implements Serializable {
        private static final long serialVersionUID = 1L;
        private final Scope3Category category;
        private Scope3EntryStatus status;
        private BigDecimal tonnes;
        private String reason;

        Scope3Row(Scope3Category category, Scope3EntryStatus status, BigDecimal tonnes, String reason) {
            this.category = category;
            this.status = status;
            this.tonnes = tonnes;
            this.reason = reason;
        }

        public Scope3Category getCategory() {
            return category;
        }

        public Scope3EntryStatus getStatus() {
            return status;
        }

        public void setStatus(Scope3EntryStatus status) {
            this.status = status;
        }

        public BigDecimal getTonnes() {
            return tonnes;
        }

        public void setTonnes(BigDecimal tonnes) {
            this.tonnes = tonnes;
        }

        public String getReason() {
            return reason;
        }

        public void setReason(String reason) {
            this.reason = reason;
        }
    }

    /** The verification of one scope on the form. */
    public static class VerificationRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private final Scope scope;
        private AssuranceLevel level;
        private String verifier;
        private String standard;

        VerificationRow(Scope scope, AssuranceLevel level, String verifier, String standard) {
            this.scope = scope;
            this.level = level;
            this.verifier = verifier;
            this.standard = standard;
        }

        public Scope getScope() {
            return scope;
        }

        public AssuranceLevel getLevel() {
            return level;
        }

        public void setLevel(AssuranceLevel level) {
            this.level = level;
        }

        public String getVerifier() {
            return verifier;
        }

        public void setVerifier(String verifier) {
            this.verifier = verifier;
        }

        public String getStandard() {
            return standard;
        }

        public void setStandard(String standard) {
            this.standard = standard;
        }
    }

    public BigDecimal getScope1() {
        return scope1;
    }

    public void setScope1(BigDecimal scope1) {
        this.scope1 = scope1;
    }

    public BigDecimal getScope2LocationBased() {
        return scope2LocationBased;
    }

    public void setScope2LocationBased(BigDecimal scope2LocationBased) {
        this.scope2LocationBased = scope2LocationBased;
    }

    public BigDecimal getScope2MarketBased() {
        return scope2MarketBased;
    }

    public void setScope2MarketBased(BigDecimal scope2MarketBased) {
        this.scope2MarketBased = scope2MarketBased;
    }

    public BigDecimal getEnergyMwh() {
        return energyMwh;
    }

    public void setEnergyMwh(BigDecimal energyMwh) {
        this.energyMwh = energyMwh;
    }

    public BigDecimal getRenewableSharePercent() {
        return renewableSharePercent;
    }

    public void setRenewableSharePercent(BigDecimal renewableSharePercent) {
        this.renewableSharePercent = renewableSharePercent;
    }

    public String getReductionActions() {
        return reductionActions;
    }

    public void setReductionActions(String reductionActions) {
        this.reductionActions = reductionActions;
    }

    public BigDecimal getProductionOutput() {
        return productionOutput;
    }

    public void setProductionOutput(BigDecimal productionOutput) {
        this.productionOutput = productionOutput;
    }

    public String getProductionUnit() {
        return productionUnit;
    }

    public void setProductionUnit(String productionUnit) {
        this.productionUnit = productionUnit;
    }

    public BigDecimal getNetRevenueMillionNtd() {
        return netRevenueMillionNtd;
    }

    public void setNetRevenueMillionNtd(BigDecimal netRevenueMillionNtd) {
        this.netRevenueMillionNtd = netRevenueMillionNtd;
    }

    public List<Scope3Row> getScope3() {
        return scope3;
    }

    public List<VerificationRow> getVerification() {
        return verification;
    }
}
