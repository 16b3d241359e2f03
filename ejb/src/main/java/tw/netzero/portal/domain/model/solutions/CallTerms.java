package tw.netzero.portal.domain.model.solutions;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;

/**
 * What the secretariat writes when it drafts or revises a call: titles and descriptions in both
 * languages, themes, criteria with weights, opening and closing time as Taipei wall-clock times
 * (the alliance's zone, {@link CallForSolutions#ZONE}) and the number of winners. Checked by
 * {@link CallForSolutions}, which names the field of every refusal.
 */
public record CallTerms(String titleEn, String titleZh, String descriptionEn, String descriptionZh,
                        List<Theme> themes, List<Criterion> criteria, LocalDateTime opensAt, LocalDateTime closesAt,
                        int winners) implements Serializable {

    public CallTerms {
        themes = themes == null ? List.of() : List.copyOf(themes);
        criteria = criteria == null ? List.of() : List.copyOf(criteria);
    }
}
