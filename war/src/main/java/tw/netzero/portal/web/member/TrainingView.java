package tw.netzero.portal.web.member;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import tw.netzero.portal.application.training.TrainingDetails;
import tw.netzero.portal.application.training.TrainingService;
import tw.netzero.portal.domain.model.training.TrainingTotals;
import tw.netzero.portal.web.support.FieldMessages;
import tw.netzero.portal.web.support.Messages;
import tw.netzero.portal.web.support.ServiceCall;

/** member/training.xhtml: the member's staff training records and their totals (decision 0037). */
@Named
@ViewScoped
public class TrainingView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "training";

    @Inject
    private TrainingService trainingService;

    @Inject
    private ServiceCall serviceCall;

    @Inject
    private FieldMessages fieldMessages;

    @Inject
    private Messages messages;

    private List<TrainingDetails> records;
    private TrainingTotals totals;
    private TrainingForm form = new TrainingForm();

    @PostConstruct
    void load() {
        records = trainingService.ownRecords();
        totals = trainingService.ownTotals();
    }

    public void save() {
        if (fieldMessages.valid(form.toCommand(), FORM)
                && serviceCall.run(FORM, () -> trainingService.record(form.toCommand()))) {
            messages.info("training.saved");
            form = new TrainingForm();
            load();
        }
    }

    public void remove(TrainingDetails record) {
        if (serviceCall.run(FORM, () -> trainingService.remove(record.id(), record.version()))) {
            messages.info("training.removed");
            load();
        }
    }

    public List<TrainingDetails> getRecords() {
        return records;
    }

    public TrainingTotals getTotals() {
        return totals;
    }

    public TrainingForm getForm() {
        return form;
    }
}
