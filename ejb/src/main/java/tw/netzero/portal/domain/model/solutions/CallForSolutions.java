package tw.netzero.portal.domain.model.solutions;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import tw.netzero.portal.domain.model.cycle.DueDates;
import tw.netzero.portal.domain.model.shared.DomainRuleViolation;
import tw.netzero.portal.domain.model.shared.FieldRuleViolation;
import tw.netzero.portal.domain.model.shared.RequiredText;

/**
 * The alliance's open call for net-zero solutions (issue 16, decision 0038). Drafted by the
 * secretariat and editable until it opens; it opens and closes by the clock against its Taipei
 * times, with no job to run: the phase is read from the times, so a deadline holds to the second
 * on every instance. After the deadline the jury scores; the secretariat then publishes the
 * shortlist and the winners.
 */
@Entity
@Table(name = "solution_call")
@NamedQuery(name = CallForSolutions.ALL, query = "SELECT c FROM CallForSolutions c ORDER BY c.opensAt DESC, c.id DESC")
@NamedQuery(name = CallForSolutions.PUBLISHED,
        query = "SELECT c FROM CallForSolutions c WHERE c.resultsPublishedAt IS NOT NULL ORDER BY c.closesAt DESC")
@NamedQuery(name = CallForSolutions.OPENED_BEFORE,
        query = "SELECT c FROM CallForSolutions c WHERE c.opensAt <= :now ORDER BY c.closesAt DESC")
public class CallForSolutions implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String ALL = "CallForSolutions.all";
    public static final String PUBLISHED = "CallForSolutions.published";
    public static final String OPENED_BEFORE = "CallForSolutions.openedBefore";

    /** Opening and closing times are Taipei wall-clock times: the alliance is in Kaohsiung. */
    public static final ZoneId ZONE = DueDates.ALLIANCE_ZONE;
    public static final int TITLE_MAX = 200;
    public static final int DESCRIPTION_MAX = 4000;
    /** Criterion weights are percentages of the total score: they add up to exactly this. */
    public static final int TOTAL_WEIGHT = 100;
    /** A bound against typing errors: Kaohsiung's 2023 call showcased 15 winners (issue 16). */
    public static final int MAX_WINNERS = 50;

    @Id
    @TableGenerator(name = "solution_call_id", table = "id_sequence", pkColumnName = "sequence_name",
            valueColumnName = "next_value", pkColumnValue = "solution_call", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "solution_call_id")
    private Long id;

    @Column(name = "title_en", nullable = false, length = TITLE_MAX)
    private String titleEn;

    @Column(name = "title_zh", nullable = false, length = TITLE_MAX)
    private String titleZh;

    @Column(name = "description_en", nullable = false, length = DESCRIPTION_MAX)
    private String descriptionEn;

    @Column(name = "description_zh", nullable = false, length = DESCRIPTION_MAX)
    private String descriptionZh;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "solution_call_theme", joinColumns = @JoinColumn(name = "call_id"))
    @OrderColumn(name = "ordinal")
    private List<Theme> themes = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "solution_call_criterion", joinColumns = @JoinColumn(name = "call_id"))
    @OrderColumn(name = "ordinal")
    private List<Criterion> criteria = new ArrayList<>();

    @Column(name = "opens_at", nullable = false)
    private Instant opensAt;

    @Column(name = "closes_at", nullable = false)
    private Instant closesAt;

    @Column(name = "winners", nullable = false)
    private int winners;

    @Column(name = "created_by", nullable = false, length = 254, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "results_published_at")
    private Instant resultsPublishedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected CallForSolutions() {
        // for JPA
    }

    private CallForSolutions(String createdBy, Instant now) {
        this.createdBy = Objects.requireNonNull(createdBy, "createdBy");
        this.createdAt = now;
    }

    /** A new call; it opens by itself at its opening time, which must lie ahead. */
    public static CallForSolutions draft(CallTerms terms, String createdBy, Instant now) {
        CallForSolutions call = new CallForSolutions(createdBy, now);
        call.apply(terms, now);
        return call;
    }

    /** Changes the call's terms: only while it is a draft (before it opens), so nobody proposes to shifting terms. */
    public void revise(CallTerms terms, Instant now) {
        if (phase(now) != CallPhase.DRAFT) {
            throw new DomainRuleViolation("call.notDraft");
        }
        apply(terms, now);
    }

    private void apply(CallTerms terms, Instant now) {
        String checkedTitleEn = required("titleEn", terms.titleEn(), TITLE_MAX);
        String checkedTitleZh = required("titleZh", terms.titleZh(), TITLE_MAX);
        String checkedDescriptionEn = required("descriptionEn", terms.descriptionEn(), DESCRIPTION_MAX);
        String checkedDescriptionZh = required("descriptionZh", terms.descriptionZh(), DESCRIPTION_MAX);
        if (terms.themes().isEmpty()) {
            throw new FieldRuleViolation("themes", "call.themes.required");
        }
        if (terms.criteria().isEmpty()) {
            throw new FieldRuleViolation("criteria", "call.criteria.required");
        }
        int totalWeight = terms.criteria().stream().mapToInt(Criterion::weight).sum();
        if (totalWeight != TOTAL_WEIGHT) {
            throw new FieldRuleViolation("criteria", "call.criteria.weights", totalWeight, TOTAL_WEIGHT);
        }
        if (terms.opensAt() == null) {
            throw new FieldRuleViolation("opensAt", "call.opensAt.required");
        }
        if (terms.closesAt() == null) {
            throw new FieldRuleViolation("closesAt", "call.closesAt.required");
        }
        Instant opens = taipei(terms.opensAt());
        Instant closes = taipei(terms.closesAt());
        if (!opens.isAfter(now)) {
            throw new FieldRuleViolation("opensAt", "call.opensAt.past");
        }
        if (!closes.isAfter(opens)) {
            throw new FieldRuleViolation("closesAt", "call.closesAt.beforeOpening");
        }
        if (terms.winners() < 1 || terms.winners() > MAX_WINNERS) {
            throw new FieldRuleViolation("winners", "call.winners.range", 1, MAX_WINNERS);
        }
        titleEn = checkedTitleEn;
        titleZh = checkedTitleZh;
        descriptionEn = checkedDescriptionEn;
        descriptionZh = checkedDescriptionZh;
        themes.clear();
        themes.addAll(terms.themes());
        criteria.clear();
        criteria.addAll(terms.criteria());
        opensAt = opens;
        closesAt = closes;
        winners = terms.winners();
    }

    /** A Taipei wall-clock time as an instant (Taiwan has no daylight saving time: no gaps, no overlaps). */
    public static Instant taipei(LocalDateTime wallClock) {
        return wallClock.atZone(ZONE).toInstant();
    }

    private static String required(String field, String value, int max) {
        return RequiredText.stripped(field, value, max, "call.text.required", "call.text.tooLong");
    }

    /** The phase at this moment: the opening time belongs to the open call, the deadline to the closed one. */
    public CallPhase phase(Instant now) {
        return CallPhase.at(now, opensAt, closesAt, resultsPublishedAt);
    }

    /** Proposals are submitted, edited and withdrawn only while the call is open (checked on the server). */
    public void requireOpen(Instant now) {
        if (phase(now) != CallPhase.OPEN) {
            throw new DomainRuleViolation(now.isBefore(opensAt) ? "call.notYetOpen" : "call.deadlinePassed");
        }
    }

    /** The jury scores once the proposals are final (after the deadline) and until the results are out. */
    public void requireJudging(Instant now) {
        if (phase(now) != CallPhase.CLOSED) {
            throw new DomainRuleViolation("call.notJudging");
        }
    }

    /**
     * Publishes the shortlist and the winners; once, after the deadline. The shortlist is chosen
     * among this call's submitted proposals, the winners among the shortlist, at most
     * {@link #winners()} of them; every other proposal of the call is left out.
     */
    public void publishResults(List<Proposal> proposals, Set<Long> shortlisted, Set<Long> chosenWinners, Instant now) {
        requireJudging(now);
        Set<Long> submitted = proposals.stream().filter(p -> Objects.equals(p.callId(), id) && p.isSubmitted())
                .map(Proposal::id).collect(Collectors.toSet());
        if (shortlisted.isEmpty() || !submitted.containsAll(shortlisted)) {
            throw new FieldRuleViolation("shortlist", "call.results.shortlist");
        }
        if (!shortlisted.containsAll(chosenWinners)) {
            throw new FieldRuleViolation("winners", "call.results.winnersOnShortlist");
        }
        if (chosenWinners.size() > winners) {
            throw new FieldRuleViolation("winners", "call.results.tooManyWinners", chosenWinners.size(), winners);
        }
        for (Proposal proposal : proposals) {
            if (Objects.equals(proposal.callId(), id)) {
                proposal.decide(chosenWinners.contains(proposal.id()) ? ProposalOutcome.WINNER
                        : shortlisted.contains(proposal.id()) ? ProposalOutcome.SHORTLISTED : ProposalOutcome.NONE);
            }
        }
        resultsPublishedAt = now;
    }

    public boolean hasCriterion(String nameEn) {
        return criteria.stream().anyMatch(criterion -> criterion.nameEn().equals(nameEn));
    }

    public Long id() {
        return id;
    }

    public String titleEn() {
        return titleEn;
    }

    public String titleZh() {
        return titleZh;
    }

    public String descriptionEn() {
        return descriptionEn;
    }

    public String descriptionZh() {
        return descriptionZh;
    }

    public List<Theme> themes() {
        return List.copyOf(themes);
    }

    public List<Criterion> criteria() {
        return List.copyOf(criteria);
    }

    public Instant opensAt() {
        return opensAt;
    }

    public Instant closesAt() {
        return closesAt;
    }

    /** The opening time as the secretariat typed it (Taipei). */
    public LocalDateTime opensAtInTaipei() {
        return LocalDateTime.ofInstant(opensAt, ZONE);
    }

    public LocalDateTime closesAtInTaipei() {
        return LocalDateTime.ofInstant(closesAt, ZONE);
    }

    public int winners() {
        return winners;
    }

    public Instant resultsPublishedAt() {
        return resultsPublishedAt;
    }

    public String createdBy() {
        return createdBy;
    }

    public long version() {
        return version;
    }

    /** The terms as they stand, for an edit form. */
    public CallTerms terms() {
        return new CallTerms(titleEn, titleZh, descriptionEn, descriptionZh, themes(), criteria(), opensAtInTaipei(),
                closesAtInTaipei(), winners);
    }
}
