package tw.netzero.portal.domain.model.credit;

import java.util.List;
import java.util.Optional;

/** The member companies' retired carbon credits. */
public interface CreditRetirementRepository {

    Optional<CreditRetirement> find(long id);

    /** Every record of the company, newest retirement first. */
    List<CreditRetirement> ofCompany(long companyId);

    /** The company's published records, newest retirement first: what the public sees. */
    List<CreditRetirement> publishedOf(long companyId);

    /**
     * Holds the registry's lock until the transaction ends, so that two members recording the same
     * serials at once are checked one after the other (the second sees the first's block).
     */
    void lockRegistry(CreditRegistry registry);

    /** The records of any company in the registry that may share a serial with the range. */
    List<CreditRetirement> near(CreditRegistry registry, SerialRange range);

    void add(CreditRetirement retirement);

    void remove(CreditRetirement retirement);
}
