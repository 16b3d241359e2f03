package tw.netzero.portal.domain.model.profile;

import java.io.Serializable;
import java.time.LocalDate;
import tw.netzero.portal.domain.model.company.District;
import tw.netzero.portal.domain.model.company.IndustryGroup;
import tw.netzero.portal.domain.model.company.Ubn;

/**
 * What anyone may know about an active member company (never its contact person, its
 * application or the secretariat's decisions). The id only links the company's other public
 * records; it is not published.
 */
public record PublicFacts(Long companyId, Ubn ubn, String nameEn, String nameZh, IndustryGroup industryGroup,
                          District district, String website, LocalDate memberSince) implements Serializable {
}
