package tw.netzero.portal.domain.model.cycle;

import java.io.Serializable;
import tw.netzero.portal.domain.model.company.Ubn;

/** An active member without a submitted or accepted filing for a reporting year. */
public record OutstandingCompany(long companyId, Ubn ubn, String nameEn, String nameZh) implements Serializable {
}
