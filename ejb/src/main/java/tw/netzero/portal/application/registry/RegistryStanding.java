package tw.netzero.portal.application.registry;

import java.io.Serializable;
import tw.netzero.portal.domain.model.cycle.DeadlineStanding;
import tw.netzero.portal.domain.model.registry.Reconciliation;

/**
 * One member's registry record of a year with its company's names, the year's reconciliation with the
 * accepted filing, and where MOENV's two dates stand today: a row of the secretariat's reconciliation
 * view and of the member's own page.
 *
 * @param registration where registration (by 30 April) stands today; null once registered
 * @param verification where verification (by 31 October) stands today; null once verified
 */
public record RegistryStanding(RegistryDetails record, String ubn, String nameEn, String nameZh,
                               Reconciliation reconciliation, DeadlineStanding registration,
                               DeadlineStanding verification) implements Serializable {

    private static final long serialVersionUID = 1L;
}
