package tw.netzero.portal.infrastructure.persistence.jpa;

import jakarta.persistence.TypedQuery;
import tw.netzero.portal.domain.model.company.Ubn;

/**
 * The secretariat's search box (issue 20, feature 3) as one JPQL condition on a company {@code c}:
 * its English or Chinese name contains the text (case-insensitive, % and _ taken literally), or the
 * text is its UBN. A UBN is matched whole: the column holds a value object, compared by equality.
 */
final class CompanyTextSearch {

    static final String CONDITION = " AND (:text IS NULL OR LOWER(c.nameEn) LIKE :text ESCAPE '\\'"
            + " OR LOWER(c.nameZh) LIKE :text ESCAPE '\\' OR c.ubn = :ubn)";

    private CompanyTextSearch() {
    }

    static <T> TypedQuery<T> bind(TypedQuery<T> typed, String text) {
        String searched = text == null || text.isBlank() ? null : text.strip();
        return typed.setParameter("text", JpaCompanyRepository.containsPattern(searched))
                .setParameter("ubn", searched != null && Ubn.isValid(searched) ? Ubn.of(searched) : null);
    }
}
