package tw.netzero.portal.web.secretariat;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import tw.netzero.portal.application.audit.AuditLine;
import tw.netzero.portal.application.audit.AuditLog;
import tw.netzero.portal.application.audit.AuditSubjects;
import tw.netzero.portal.domain.model.audit.AuditAction;
import tw.netzero.portal.domain.model.audit.AuditQuery;
import tw.netzero.portal.web.i18n.Language;
import tw.netzero.portal.web.support.TaiwanTimeConverter;

/** secretariat/audit.xhtml: the audit trail, newest first, filtered by actor, action, record type and dates. */
@Named
@ViewScoped
public class AuditView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Dates on the page are Taiwan dates; the trail stores UTC instants. */
    static final ZoneId TAIWAN = TaiwanTimeConverter.TAIWAN;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(TAIWAN);

    @Inject
    private AuditLog auditLog;

    @Inject
    private AuditSubjects auditSubjects;

    @Inject
    private Language language;

    /** The records of the page shown, looked up with it. */
    private Map<String, AuditSubjects.Subject> subjects = Map.of();

    private String actor;
    private AuditAction action;
    private String targetType;
    private LocalDate from;
    private LocalDate to;

    private final LazyDataModel<AuditLine> entries = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return Math.toIntExact(auditLog.count(query(0, 1)));
        }

        @Override
        public List<AuditLine> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                    Map<String, FilterMeta> filterBy) {
            List<AuditLine> page = auditLog.search(query(first, pageSize));
            subjects = auditSubjects.of(page);
            return page;
        }
    };

    private AuditQuery query(int first, int pageSize) {
        return new AuditQuery(actor, action, targetType,
                from == null ? null : from.atStartOfDay(TAIWAN).toInstant(),
                to == null ? null : to.plusDays(1).atStartOfDay(TAIWAN).toInstant(),
                first, pageSize);
    }

    public LazyDataModel<AuditLine> getEntries() {
        return entries;
    }

    public List<AuditAction> getActions() {
        return List.of(AuditAction.values());
    }

    /** When an entry happened, in Taiwan time. */
    public String when(AuditLine entry) {
        return WHEN.format(entry.occurredAt());
    }

    /** The line's record in words: company, year or version (not internal ids). */
    public String target(AuditLine entry) {
        return text().target(entry);
    }

    /** The line's details in the page's language, ids and values by name. */
    public String details(AuditLine entry) {
        return text().details(entry);
    }

    private AuditText text() {
        return new AuditText(language.getLocale(), subjects);
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public AuditAction getAction() {
        return action;
    }

    public void setAction(AuditAction action) {
        this.action = action;
    }

    public String getTargetType() {
        return targetType;
    }

    public void setTargetType(String targetType) {
        this.targetType = targetType;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
