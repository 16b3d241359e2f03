package tw.netzero.portal.domain.model.solutions;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Objects;
import tw.netzero.portal.domain.model.shared.DomainRuleViolation;

/** A theme of a call (Kaohsiung 2023: sustainable energy, green living, urban resilience), in both languages. */
@Embeddable
public class Theme implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int NAME_MAX = 100;

    @Column(name = "name_en", nullable = false, length = NAME_MAX)
    private String nameEn;

    @Column(name = "name_zh", nullable = false, length = NAME_MAX)
    private String nameZh;

    protected Theme() {
        // for JPA
    }

    public Theme(String nameEn, String nameZh) {
        this.nameEn = requireName(nameEn, "call.theme.name");
        this.nameZh = requireName(nameZh, "call.theme.name");
    }

    /** A theme's or criterion's name in one language: not blank, at most {@link #NAME_MAX} characters; stripped. */
    static String requireName(String name, String messageKey) {
        if (name == null || name.isBlank() || name.strip().length() > NAME_MAX) {
            throw new DomainRuleViolation(messageKey, NAME_MAX);
        }
        return name.strip();
    }

    public String nameEn() {
        return nameEn;
    }

    public String nameZh() {
        return nameZh;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Theme that && nameEn.equals(that.nameEn) && nameZh.equals(that.nameZh);
    }

    @Override
    public int hashCode() {
        return Objects.hash(nameEn, nameZh);
    }
}
