package tw.netzero.portal.infrastructure.persistence.jpa;

import jakarta.persistence.TypedQuery;
import tw.netzero.portal.domain.model.company.Ubn;

/**
 * The secretariat's search box (issue 20, feature 3) as one JPQL condition on a company {@code c}:
 * its English or Chinese name contains the text (case-insensitive, % and _ taken literally), or the
 * text is the first digits of its UBN (1 to 8 digits, read through the read-only digits of the column).
 */
final class CompanyTextSearch {

    static final String CONDITION = " AND (:text IS NULL OR LOWER(c.nameEn) LIKE :text ESCAPE '\\'"
            + " OR LOWER(c.nameZh) LIKE :text ESCAPE '\\' OR c.ubnDigits LIKE :ubnPrefix)";

    private CompanyTextSearch() {
    }

    static <T> TypedQuery<T> bind(TypedQuery<T> typed, String text) {
        String searched = text == null || text.isBlank() ? null : text.strip();
        return typed.setParameter("text", JpaCompanyRepository.containsPattern(searched))
                .setParameter("ubnPrefix", Ubn.isPrefix(searched) ? searched + "%" : null);
    }
}
