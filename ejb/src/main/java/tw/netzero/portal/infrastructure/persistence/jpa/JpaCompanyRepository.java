package tw.netzero.portal.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import tw.netzero.portal.domain.model.company.CompanyRepository;
import tw.netzero.portal.domain.model.company.MemberCompany;
import tw.netzero.portal.domain.model.company.Ubn;

@ApplicationScoped
public class JpaCompanyRepository implements CompanyRepository {

    @PersistenceContext(unitName = "portal")
    private EntityManager entityManager;

    @Override
    public Optional<MemberCompany> find(long id) {
        return Optional.ofNullable(entityManager.find(MemberCompany.class, id));
    }

    @Override
    public Optional<MemberCompany> findByUbn(Ubn ubn) {
        return entityManager.createNamedQuery(MemberCompany.FIND_BY_UBN, MemberCompany.class)
                .setParameter("ubn", ubn)
                .getResultStream()
                .findFirst();
    }

    @Override
    public void add(MemberCompany company) {
        entityManager.persist(company);
    }

    @Override
    public long count() {
        return entityManager.createQuery("SELECT COUNT(c) FROM MemberCompany c", Long.class).getSingleResult();
    }

    @Override
    public List<MemberCompany> all() {
        return search(null);
    }

    @Override
    public List<MemberCompany> search(String text) {
        return CompanyTextSearch.bind(entityManager.createQuery("SELECT c FROM MemberCompany c WHERE 1 = 1"
                + CompanyTextSearch.CONDITION + " ORDER BY c.nameEn", MemberCompany.class), text).getResultList();
    }

    /** A LIKE pattern matching the text anywhere, with the user's % and _ taken literally. */
    static String containsPattern(String text) {
        if (text == null) {
            return null;
        }
        String escaped = text.toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\")
                .replace("%", "\\%")
                .replace("_", "\\_");
        return "%" + escaped + "%";
    }
}
