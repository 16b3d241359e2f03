package tw.netzero.portal.web.member;

import jakarta.inject.Inject;
import java.io.Serializable;
import tw.netzero.portal.application.CompanyRecordDetails;
import tw.netzero.portal.web.support.FieldMessages;
import tw.netzero.portal.web.support.Messages;
import tw.netzero.portal.web.support.ServiceCall;

/**
 * A member page that lists the company's own records and edits one at a time in its form (decision
 * 0039's pattern: the form's command checked at the fields first, then the service; nothing changes on
 * a refusal): a new record, or a correction of the one chosen, with the version the form loaded so that
 * a concurrent change is refused, not overwritten. The carbon credits' and the registry years' pages.
 *
 * @param <R> the record as the service gives it to read
 * @param <C> the command its form gives
 */
abstract class OwnRecordEditor<R extends CompanyRecordDetails, C> implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    protected ServiceCall serviceCall;

    @Inject
    protected Messages messages;

    @Inject
    private FieldMessages fieldMessages;

    /** The record being corrected (its id and the version the form loaded), null for a new one. */
    private Long editingId;
    private long editingVersion;

    /** The id of the form on the page, where refusals are shown. */
    protected abstract String formId();

    /** What the form holds now, as the service's command. */
    protected abstract C command();

    /** Fills the form from a record to correct, or empties it for a new one (null). */
    protected abstract void startForm(R recordOrNull);

    protected abstract void record(C command);

    protected abstract void revise(long id, C command, long version);

    protected abstract String savedMessageKey();

    /** Reads the page's records again. */
    protected abstract void load();

    public void save() {
        C command = command();
        if (!fieldMessages.valid(command, formId())) {
            return;
        }
        boolean saved = editingId == null
                ? serviceCall.run(formId(), () -> record(command))
                : serviceCall.run(formId(), () -> revise(editingId, command, editingVersion));
        if (saved) {
            messages.info(savedMessageKey());
            cancel();
            load();
        }
    }

    public void edit(R record) {
        startForm(record);
        editingId = record.id();
        editingVersion = record.version();
    }

    public void cancel() {
        startForm(null);
        editingId = null;
    }

    public boolean isEditing() {
        return editingId != null;
    }

    /** Whether the form holds a correction of this record. */
    protected boolean isEditing(R record) {
        return editingId != null && editingId == record.id();
    }
}
