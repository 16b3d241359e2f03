package tw.netzero.portal.domain.model.registry;

import java.time.LocalDate;
import java.time.Year;

/**
 * One of MOENV's two dates for an inventory year ({@link RegistryDeadlines}; Climate Change Response Act,
 * art. 21, and MOENV's Regulations Governing Greenhouse Gas Emissions Inventory and Registration): the
 * registration by 30 April and the third-party verification by 31 October of the following year.
 */
public enum RegistryDeadline {
    REGISTRATION,
    VERIFICATION;

    /** The calendar day in Taiwan this deadline falls on for an inventory year. */
    public LocalDate of(Year inventoryYear) {
        RegistryDeadlines deadlines = new RegistryDeadlines(inventoryYear);
        return this == REGISTRATION ? deadlines.registerBy() : deadlines.verifyBy();
    }
}
