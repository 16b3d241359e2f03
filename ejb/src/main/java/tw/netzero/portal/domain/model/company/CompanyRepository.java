package tw.netzero.portal.domain.model.company;

import java.util.List;
import java.util.Optional;

/** The member companies of the alliance. */
public interface CompanyRepository {

    Optional<MemberCompany> find(long id);

    Optional<MemberCompany> findByUbn(Ubn ubn);

    void add(MemberCompany company);

    long count();

    /** Every company, applicants and former members included, by English name. */
    List<MemberCompany> all();

    /** The companies whose English or Chinese name contains the text, or whose UBN it is, by English name. */
    List<MemberCompany> search(String text);
}
