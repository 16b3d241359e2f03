package tw.netzero.portal.web.solutions;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import tw.netzero.portal.application.solutions.CallDetails;
import tw.netzero.portal.application.solutions.CallService;
import tw.netzero.portal.domain.model.solutions.CallPhase;
import tw.netzero.portal.web.support.Messages;
import tw.netzero.portal.web.support.ServiceCall;

/** secretariat/calls.xhtml: every call with its phase; a secretariat administrator drafts one or edits a draft. */
@Named
@ViewScoped
public class CallsView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "call";

    @Inject
    private CallService calls;

    @Inject
    private ServiceCall serviceCall;

    @Inject
    private Messages messages;

    private List<CallDetails> all;
    private CallForm form = new CallForm();
    private Long editingId;
    private long editingVersion;

    @PostConstruct
    void load() {
        all = calls.calls();
    }

    public void save() {
        boolean saved = serviceCall.run(FORM, () -> {
            if (editingId == null) {
                calls.draft(form.toTerms());
            } else {
                calls.revise(editingId, form.toTerms(), editingVersion);
            }
        });
        if (saved) {
            messages.info(editingId == null ? "call.drafted" : "call.saved");
            cancel();
            load();
        }
    }

    public void edit(CallDetails call) {
        editingId = call.id();
        editingVersion = call.version();
        form = CallForm.of(call.terms());
    }

    public void cancel() {
        editingId = null;
        form = new CallForm();
    }

    public CallPhase phase(CallDetails call) {
        return call.phase(Instant.now());
    }

    public List<CallDetails> getAll() {
        return all;
    }

    public CallForm getForm() {
        return form;
    }

    public boolean isEditing() {
        return editingId != null;
    }
}
