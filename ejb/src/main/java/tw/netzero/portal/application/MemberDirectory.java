package tw.netzero.portal.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;
import tw.netzero.portal.domain.model.company.CompanyRepository;
import tw.netzero.portal.domain.model.company.DirectoryEntry;
import tw.netzero.portal.domain.model.company.DirectoryQuery;

/** The public member directory: read-only, open to everyone. */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class MemberDirectory {

    @Inject
    private CompanyRepository companies;

    public List<DirectoryEntry> page(DirectoryQuery query) {
        return companies.directoryPage(query);
    }

    public long count(DirectoryQuery query) {
        return companies.directoryCount(query);
    }
}
