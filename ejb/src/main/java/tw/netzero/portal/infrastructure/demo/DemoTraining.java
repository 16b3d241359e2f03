package tw.netzero.portal.infrastructure.demo;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import tw.netzero.portal.domain.model.training.TrainingCommand;
import tw.netzero.portal.domain.model.training.TrainingRecord;

/**
 * A few staff training records of the demo's members (issue 17, item 4), fictional like the rest,
 * dated in the demo's last filed year so none is in the future whenever the demo is loaded.
 */
enum DemoTraining {
    STEEL_INVENTORY(DemoData.DemoAccount.STEEL_ADMIN, "ISO 14064-1 greenhouse gas inventory", "Net Zero Institute",
            "18", 24, 4),
    STEEL_VERIFICATION(DemoData.DemoAccount.STEEL_ADMIN, "ISO 14064-3 verification basics", "Net Zero Institute",
            "12", 8, 9),
    PETROCHEMICAL_CARBON_FEE(DemoData.DemoAccount.PETROCHEMICAL_ADMIN, "Carbon fee and voluntary reduction plans",
            "Net Zero Institute", "6", 15, 6),
    ELECTRONICS_PRODUCT_FOOTPRINT(DemoData.DemoAccount.ELECTRONICS_ADMIN, "ISO 14067 product carbon footprint",
            "Net Zero Institute", "21", 10, 10);

    final DemoData.DemoAccount recordedBy;
    private final String course;
    private final String provider;
    private final String hours;
    private final int staff;
    /** Month of the last filed year in which the certificates were issued. */
    private final int certifiedInMonth;

    DemoTraining(DemoData.DemoAccount recordedBy, String course, String provider, String hours, int staff,
                 int certifiedInMonth) {
        this.recordedBy = recordedBy;
        this.course = course;
        this.provider = provider;
        this.hours = hours;
        this.staff = staff;
        this.certifiedInMonth = certifiedInMonth;
    }

    /** Whether the record is this demo course (loaded before). */
    boolean isRecordedAs(TrainingRecord record) {
        return record.course().equals(course);
    }

    TrainingRecord recorded(long companyId, Year lastFiledYear, LocalDate today, Instant now) {
        return TrainingRecord.record(companyId, new TrainingCommand(course, provider, new BigDecimal(hours),
                lastFiledYear.atMonth(certifiedInMonth).atDay(12), staff), today, now, recordedBy.email);
    }
}
