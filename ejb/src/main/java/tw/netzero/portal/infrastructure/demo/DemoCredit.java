package tw.netzero.portal.infrastructure.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import tw.netzero.portal.domain.model.credit.CreditCommand;
import tw.netzero.portal.domain.model.credit.CreditProjectType;
import tw.netzero.portal.domain.model.credit.CreditRegistry;
import tw.netzero.portal.domain.model.credit.CreditRetirement;

/**
 * A few retired carbon credits of the demo's pledging members (issue 17, item 3), fictional like the
 * rest: published ones for the profiles, one kept private to show the member's own list. Dated from
 * the demo's last filed year, so no retirement is in the future whenever the demo is loaded.
 */
enum DemoCredit {
    HARBOR_CREST_VERRA(DemoData.DemoAccount.STEEL_ADMIN, CreditRegistry.VERRA, 40_120_001L, 40_132_000L, -2,
            CreditProjectType.RENEWABLE_ENERGY, 11, "Offsetting the 2050 Steel Summit's travel (Kaohsiung)", true),
    HARBOR_CREST_MOENV(DemoData.DemoAccount.STEEL_ADMIN, CreditRegistry.TAIWAN_MOENV, 880_001L, 883_500L, -1,
            CreditProjectType.FORESTRY_AND_LAND_USE, 12, "Contribution beyond the value chain, reporting year", true),
    HARBOR_CREST_PRIVATE(DemoData.DemoAccount.STEEL_ADMIN, CreditRegistry.GOLD_STANDARD, 5_500_001L, 5_502_000L, -1,
            CreditProjectType.METHANE_AVOIDANCE, 12, "Low-carbon product line (to be confirmed)", false),
    LINYUAN_GOLD_STANDARD(DemoData.DemoAccount.PETROCHEMICAL_ADMIN, CreditRegistry.GOLD_STANDARD, 7_310_001L, 7_318_000L, -3,
            CreditProjectType.ENERGY_EFFICIENCY, 9, "Contribution beyond the value chain, reporting year", true);

    /** The member's administrator, who recorded it (the account's company is the credit's). */
    final DemoData.DemoAccount recordedBy;
    private final CreditRegistry registry;
    private final long serialFirst;
    private final long serialLast;
    /** Vintage relative to the retirement year. */
    private final int vintageOffset;
    private final CreditProjectType projectType;
    /** Month of the last filed year in which the credits were retired. */
    private final int retiredInMonth;
    private final String claimedFor;
    private final boolean published;

    DemoCredit(DemoData.DemoAccount recordedBy, CreditRegistry registry, long serialFirst, long serialLast, int vintageOffset,
               CreditProjectType projectType, int retiredInMonth, String claimedFor, boolean published) {
        this.recordedBy = recordedBy;
        this.registry = registry;
        this.serialFirst = serialFirst;
        this.serialLast = serialLast;
        this.vintageOffset = vintageOffset;
        this.projectType = projectType;
        this.retiredInMonth = retiredInMonth;
        this.claimedFor = claimedFor;
        this.published = published;
    }

    /** Whether the record is this demo credit (loaded before): the same first serial in the same registry. */
    boolean isRecordedAs(CreditRetirement credit) {
        return credit.registry() == registry && credit.serials().first() == serialFirst;
    }

    CreditRetirement recorded(long companyId, Year lastFiledYear, LocalDate today, Instant now) {
        LocalDate retiredOn = lastFiledYear.atMonth(retiredInMonth).atDay(20);
        CreditRetirement credit = CreditRetirement.record(companyId, new CreditCommand(registry, serialFirst,
                serialLast, retiredOn.getYear() + vintageOffset, projectType, retiredOn, claimedFor), today, now,
                recordedBy.email);
        if (published) {
            credit.publish(now);
        }
        return credit;
    }
}
