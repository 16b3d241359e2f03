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

    public static final int NAME_MAX = 100;

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
        this.nameEn = requireName(nameEn);
        this.nameZh = requireName(nameZh);
        if (weight < 1 || weight > 100) {
            throw new DomainRuleViolation("call.criterion.weight", weight);
        }
        this.weight = weight;
    }

    private static String requireName(String name) {
        if (name == null || name.isBlank() || name.strip().length() > NAME_MAX) {
            throw new DomainRuleViolation("call.criterion.name", NAME_MAX);
        }
        return name.strip();
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
