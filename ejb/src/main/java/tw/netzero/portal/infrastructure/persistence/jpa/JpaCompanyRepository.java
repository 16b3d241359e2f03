package tw.netzero.portal.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import tw.netzero.portal.domain.model.company.CompanyRepository;
import tw.netzero.portal.domain.model.company.DirectoryEntry;
import tw.netzero.portal.domain.model.company.DirectoryQuery;
import tw.netzero.portal.domain.model.company.DirectoryQuery.SortField;
import tw.netzero.portal.domain.model.company.MemberCompany;
import tw.netzero.portal.domain.model.company.MembershipStatus;
import tw.netzero.portal.domain.model.company.Ubn;

@ApplicationScoped
public class JpaCompanyRepository implements CompanyRepository {

    /** Sort paths by field; only these reach the query text, so sorting cannot inject JPQL. */
    private static final Map<SortField, String> SORT_PATHS = Map.of(
            SortField.NAME_EN, "c.nameEn",
            SortField.NAME_ZH, "c.nameZh",
            SortField.INDUSTRY_GROUP, "c.industryGroup",
            SortField.DISTRICT, "c.district",
            SortField.JOINED_ON, "c.joinedOn");

    private static final String DIRECTORY_FILTER = " FROM MemberCompany c"
            + " WHERE c.membershipStatus = :status"
            + " AND (:group IS NULL OR c.industryGroup = :group)"
            + " AND (:name IS NULL OR LOWER(c.nameEn) LIKE :name ESCAPE '\\' OR c.nameZh LIKE :name ESCAPE '\\')";

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
        return entityManager.createQuery("SELECT c FROM MemberCompany c ORDER BY c.nameEn", MemberCompany.class)
                .getResultList();
    }

    @Override
    public List<DirectoryEntry> directoryPage(DirectoryQuery query) {
        String direction = query.ascending() ? " ASC" : " DESC";
        // The id as a tie-breaker keeps pages stable when the sort column has duplicates.
        String jpql = "SELECT NEW " + DirectoryEntry.class.getName()
                + "(c.id, c.ubn, c.nameEn, c.nameZh, c.industryGroup, c.district, c.website, c.joinedOn)"
                + DIRECTORY_FILTER
                + " ORDER BY " + SORT_PATHS.get(query.sortField()) + direction + ", c.id" + direction;
        return bindFilter(entityManager.createQuery(jpql, DirectoryEntry.class), query)
                .setFirstResult(query.first())
                .setMaxResults(query.pageSize())
                .getResultList();
    }

    @Override
    public long directoryCount(DirectoryQuery query) {
        return bindFilter(entityManager.createQuery("SELECT COUNT(c)" + DIRECTORY_FILTER, Long.class), query)
                .getSingleResult();
    }

    private static <T> TypedQuery<T> bindFilter(TypedQuery<T> typed, DirectoryQuery query) {
        return typed.setParameter("status", MembershipStatus.ACTIVE)
                .setParameter("group", query.industryGroup())
                .setParameter("name", containsPattern(query.nameContains()));
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
