package tw.netzero.portal.domain.model.solutions;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Objects;
import tw.netzero.portal.domain.model.shared.DomainRuleViolation;

/**
 * One criterion the jury scores, with its weight in percent of the total (the weights of a
 * call add up to 100). Kaohsiung's 2023 call scored impact, linkability, innovativeness,
 * replicability, people-centricity and ecological responsibility (issue 16).
 */
@Embeddable
public class Criterion implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int NAME_MAX = Theme.NAME_MAX;

    @Column(name = "name_en", nullable = false, length = NAME_MAX)
    private String nameEn;

    @Column(name = "name_zh", nullable = false, length = NAME_MAX)
    private String nameZh;

    @Column(name = "weight_percent", nullable = false)
    private int weight;

    protected Criterion() {
        // for JPA
    }

    public Criterion(String nameEn, String nameZh, int weight) {
        this.nameEn = Theme.requireName(nameEn, "call.criterion.name");
        this.nameZh = Theme.requireName(nameZh, "call.criterion.name");
        if (weight < 1 || weight > 100) {
            throw new DomainRuleViolation("call.criterion.weight", weight);
        }
        this.weight = weight;
    }

    public String nameEn() {
        return nameEn;
    }

    public String nameZh() {
        return nameZh;
    }

    public int weight() {
        return weight;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Criterion that && nameEn.equals(that.nameEn) && nameZh.equals(that.nameZh)
                && weight == that.weight;
    }

    @Override
    public int hashCode() {
        return Objects.hash(nameEn, nameZh, weight);
    }
}
