package tw.netzero.portal.web.solutions;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import tw.netzero.portal.domain.model.solutions.CallTerms;
import tw.netzero.portal.domain.model.solutions.Criterion;
import tw.netzero.portal.domain.model.solutions.Theme;

/**
 * The call form's inputs. Themes and criteria are typed one per line, the two languages (and a
 * criterion's weight in percent) separated by "|": "Impact | 影響力 | 30". The rules are the call's.
 */
public class CallForm implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String SEPARATOR = "\\|";

    private String titleEn;
    private String titleZh;
    private String descriptionEn;
    private String descriptionZh;
    private String themes;
    private String criteria;
    private LocalDateTime opensAt;
    private LocalDateTime closesAt;
    private int winners = 1;

    public static CallForm of(CallTerms terms) {
        CallForm form = new CallForm();
        form.titleEn = terms.titleEn();
        form.titleZh = terms.titleZh();
        form.descriptionEn = terms.descriptionEn();
        form.descriptionZh = terms.descriptionZh();
        form.themes = terms.themes().stream().map(theme -> theme.nameEn() + " | " + theme.nameZh())
                .collect(Collectors.joining("\n"));
        form.criteria = terms.criteria().stream()
                .map(criterion -> criterion.nameEn() + " | " + criterion.nameZh() + " | " + criterion.weight())
                .collect(Collectors.joining("\n"));
        form.opensAt = terms.opensAt();
        form.closesAt = terms.closesAt();
        form.winners = terms.winners();
        return form;
    }

    /** The terms as typed; a line the call cannot read is refused by the call's own rules (name, weight). */
    public CallTerms toTerms() {
        List<Theme> themeList = lines(themes).stream().map(parts -> new Theme(part(parts, 0), part(parts, 1))).toList();
        List<Criterion> criterionList = lines(criteria).stream()
                .map(parts -> new Criterion(part(parts, 0), part(parts, 1), weight(part(parts, 2)))).toList();
        return new CallTerms(titleEn, titleZh, descriptionEn, descriptionZh, themeList, criterionList, opensAt, closesAt,
                winners);
    }

    private static List<String[]> lines(String text) {
        return text == null ? List.of() : text.lines().filter(line -> !line.isBlank())
                .map(line -> Arrays.stream(line.split(SEPARATOR)).map(String::strip).toArray(String[]::new)).toList();
    }

    private static String part(String[] parts, int index) {
        return index < parts.length ? parts[index] : null;
    }

    /** A weight that is not a whole number reads as 0, which the criterion refuses with its own message. */
    private static int weight(String text) {
        try {
            return text == null ? 0 : Integer.parseInt(text);
        } catch (NumberFormatException notANumber) {
            return 0;
        }
    }

    public String getTitleEn() {
        return titleEn;
    }

    public void setTitleEn(String titleEn) {
        this.titleEn = titleEn;
    }

    public String getTitleZh() {
        return titleZh;
    }

    public void setTitleZh(String titleZh) {
        this.titleZh = titleZh;
    }

    public String getDescriptionEn() {
        return descriptionEn;
    }

    public void setDescriptionEn(String descriptionEn) {
        this.descriptionEn = descriptionEn;
    }

    public String getDescriptionZh() {
        return descriptionZh;
    }

    public void setDescriptionZh(String descriptionZh) {
        this.descriptionZh = descriptionZh;
    }

    public String getThemes() {
        return themes;
    }

    public void setThemes(String themes) {
        this.themes = themes;
    }

    public String getCriteria() {
        return criteria;
    }

    public void setCriteria(String criteria) {
        this.criteria = criteria;
    }

    public LocalDateTime getOpensAt() {
        return opensAt;
    }

    public void setOpensAt(LocalDateTime opensAt) {
        this.opensAt = opensAt;
    }

    public LocalDateTime getClosesAt() {
        return closesAt;
    }

    public void setClosesAt(LocalDateTime closesAt) {
        this.closesAt = closesAt;
    }

    public int getWinners() {
        return winners;
    }

    public void setWinners(int winners) {
        this.winners = winners;
    }
}
