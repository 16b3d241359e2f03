package tw.netzero.portal.domain.model.training;

import java.util.List;
import java.util.Optional;

/** The members' staff training records and their totals, summed by the database. */
public interface TrainingRepository {

    Optional<TrainingRecord> find(long id);

    /** The company's records, the latest certificate first. */
    List<TrainingRecord> ofCompany(long companyId);

    /** The company's records summed. */
    TrainingTotals totalsOf(long companyId);

    /** The active members' records summed per industry group (groups without any left out). */
    List<TrainingTotals> totalsByGroup();

    void add(TrainingRecord record);

    void remove(TrainingRecord record);
}
