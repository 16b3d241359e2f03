package tw.netzero.portal.domain.model.filing;

import java.math.BigDecimal;
import java.util.Objects;
import tw.netzero.portal.domain.model.shared.Emissions;

/** One recalculation of the base-year total: why, and the total before and after. */
public record BaseYearRestatement(RestatementReason reason, Emissions oldTotal, Emissions newTotal) {

    public BaseYearRestatement {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(oldTotal, "oldTotal");
        Objects.requireNonNull(newTotal, "newTotal");
    }

    /** New minus old, in tCO2e: negative when the total went down. */
    public BigDecimal change() {
        return newTotal.difference(oldTotal);
    }
}
