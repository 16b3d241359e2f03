package tw.netzero.portal.domain.model.registry;

import java.time.Year;
import java.util.List;
import java.util.Optional;

/** The member companies' MOENV registry records, one per company and inventory year. */
public interface RegistryRecordRepository {

    Optional<RegistryRecord> find(long id);

    Optional<RegistryRecord> find(long companyId, Year inventoryYear);

    /** Every record of the company, latest year first. */
    List<RegistryRecord> ofCompany(long companyId);

    /** The company's published records, latest year first: what the public sees. */
    List<RegistryRecord> publishedOf(long companyId);

    /** Every member's records, latest year first: for the secretariat's reconciliation. */
    List<RegistryRecord> all();

    /** Writes the record at once: one of a year the company already has fails here (a persistence exception). */
    void add(RegistryRecord record);

    /** Whether this MOENV reminder went to the company already. */
    boolean wasSent(long companyId, RegistryReminder reminder);

    /** Writes the sent reminder at once: the same reminder a second time fails here (a persistence exception). */
    void add(RegistryReminderSent sent);

    /** The MOENV reminders sent for an inventory year, oldest first. */
    List<RegistryReminderSent> remindersOf(Year inventoryYear);
}
