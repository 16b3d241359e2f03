package tw.netzero.portal.domain.model.history;

import java.io.Serializable;
import java.time.Year;
import java.util.Optional;
import tw.netzero.portal.domain.model.company.Ubn;

/** What an import is checked against: the companies in the portal and the filings they have. */
public interface ImportTargets {

    Optional<KnownCompany> companyByUbn(Ubn ubn);

    /** Whether the company has any filing for the year (a draft, one under review, accepted or returned). */
    boolean hasFiling(long companyId, Year year);

    /** A company a row names, with its names for the preview. */
    record KnownCompany(long id, String nameEn, String nameZh) implements Serializable {
    }
}
