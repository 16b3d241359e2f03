package tw.netzero.portal.domain.model.registry;

import java.io.Serializable;
import java.time.Year;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import tw.netzero.portal.domain.model.shared.Emissions;

/**
 * What a member owes MOENV for one inventory year as far as the portal knows (decision 0048): whether it
 * must register ({@link RegistrationDuty}: 25,000 t CO2e of scope 1 + 2 or a listed industry, Climate
 * Change Response Act art. 21), and whether that year is registered and verified.
 *
 * <p>The duty is the year's own registry record's when the member has recorded it. Before then (the
 * usual case in April: the alliance's own filing of the year is due only on 30 June) it is judged on the
 * latest scope 1 + 2 the portal knows up to that year, the registered figure of an earlier registry year
 * or else the scope 1 + location-based scope 2 of an accepted filing (as MOENV counts purchased
 * electricity, decision 0043), and on the listed-industry mark of the latest earlier record. With none of
 * these the portal knows of no duty, and reminds of none.
 */
public record RegistryObligation(Year inventoryYear, RegistrationDuty duty, boolean registered, boolean verified)
        implements Serializable {

    private static final long serialVersionUID = 1L;

    public RegistryObligation {
        Objects.requireNonNull(inventoryYear, "inventoryYear");
        Objects.requireNonNull(duty, "duty");
        if (verified && !registered) {
            throw new IllegalArgumentException("Verified without registration: " + inventoryYear);
        }
    }

    /**
     * The obligation of one company's inventory year.
     *
     * @param records      the company's registry records, any years
     * @param filedScope12 the company's accepted filings' scope 1 + location-based scope 2 by year
     */
    public static RegistryObligation of(Year inventoryYear, Collection<RegistryRecord> records,
                                        Map<Year, Emissions> filedScope12) {
        TreeMap<Year, RegistryRecord> recorded = new TreeMap<>();
        records.forEach(record -> recorded.put(record.inventoryYear(), record));
        RegistryRecord own = recorded.get(inventoryYear);
        if (own != null) {
            return new RegistryObligation(inventoryYear, own.duty(), own.registeredOn() != null,
                    own.verificationStatus() == VerificationStatus.VERIFIED);
        }
        // The latest known scope 1 + 2 up to the year: a registered figure over a filed one of the same year.
        TreeMap<Year, Emissions> known = new TreeMap<>(filedScope12);
        recorded.headMap(inventoryYear).forEach((year, record) -> known.put(year, record.registered()));
        Map.Entry<Year, Emissions> latest = known.floorEntry(inventoryYear);
        Map.Entry<Year, RegistryRecord> latestRecord = recorded.lowerEntry(inventoryYear);
        boolean listed = latestRecord != null && latestRecord.getValue().listedIndustry();
        RegistrationDuty duty = latest == null ? (listed ? RegistrationDuty.BY_LISTED_INDUSTRY : RegistrationDuty.NONE)
                : RegistrationDuty.of(latest.getValue(), Emissions.ZERO, listed);
        return new RegistryObligation(inventoryYear, duty, false, false);
    }

    /** Whether this deadline is still to be met: registration until registered, verification until verified. */
    public boolean open(RegistryDeadline deadline) {
        return duty.mustRegister() && !(deadline == RegistryDeadline.REGISTRATION ? registered : verified);
    }
}
